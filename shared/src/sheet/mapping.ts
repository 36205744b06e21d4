import { z } from 'zod';
import { planHash } from '../engine/compile';
import type { Plan } from '../plan/schema';
import { formatZodPath, type Problem } from '../problems';
import { normalizeText } from '../values';
import type { TableLayout } from './detect';
import { makeView, type Orientation } from './grid';
import { cellAddress } from './model';
import {
  canonicalNumber,
  headerNumber,
  isNameHeader,
  isResultHeader,
  isSttHeader,
  type NumberRule,
} from './patterns';
import { TextMatcher, words } from './similarity';

/** Fields of the unit itself a column can give (not values or facts): an individual's collective. */
export const UNIT_FIELDS = ['collective'] as const;
export type UnitField = (typeof UNIT_FIELDS)[number];

export const MappingTargetSchema = z
  .object({
    kind: z
      .enum(['criterion', 'fact', 'target', 'unitField'])
      .describe(
        'target: chỉ tiêu (plan.targets), read like a criterion; unitField: a field of the unit (its collective)',
      ),
    id: z
      .string()
      .min(1)
      .describe('Criterion, target or fact id (a per-year fact is "<factId>_<year>"), or the unit field'),
  })
  .strict()
  .superRefine((t, ctx) => {
    if (t.kind === 'unitField' && !(UNIT_FIELDS as readonly string[]).includes(t.id))
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `Trường đơn vị "${t.id}" không có; chỉ có: ${UNIT_FIELDS.join(', ')}`,
      });
  });
export type MappingTarget = z.infer<typeof MappingTargetSchema>;

const Index = z.number().int().nonnegative();

export const MappedColumnSchema = z
  .object({
    index: Index,
    header: z.string(),
    target: MappingTargetSchema.nullable(),
    confidence: z.number().min(0).max(1),
    reason: z.string(),
  })
  .strict();
export type MappedColumn = z.infer<typeof MappedColumnSchema>;

/** Which sheet column (or row) feeds which criterion or fact: reviewed, edited, saved and reused. */
export const ColumnMappingSchema = z
  .object({
    version: z.literal(1),
    planId: z.string().min(1),
    planHash: z.string().optional(),
    sheet: z.string().min(1),
    orientation: z.enum(['rows', 'columns']),
    headerRows: z.array(Index),
    dataStart: Index,
    dataEnd: z.number().int().min(-1),
    nameIndex: Index,
    blockIndex: Index.optional(),
    fixedBlock: z.string().min(1).optional(),
    columns: z.array(MappedColumnSchema),
  })
  .strict()
  .superRefine((m, ctx) => {
    const indexes = new Set<number>();
    const targets = new Map<string, number>();
    m.columns.forEach((c, i) => {
      if (indexes.has(c.index))
        ctx.addIssue({
          code: 'custom',
          path: ['columns', i, 'index'],
          message: `Cột ${c.index} xuất hiện hai lần`,
        });
      indexes.add(c.index);
      if (c.index === m.nameIndex)
        ctx.addIssue({
          code: 'custom',
          path: ['columns', i, 'index'],
          message: 'Cột tên đơn vị không thể là cột dữ liệu',
        });
      if (!c.target) return;
      const key = `${c.target.kind}:${c.target.id}`;
      const first = targets.get(key);
      if (first !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['columns', i, 'target'],
          message: `"${c.target.id}" đã được gán cho cột ${m.columns[first].index}; mỗi tiêu chí chỉ lấy từ một cột`,
        });
      else targets.set(key, i);
    });
  });
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

/** "cột F" / "dòng 7": how an official finds a column (or, for units in columns, a row). */
export function lineName(orientation: Orientation, index: number, lang: 'vi' | 'en' = 'vi'): string {
  return orientation === 'rows'
    ? `${lang === 'en' ? 'column' : 'cột'} ${cellAddress({ row: 0, col: index }).replace(/\d+$/, '')}`
    : `${lang === 'en' ? 'row' : 'dòng'} ${index + 1}`;
}

