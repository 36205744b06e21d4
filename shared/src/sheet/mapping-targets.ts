/** Everything of a plan a sheet column can feed, and how matching and people name it. */
import { render, say } from '../messages';
import type { Plan } from '../plan/schema';
import type { Orientation } from './grid';
import type { MappingTarget } from './mapping';
import { cellAddress } from './model';
import { canonicalReference } from './references';

export interface TargetInfo {
  target: MappingTarget;
  /** How reasons name it: "tiêu chí 8", "chỉ tiêu a.2", "dữ kiện "…" năm 2021". */
  label: string;
  /** The same in English: "criterion 8", "target a.2", "fact "…" 2021". */
  labelEn: string;
  /** Titles matching compares a header with: the plan's title (and English title), the id, the plan's synonyms. */
  labels: string[];
  /** The plan's number, canonical ("8", "a.1", "a.6 (tinh)"). */
  number?: string;
  /** Reads as a rate: percent-formatted cells are passed on as "80,5%". */
  rate?: boolean;
  /** A rate's target in percent (criterion or chỉ tiêu): "(chỉ tiêu 80%)" in a title is evidence for it. */
  goal?: number;
  /** One year of a per-year fact. */
  year?: number;
  /** How a person picks it from a list: the plan's own number and title (and English title), a fact's year. */
  shown: { number?: string; title: string; titleEn?: string; year?: number };
}

const PER_YEAR = /ByYear$/;

/** "cột F" / "dòng 7": how an official finds a column (or, for units in columns, a row). */
export function lineName(orientation: Orientation, index: number, lang: 'vi' | 'en' = 'vi'): string {
  return orientation === 'rows'
    ? render(say('sheet.line', { column: cellAddress({ row: 0, col: index }).replace(/\d+$/, '') }), lang)
    : render(say('sheet.line', { row: index + 1 }), lang);
}

/**
 * Everything a column can feed: criteria, targets (chỉ tiêu), facts, per-year facts one year at a time, and (plans
 * with individuals) the individual's collective.
 */
export function mappingTargets(plan: Plan): TargetInfo[] {
  const synonyms = plan.matching?.synonyms ?? {};
  const also = (id: string, base = id) => [
    ...(synonyms[base] ?? []),
    ...(id !== base ? (synonyms[id] ?? []) : []),
  ];
  const out: TargetInfo[] = plan.criteria.map((c) => ({
    target: { kind: 'criterion', id: c.id },
    label: `tiêu chí ${c.number}`,
    labelEn: `criterion ${c.number}`,
    labels: [c.title, c.titleEn ?? '', c.id, ...also(c.id)].filter(Boolean),
    number: canonicalReference(c.number),
    rate: c.scoring.kind === 'rate',
    ...(c.scoring.kind === 'rate' ? { goal: c.scoring.target } : {}),
    shown: { number: c.number, title: c.title, titleEn: c.titleEn },
  }));
  for (const t of plan.targets ?? [])
    out.push({
      target: { kind: 'target', id: t.id },
      label: `chỉ tiêu ${t.number}`,
      labelEn: `target ${t.number}`,
      labels: [t.title, t.titleEn ?? '', t.id, ...also(t.id)].filter(Boolean),
      number: canonicalReference(t.number),
      rate: t.unit === '%',
      ...(t.unit === '%' ? { goal: t.target } : {}),
      shown: { number: t.number, title: t.title, titleEn: t.titleEn },
    });
  for (const f of plan.facts) {
    if (PER_YEAR.test(f.type) && f.years?.length) {
      for (const year of f.years)
        out.push({
          target: { kind: 'fact', id: `${f.id}_${year}` },
          label: `dữ kiện "${f.label}" năm ${year}`,
          labelEn: `fact "${f.labelEn ?? f.label}" ${year}`,
          labels: [
            `${f.label} ${year}`,
            f.labelEn ? `${f.labelEn} ${year}` : '',
            `${f.id}_${year}`,
            ...also(`${f.id}_${year}`, f.id).map((s) => `${s} ${year}`),
          ].filter(Boolean),
          year,
          shown: { title: f.label, titleEn: f.labelEn, year },
        });
      continue;
    }
    out.push({
      target: { kind: 'fact', id: f.id },
      label: `dữ kiện "${f.label}"`,
      labelEn: `fact "${f.labelEn ?? f.label}"`,
      labels: [f.label, f.labelEn ?? '', f.id, ...also(f.id)].filter(Boolean),
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
        'Phòng, đơn vị',
        'Collective',
        'collective',
      ],
      shown: { title: 'Tập thể của cá nhân', titleEn: "The individual's collective" },
    });
  return out;
}