interface Candidate {
  column: number;
  target: MappingTarget;
  confidence: number;
  reason: string;
}

const RULE_CONFIDENCE: Record<NumberRule, number> = {
  named: 0.95,
  code: 0.95,
  bracket: 0.9,
  leading: 0.9,
  bare: 0.85,
};

const TEXT_THRESHOLD = 0.45;
/** Similarity at which a header is the plan's label itself, even where it reads like a result column. */
const LABEL_MATCH = 0.9;
const round2 = (n: number) => Math.round(n * 100) / 100;
const showScore = (n: number) => String(round2(n)).replace('.', ',');

/**
 * Header lines that number the form's columns ("(1)" over STT, "(2)" over the unit name…)
 * say nothing about criteria; their numbers are ignored.
 */
function columnNumberingLines(sheet: Parameters<typeof makeView>[0], layout: TableLayout): Set<number> {
  const view = makeView(sheet, layout.orientation);
  const out = new Set<number>();
  for (const h of layout.headerRows) {
    for (const c of [layout.nameIndex, layout.sttIndex]) {
      if (c === undefined) continue;
      const label = view.label(h, c);
      if (label && headerNumber(label) && !isNameHeader(label) && !isSttHeader(label)) out.add(h);
    }
  }
  return out;
}

export interface TargetInfo {
  target: MappingTarget;
  /** How reasons name it: "tiêu chí 8", "chỉ tiêu a.2", "dữ kiện "…" năm 2021". */
  label: string;
  /** The same in English: "criterion 8", "target a.2", "fact "…" 2021". */
  labelEn: string;
  labels: string[];
  number?: string;
  /** Reads as a rate: percent-formatted cells are passed on as "80,5%". */
  rate?: boolean;
  /** How a person picks it from a list: the plan's own number and title (and English title), a fact's year. */
  shown: { number?: string; title: string; titleEn?: string; year?: number };
}

const PER_YEAR = /ByYear$/;

/**
 * Everything a column can feed: criteria, targets (chỉ tiêu), facts, per-year facts one year at a time, and (plans
 * with individuals) the individual's collective.
 */
export function mappingTargets(plan: Plan): TargetInfo[] {
  const out: TargetInfo[] = plan.criteria.map((c) => ({
    target: { kind: 'criterion', id: c.id },
    label: `tiêu chí ${c.number}`,
    labelEn: `criterion ${c.number}`,
    labels: [c.title, c.titleEn ?? '', c.id].filter(Boolean),
    number: canonicalNumber(c.number),
    rate: c.scoring.kind === 'rate',
    shown: { number: c.number, title: c.title, titleEn: c.titleEn },
  }));
  for (const t of plan.targets ?? [])
    out.push({
      target: { kind: 'target', id: t.id },
      label: `chỉ tiêu ${t.number}`,
      labelEn: `target ${t.number}`,
      labels: [t.title, t.titleEn ?? '', t.id].filter(Boolean),
      number: canonicalNumber(t.number),
      rate: t.unit === '%',
      shown: { number: t.number, title: t.title, titleEn: t.titleEn },
    });
  for (const f of plan.facts) {
    if (PER_YEAR.test(f.type) && f.years?.length) {
      for (const year of f.years)
        out.push({
          target: { kind: 'fact', id: `${f.id}_${year}` },
          label: `dữ kiện "${f.label}" năm ${year}`,
          labelEn: `fact "${f.labelEn ?? f.label}" ${year}`,
          labels: [`${f.label} ${year}`, f.labelEn ? `${f.labelEn} ${year}` : '', `${f.id}_${year}`].filter(
            Boolean,
          ),
          shown: { title: f.label, titleEn: f.labelEn, year },
        });
      continue;
    }
    out.push({
      target: { kind: 'fact', id: f.id },
      label: `dữ kiện "${f.label}"`,
      labelEn: `fact "${f.labelEn ?? f.label}"`,
      labels: [f.label, f.labelEn ?? '', f.id].filter(Boolean),
      shown: { title: f.label, titleEn: f.labelEn },
    });
  }
  // An individual's collective (units[].collective): named by the collective's name or id.
  if (plan.blocks.some((b) => b.kind === 'individual'))
    out.push({
      target: { kind: 'unitField', id: 'collective' },
      label: 'tập thể của cá nhân',
      labelEn: "the individual's collective",
      labels: [
        'Tập thể',
        'Thuộc tập thể',
        'Tập thể trực thuộc',
        'Tên tập thể',
        'Đơn vị công tác',
        'Cơ quan, đơn vị công tác',
        'Collective',
        'collective',
      ],
      shown: { title: 'Tập thể của cá nhân', titleEn: "The individual's collective" },
    });
  return out;
}

/** Proposes which column feeds which criterion (by the document's numbering, then by text) or fact. */
export function proposeMapping(
  sheet: Parameters<typeof makeView>[0],
  layout: TableLayout,
  plan: Plan,
): ColumnMapping {
  const view = makeView(sheet, layout.orientation);
  const ignoredLines = columnNumberingLines(sheet, layout);
  const targets = mappingTargets(plan);
  const matcher = new TextMatcher(targets.map((t) => t.labels));
  const byNumber = new Map<string, number>();
  targets.forEach((t, i) => {
    if (t.number !== undefined && !byNumber.has(t.number)) byNumber.set(t.number, i);
  });
  const byId = new Map(targets.map((t, i) => [t.target.id.toLowerCase(), i]));
  // "a.2", "(a.2)", "Chỉ tiêu a.2": numbers the generic patterns do not read, matched whole.
  const wholeNumber = (part: string): { number: string; rule: NumberRule } | undefined => {
    const t = normalizeText(part);
    const named = /^(chi tieu|tieu chi|ct|tc)\s*/.test(t);
    const n = canonicalNumber(
      t.replace(/^(chi tieu|tieu chi|ct|tc)\s*/, '').replace(/^[([]\s*|\s*[)\]]$/g, ''),
    );
    return byNumber.has(n) && /[a-z]/.test(n) ? { number: n, rule: named ? 'named' : 'bracket' } : undefined;
  };
  // "a.1. Tỷ lệ…", "a.6 (tỉnh). Tỷ lệ…": a lettered number leading a title; the longest plan number wins.
  const lettered = [...byNumber.keys()]
    .filter((n) => /[a-z]/.test(n))
    .map((n) => ({ n, folded: normalizeText(n) }))
    .sort((a, b) => b.folded.length - a.folded.length);
  const leadingNumber = (part: string): { number: string; rule: NumberRule } | undefined => {
    const t = normalizeText(part);
    const hit = lettered.find(
      ({ folded }) => t.startsWith(folded) && /^[.)]?\s+\S/.test(t.slice(folded.length)),
    );
    return hit ? { number: hit.n, rule: 'leading' } : undefined;
  };

  const candidates: Candidate[] = [];
  const fallback = new Map<number, string>();
  for (const { index, text } of layout.headers) {
    const parts = layout.headerRows
      .filter((h) => !ignoredLines.has(h))
      .map((h) => view.label(h, index))
      .filter((p, i, all) => p && all.indexOf(p) === i);
    if (!text) {
      fallback.set(index, 'Cột không có tiêu đề');
      continue;
    }
    const own: Candidate[] = [];
    const idHit = parts.map((p) => byId.get(p.trim().toLowerCase())).find((i) => i !== undefined);
    if (idHit !== undefined)
      own.push({
        column: index,
        target: targets[idHit].target,
        confidence: 1,
        reason: `Mã "${targets[idHit].target.id}" khớp ${targets[idHit].label}`,
      });

    // The lowest header line with a number wins, but a number the plan knows beats one it does not: the form's
    // "(1) (2) …" line under "a.1. Tỷ lệ…" titles numbers columns, not targets.
    let numbered: { part: string; number: string; rule: NumberRule } | undefined;
    for (let p = parts.length - 1; p >= 0; p--) {
      const hit = wholeNumber(parts[p]) ?? headerNumber(parts[p]) ?? leadingNumber(parts[p]);
      if (!hit) continue;
      if (!numbered) numbered = { part: parts[p], ...hit };
      if (byNumber.has(hit.number)) {
        numbered = { part: parts[p], ...hit };
        break;
      }
    }
    const textOnly = parts
      .filter((p) => !numbered || p !== numbered.part || numbered.rule === 'leading')
      .filter((p) => !(numbered && byNumber.has(numbered.number) && headerNumber(p)?.rule === 'bracket'))
      .join(' ')
      .replace(/^\s*\(?\d{1,3}[.)]\s+/, '');
    const hasText = words(textOnly).filter((w) => !/^(tieu|chi|tc|diem|so)$/.test(w)).length >= 2;
    const sims = targets.map((_, i) => (hasText ? matcher.score(textOnly, i) : 0));

    if (numbered) {
      const i = byNumber.get(numbered.number);
      if (i !== undefined) {
        const what =
          numbered.rule === 'named'
            ? `Tiêu đề "${numbered.part}"`
            : numbered.rule === 'code'
              ? `Mã "${numbered.part}"`
              : `Số thứ tự "${numbered.part}"`;
        let confidence = RULE_CONFIDENCE[numbered.rule];
        let reason = `${what} khớp ${targets[i].label}`;
        let other = -1;
        sims.forEach((s, j) => {
          if (j !== i && (other < 0 || s > sims[other])) other = j;
        });
        if (sims[i] >= TEXT_THRESHOLD) {
          confidence = Math.min(1, confidence + 0.04);
          reason += ', nội dung cũng giống';
        } else if (other >= 0 && sims[other] >= 0.6 && sims[i] < 0.25) {
          confidence = 0.5;
          reason += `, nhưng nội dung giống ${targets[other].label} hơn (độ giống ${showScore(sims[other])}) — cần kiểm tra`;
        }
        own.push({ column: index, target: targets[i].target, confidence: round2(confidence), reason });
      } else {
        const range = plan.criteria.length
          ? ` (các tiêu chí ${plan.criteria[0].number}–${plan.criteria[plan.criteria.length - 1].number})`
          : '';
        fallback.set(index, `Số "${numbered.part}" không có trong kế hoạch${range}`);
      }
    }

    // The tool's own output ("Điểm TC8 (/10)") is never an input, whatever number it carries.
    const written = /^(diem tc|points c)\s*\d/.test(normalizeText(parts[0] ?? ''));
    if (written) own.length = 0;
    // "Kết quả …" reads as a result column, unless it is, nearly word for word, a label of the plan.
    const labelled = !written && Math.max(0, ...sims) >= LABEL_MATCH;
    if (isResultHeader(text) && own.length === 0 && !labelled) {
      fallback.set(index, 'Cột kết quả hoặc ghi chú, không phải số liệu đầu vào');
      continue;
    }
    const ranked = sims
      .map((s, i) => ({ s, i }))
      .filter((x) => x.s >= TEXT_THRESHOLD)
      .sort((a, b) => b.s - a.s || a.i - b.i)
      .slice(0, 3);
    const numberedTarget = numbered ? byNumber.get(numbered.number) : undefined;
    ranked.forEach(({ s, i }, k) => {
      const next = k === 0 ? ranked[1] : undefined;
      const ambiguous = next !== undefined && s - next.s < 0.05;
      const contradicted = numberedTarget !== undefined && numberedTarget !== i;
      let confidence = Math.min(0.8, 0.3 + 0.6 * s) - (ambiguous ? 0.15 : 0);
      if (contradicted) confidence = Math.min(confidence, 0.6);
      confidence = round2(Math.max(0.05, confidence));
      let reason = `Nội dung "${textOnly}" giống ${targets[i].label} (độ giống ${showScore(s)})`;
      if (ambiguous) reason += `, gần bằng ${targets[next.i].label} — cần kiểm tra`;
      if (contradicted)
        reason += `, nhưng số thứ tự ${numbered?.number} lại là ${targets[numberedTarget].label} — cần kiểm tra`;
      own.push({ column: index, target: targets[i].target, confidence, reason });
    });
    if (own.length === 0 && !fallback.has(index))
      fallback.set(index, 'Không tìm thấy tiêu chí hay dữ kiện tương ứng');
    candidates.push(...own);
  }

  // Greedy by confidence: a column feeds at most one target, a target comes from at most one column.
  candidates.sort((a, b) => b.confidence - a.confidence || a.column - b.column);
  const byColumn = new Map<number, Candidate>();
  const taken = new Map<string, Candidate>();
  const lost = new Map<number, Candidate>();
  for (const c of candidates) {
    const key = `${c.target.kind}:${c.target.id}`;
    if (byColumn.has(c.column)) continue;
    const winner = taken.get(key);
    if (winner) {
      if (!lost.has(c.column)) lost.set(c.column, c);
      continue;
    }
    byColumn.set(c.column, c);
    taken.set(key, c);
  }

  const columns: MappedColumn[] = layout.headers.map(({ index, text }) => {
    const won = byColumn.get(index);
    if (won)
      return { index, header: text, target: won.target, confidence: won.confidence, reason: won.reason };
    const loser = lost.get(index);
    if (loser) {
      const winner = taken.get(`${loser.target.kind}:${loser.target.id}`) as Candidate;
      return {
        index,
        header: text,
        target: null,
        confidence: 0,
        reason: `${loser.reason}; nhưng ${lineName(layout.orientation, winner.column)} khớp chắc chắn hơn (${showScore(winner.confidence)}) nên cột này bỏ qua`,
      };
    }
    return {
      index,
      header: text,
      target: null,
      confidence: 0,
      reason: fallback.get(index) ?? 'Không tìm thấy tiêu chí hay dữ kiện tương ứng',
    };
  });

  return {
    version: 1,
    planId: plan.id,
    planHash: planHash(plan),
    sheet: layout.sheet,
    orientation: layout.orientation,
    headerRows: [...layout.headerRows],
    dataStart: layout.dataStart,
    dataEnd: layout.dataEnd,
    nameIndex: layout.nameIndex,
    ...(layout.blockIndex !== undefined ? { blockIndex: layout.blockIndex } : {}),
    columns,
  };
}

/** Criteria and facts of the plan that no column feeds. */
export function unmappedTargets(mapping: ColumnMapping, plan: Plan): MappingTarget[] {
  const used = new Set(
    mapping.columns.filter((c) => c.target).map((c) => `${c.target?.kind}:${c.target?.id}`),
  );
  return mappingTargets(plan)
    .map((t) => t.target)
    .filter((t) => !used.has(`${t.kind}:${t.id}`));
}

/** Workbook settings key under which a sheet's mapping is stored. */
export function mappingSettingKey(sheet: string): string {
  return `thidua.mapping.${normalizeText(sheet).replace(/[^a-z0-9]+/g, '-')}`;
}

export function mappingToSetting(mapping: ColumnMapping): string {
  return JSON.stringify(ColumnMappingSchema.parse(mapping));
}

export function mappingFromSetting(
  text: string,
): { ok: true; mapping: ColumnMapping } | { ok: false; problems: Problem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      problems: [
        {
          path: 'mapping',
          code: 'mapping-invalid',
          message: 'Cấu hình ánh xạ cột không phải JSON hợp lệ',
          messageEn: 'The column mapping is not valid JSON',
        },
      ],
    };
  }
  const parsed = ColumnMappingSchema.safeParse(data);
  if (parsed.success) return { ok: true, mapping: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => ({
      path: i.path.length
        ? `mapping${i.path[0] === undefined || typeof i.path[0] === 'number' ? '' : '.'}${formatZodPath(i.path)}`
        : 'mapping',
      code: 'mapping-invalid',
      message: i.message,
    })),
  };
}
