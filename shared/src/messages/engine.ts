/** What the engine says about a unit's result: criteria, flags, reasons, the unit's line. Vietnamese first. */
import type { CriterionTrace } from '../api/response-schema';
import {
  formatMoney,
  formatNumber,
  formatPercent,
  formatPercentBeside,
  formatPoints,
  type Lang,
} from '../values/format';
import { nameIn, phrase, hiddenCharacterNote, shownKey, type Named } from './phrase';
import { unusable } from './reading';

/** "cchc.1999" → the fact and the year of a year sent for a per-year fact that does not have it. */
export function yearOf(key: string): { fact: string; year: string } | undefined {
  const m = /^([A-Za-z0-9][A-Za-z0-9_-]*)\.(\d{4})$/.exec(key);
  return m ? { fact: m[1], year: m[2] } : undefined;
}

/** A tier's band of totals: "70 đến dưới 85 điểm", "từ 85 điểm". */
const bandText = (p: { min: number; max?: number }, lang: Lang) => {
  const n = (x: number) => formatNumber(x, undefined, lang);
  if (p.max === undefined) return lang === 'vi' ? `từ ${n(p.min)} điểm` : `${n(p.min)} points or more`;
  return lang === 'vi' ? `${n(p.min)} đến dưới ${n(p.max)} điểm` : `${n(p.min)} to under ${n(p.max)} points`;
};

const SIGN = { atLeast: '≥', moreThan: '>', atMost: '≤', lessThan: '<' } as const;

export interface CriterionLine {
  number: string;
  points: number;
  max: number;
  trace: CriterionTrace;
}

const n = (x: number, lang: Lang, decimals?: number) => formatNumber(x, decimals, lang);

/** Said after a missing value the plan scores 0; the council's rule puts its own words in its place. */
const ZERO_BY_PLAN = { vi: ', tính 0 điểm theo kế hoạch', en: ', scored 0 by the plan' } as const;
const zeroByPlan = (lang: Lang) => ZERO_BY_PLAN[lang];

function criterionLine(p: CriterionLine, lang: Lang): string {
  const vi = lang === 'vi';
  const head = vi ? `Tiêu chí ${p.number}` : `Criterion ${p.number}`;
  const outOf = `/${n(p.max, lang)} ${vi ? 'điểm' : 'points'}`;
  const result = formatPoints(p.points, lang) + outOf;
  const t = p.trace;
  switch (t.rule) {
    case 'scale': {
      const name = vi ? t.label : (t.labelEn ?? t.label);
      return `${head}: ${vi ? 'mức' : 'level'} "${name}" → ${result}`;
    }
    case 'yesNo':
      return `${head}: ${t.met ? (vi ? 'Đạt' : 'Met') : vi ? 'Không đạt' : 'Not met'} → ${result}`;
    case 'rate.allOrNothing':
    case 'rate.proportional':
    case 'rate.steps': {
      const how =
        t.rule === 'rate.proportional' && !t.met
          ? vi
            ? ' (tính theo tỷ lệ)'
            : ' (proportional)'
          : t.rule === 'rate.steps'
            ? vi
              ? ' (theo bảng mức)'
              : ' (step table)'
            : t.met
              ? vi
                ? ' (đạt)'
                : ' (met)'
              : vi
                ? ' (chưa đạt)'
                : ' (not met)';
      const target = `${vi ? 'mục tiêu' : 'target'} ${SIGN[t.comparison]}${formatPercent(t.target, lang)}`;
      return `${head}: ${formatPercentBeside(t.value, t.target, lang)} / ${target}${how} → ${result}`;
    }
    case 'count.perItem':
      return `${head}: ${n(t.value, lang, 0)} × ${n(t.perItem, lang)} ${vi ? 'điểm' : 'pts'}${t.capped ? (vi ? ' (tối đa)' : ' (capped)') : ''} → ${result}`;
    case 'count.target':
      return `${head}: ${n(t.value, lang, 0)} / ${vi ? 'mục tiêu' : 'target'} ≥${n(t.target, lang, 0)} → ${result}`;
    case 'count.steps':
      return `${head}: ${n(t.value, lang, 0)} ${vi ? '(theo bảng mức)' : '(step table)'} → ${result}`;
    case 'assessed':
      return `${head}: ${vi ? 'điểm chấm' : 'assessed'} ${formatPoints(t.value, lang)} → ${result}`;
    case 'bonus':
    case 'deduction': {
      const word = t.rule === 'bonus' ? (vi ? 'điểm cộng' : 'bonus') : vi ? 'điểm trừ' : 'deduction';
      const detail =
        t.input === 'count'
          ? `${n(t.value, lang, 0)} × ${n(t.perItem ?? 1, lang)}`
          : formatPoints(t.value, lang);
      const sign = p.points === 0 ? '' : t.rule === 'bonus' ? '+' : '−'; // nothing added or taken: "0,0
      return `${head}: ${word} ${detail} → ${sign}${formatPoints(Math.abs(p.points), lang)} ${vi ? 'điểm' : 'points'} (${vi ? 'tối đa' : 'max'} ${n(p.max, lang)})`;
    }
    case 'missing': {
      const zero = formatPoints(0, lang) + outOf;
      const what = (vi ? 'thiếu giá trị' : 'missing value') + (t.detail ? ` — ${t.detail}` : '');
      return t.zeroByPlan
        ? `${head}: ${what}${zeroByPlan(lang)} → ${zero}`
        : `${head}: ${what} → ${zero} ${vi ? '(chưa đủ dữ liệu)' : '(incomplete)'}`;
    }
    case 'invalid':
    case 'ambiguous': {
      const zero = formatPoints(0, lang) + outOf;
      const what = unusable(t.rule, lang);
      const why = t.detail ? ` — ${t.detail}` : '';
      const byPlan = t.zeroByPlan ? zeroByPlan(lang) : '';
      return `${head}: ${what}${why}${byPlan} → ${zero}`;
    }
  }
}

/** Names listed one after another, then "và N đơn vị khác" for those left out. */
export interface NameList {
  names: string[];
  rest: number;
}

function nameList(p: NameList, lang: Lang): string {
  const out = p.names.join(', ');
  return p.rest ? out + (lang === 'vi' ? ` và ${p.rest} đơn vị khác` : ` and ${p.rest} more`) : out;
}

/** What is not known for a unit: criteria by number, facts by label. */
export interface UnknownItems {
  criteria: string[];
  facts: Named[];
}

function unknownList(p: UnknownItems, lang: Lang): string {
  const parts: string[] = [];
  if (p.criteria.length) parts.push(`${lang === 'vi' ? 'tiêu chí' : 'criteria'} ${p.criteria.join(', ')}`);
  if (p.facts.length)
    parts.push(
      `${lang === 'vi' ? 'dữ kiện' : 'facts'} ${p.facts.map((f) => `"${nameIn(f, lang)}"`).join(', ')}`,
    );
  return parts.join('; ');
}

const names = (list: Named[], lang: Lang) => list.map((x) => nameIn(x, lang)).join(', ');

export interface TiePlaces {
  count: number;
  rank: number;
  total: number;
  units: NameList;
  places: number;
  slots: { tier: Named; count: number }[];
}

export interface UnitLine {
  total: number;
  maxTotal: number;
  /** The block is named when the plan has several (a rank is within its block). */
  rank: { rank: number; of: number; block: Named | null } | null;
  standing: 'eligible' | 'excluded' | 'ineligible';
  award: { name: string; prize: number | null; bonusPoints: number; certificates: number } | null;
  /** Without an award: tied at a tier boundary, waiting for data, or the commendations proposed. */
  waiting: 'tie' | 'data' | null;
  certificates: number | null;
  /** A value is missing or unreadable: 'open' while it is, 'scored-zero' when the rule "score 0" settled every one. */
  incomplete: false | 'open' | 'scored-zero';
}

function money(dong: number | null, lang: Lang): string {
  if (dong === null) return lang === 'vi' ? 'không quy định' : 'not specified';
  return `${formatMoney(dong, lang)} ${lang === 'vi' ? 'đồng' : 'VND'}`;
}

function unitLine(p: UnitLine, lang: Lang): string {
  const vi = lang === 'vi';
  const parts = [
    vi
      ? `Tổng ${formatPoints(p.total, lang)}/${n(p.maxTotal, lang)} điểm`
      : `Total ${formatPoints(p.total, lang)}/${n(p.maxTotal, lang)} points`,
  ];
  if (p.rank)
    parts.push(
      vi
        ? `hạng ${p.rank.rank}/${p.rank.of}${p.rank.block ? ` ${p.rank.block.vi}` : ''}`
        : `rank ${p.rank.rank}/${p.rank.of}${p.rank.block ? ` in ${nameIn(p.rank.block, lang)}` : ''}`,
    );
  if (p.standing === 'excluded') parts.push(vi ? 'không xét thi đua' : 'not considered');
  else if (p.standing === 'ineligible') parts.push(vi ? 'chưa đủ điều kiện xét khen thưởng' : 'not eligible');
  const a = p.award;
  if (a)
    parts.push(
      `${a.name}: ${money(a.prize, lang)}` +
        (a.bonusPoints
          ? vi
            ? `, cộng ${n(a.bonusPoints, lang)} điểm`
            : `, +${n(a.bonusPoints, lang)} points`
          : '') +
        (a.certificates
          ? vi
            ? `, đề nghị khen ${a.certificates} cá nhân`
            : `, ${a.certificates} individual commendations`
          : ''),
    );
  else if (p.waiting === 'tie')
    parts.push(
      vi
        ? 'đồng hạng ở ranh giới giải — chờ Hội đồng quyết định'
        : 'tied at a tier boundary — for the council',
    );
  else if (p.waiting === 'data')
    parts.push(
      vi ? 'giải chờ số liệu còn thiếu — chưa xác định' : 'award waits for missing values — not final',
    );
  else if (p.certificates)
    parts.push(vi ? `đề nghị khen ${p.certificates} cá nhân` : `${p.certificates} individual commendations`);
  if (p.incomplete === 'scored-zero')
    parts.push(`${vi ? 'thiếu giá trị' : 'missing values'}${zeroByPlan(lang)}`);
  else if (p.incomplete && a)
    // an award given while a value is missing is one that no value could change (awards.ts holds any other)
    parts.push(
      vi
        ? 'chưa đủ dữ liệu, nhưng không giá trị nào còn thiếu làm thay đổi giải'
        : 'incomplete data, though no missing value could change the award',
    );
  else if (p.incomplete) parts.push(vi ? 'chưa đủ dữ liệu' : 'incomplete data');
  return parts.join('; ');
}

export interface DecisionsLine {
  granted: { name: string; prize: number | null; dueDate?: string; dossierSets: number }[];
  council: string[];
  data: string[];
  none: boolean;
}

/** "2026-03-02" → "02/03/2026": a date in a Vietnamese sentence is written day first. */
function viDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

function decisionsLine(p: DecisionsLine, lang: Lang): string[] {
  const vi = lang === 'vi';
  const said = p.granted.map(
    (d) =>
      (/^đề nghị /i.test(d.name) || /^proposal/i.test(d.name)
        ? d.name
        : `${vi ? 'đề nghị' : 'proposed'} ${d.name}`) +
      (d.prize !== null ? ` (${formatMoney(d.prize, lang)} ${vi ? 'đồng' : 'VND'})` : '') +
      (d.dueDate
        ? vi
          ? `, hồ sơ ${d.dossierSets} bộ, hạn ${viDate(d.dueDate)}`
          : `, ${d.dossierSets} dossier set(s), due ${d.dueDate}`
        : ''),
  );
  if (p.council.length)
    said.push(`${vi ? 'chờ Hội đồng quyết định' : 'for the council'}: ${p.council.join(', ')}`);
  if (p.data.length)
    said.push(`${vi ? 'chờ số liệu, chưa xác định' : 'waiting for data, not final'}: ${p.data.join(', ')}`);
  if (p.none) said.push(vi ? 'chưa đủ điều kiện khen thưởng' : 'no award');
  return said;
}

export const ENGINE_PHRASES = {
  /** "Tiêu chí 8: 72% / mục tiêu ≥80% (tính theo tỷ lệ) → 9,0/10 điểm", from the criterion's trace. */
  'criterion.line': phrase<CriterionLine>({
    vi: (p) => criterionLine(p, 'vi'),
    en: (p) => criterionLine(p, 'en'),
  }),
  /** The unit's one explanation line. */
  'unit.line': phrase<UnitLine>({ vi: (p) => unitLine(p, 'vi'), en: (p) => unitLine(p, 'en') }),
  /** What the unit's award decisions come to, joined to the unit's line. */
  'unit.decisions': phrase<DecisionsLine>({
    vi: (p) => decisionsLine(p, 'vi').join('; '),
    en: (p) => decisionsLine(p, 'en').join('; '),
  }),
  'fact.missing': phrase<{ label: Named; id: string }>({
    vi: (p) => `Dữ kiện "${p.label.vi}" (${p.id}): thiếu giá trị`,
    en: (p) => `Fact "${nameIn(p.label, 'en')}" (${p.id}): missing`,
  }),
  'fact.unread': phrase<{ label: Named; id: string; detail: Named }>({
    vi: (p) =>
      `Dữ kiện "${p.label.vi}" (${p.id}): ${p.detail.vi} — các quyết định dựa trên dữ kiện này chờ xác định`,
    en: (p) =>
      `Fact "${nameIn(p.label, 'en')}" (${p.id}): ${nameIn(p.detail, 'en')} — decisions on this fact are held`,
  }),
  'block.unknown': phrase<{ block: string; known: string[] }>({
    vi: (p) =>
      p.block.trim()
        ? `Khối "${p.block}" không có trong kế hoạch (các khối: ${p.known.join(', ')})`
        : `Đơn vị chưa ghi khối; kế hoạch có nhiều khối, hãy ghi một trong: ${p.known.join(', ')}`,
    en: (p) =>
      p.block.trim()
        ? `Block "${p.block}" is not in the plan (blocks: ${p.known.join(', ')})`
        : `No block given; the plan has several, give one of ${p.known.join(', ')}`,
  }),
  'rule.exclusion-unknown': phrase<{ facts: Named[] }>({
    vi: (p) =>
      `Chưa thể xét điều kiện "không xét thi đua": thiếu hoặc không đọc được dữ kiện ${p.facts.map((f) => `"${f.vi}"`).join(', ')}`,
    en: (p) =>
      `Cannot check an exclusion rule: missing or unreadable ${p.facts.map((f) => `"${nameIn(f, 'en')}"`).join(', ')}`,
  }),
  'rule.standard-unknown': phrase<{ facts: Named[] }>({
    vi: (p) =>
      `Chưa thể xét tiêu chuẩn khen thưởng: thiếu hoặc không đọc được dữ kiện ${p.facts.map((f) => `"${f.vi}"`).join(', ')}`,
    en: (p) =>
      `Cannot check a standard: missing or unreadable ${p.facts.map((f) => `"${nameIn(f, 'en')}"`).join(', ')}`,
  }),
  'criterion.unknown': phrase<{ key: string }>({
    vi: (p) =>
      `${shownKey(p.key)} không phải mã tiêu chí của kế hoạch — giá trị bị bỏ qua${hiddenCharacterNote(p.key, 'vi')}`,
    en: (p) =>
      `${shownKey(p.key)} is not a criterion of the plan — ignored${hiddenCharacterNote(p.key, 'en')}`,
  }),
  /** `key` is a fact id the plan lacks, or "<fact>.<year>": a year the per-year fact does not have. */
  'fact.unknown': phrase<{ key: string }>({
    vi: (p) => {
      const y = yearOf(p.key);
      return y
        ? `Năm ${y.year} không thuộc các năm của dữ kiện "${y.fact}" — giá trị bị bỏ qua`
        : `${shownKey(p.key)} không phải mã dữ kiện của kế hoạch — giá trị bị bỏ qua${hiddenCharacterNote(p.key, 'vi')}`;
    },
    en: (p) => {
      const y = yearOf(p.key);
      return y
        ? `${y.year} is not a year of the fact "${y.fact}" — ignored`
        : `${shownKey(p.key)} is not a fact of the plan — ignored${hiddenCharacterNote(p.key, 'en')}`;
    },
  }),
  'tier.prize-not-specified': phrase<{ tier: Named }>({
    vi: (p) => `Văn bản không quy định tiền thưởng cho ${p.tier.vi}: Hội đồng cần quyết định mức thưởng`,
    en: (p) => `The document sets no prize money for ${nameIn(p.tier, 'en')}: for the council to decide`,
  }),
  'tier.count-assumed': phrase<{ tier: Named; count: number }>({
    vi: (p) =>
      `Văn bản không quy định số ${p.tier.vi}; phần mềm tạm để ${p.count} giải: Hội đồng cần quyết định số giải`,
    en: (p) =>
      `The document sets no number of ${nameIn(p.tier, 'en')}; ${p.count} assumed: for the council to decide how many`,
  }),
  'tier.beyond-assumed-count': phrase<{ tier: Named; count: number; min: number; max?: number }>({
    vi: (p) =>
      `Trong khung điểm ${p.tier.vi} (${bandText(p, 'vi')}) nhưng ngoài số giải tạm định (${p.count}); văn bản ` +
      'không quy định số giải nên Hội đồng quyết định có xét giải cho đơn vị này không',
    en: (p) =>
      `Within the band of ${nameIn(p.tier, 'en')} (${bandText(p, 'en')}) but past the ${p.count} places assumed; ` +
      'the document sets no number, so the council decides whether this unit gets one',
  }),
  'tier.above-band': phrase({
    vi: () =>
      'Điểm cao hơn khung điểm của giải còn lại; theo cách hiểu "strict" của kế hoạch thì không nhận giải thấp hơn',
    en: () =>
      'Total above the band of the remaining tier; under the plan\'s "strict" reading no lower tier is given',
  }),
  'tie.council': phrase<TiePlaces>({
    vi: (p) =>
      `${p.count} đơn vị đồng hạng ${p.rank} với ${formatPoints(p.total, 'vi')} điểm (${nameList(p.units, 'vi')}) cho ${p.places} suất: ${p.slots.map((s) => `${s.tier.vi} (${s.count})`).join(', ')}. Kế hoạch không có tiêu chí phụ phân định — đề nghị Hội đồng Thi đua – Khen thưởng quyết định.`,
    en: (p) =>
      `${p.count} units tied at rank ${p.rank} with ${formatPoints(p.total, 'en')} points (${nameList(p.units, 'en')}) for ${p.places} place(s): ${p.slots.map((s) => `${nameIn(s.tier, 'en')} (${s.count})`).join(', ')}. The plan has no tie-breaker that separates them — for the awards council to decide.`,
  }),
  /** `orNone`: whether no award is also possible (false: one of `could` is certain). */
  'held.own': phrase<{ items: UnknownItems; could: Named[]; orNone?: boolean }>({
    vi: (p) =>
      `Giải chưa xác định: chưa có đủ số liệu (${unknownList(p.items, 'vi') || 'điều kiện xét'}). Khi đủ số liệu, đơn vị có thể đạt: ${names(p.could, 'vi')}${p.orNone === false ? '' : ' — hoặc không đạt giải'}. Bổ sung số liệu hoặc đề nghị Hội đồng quyết định.`,
    en: (p) =>
      `Award not final: values not known (${unknownList(p.items, 'en') || 'eligibility'}). With them, the unit could get: ${names(p.could, 'en')}${p.orNone === false ? '' : ' — or none'}. Supply the values or ask the council.`,
  }),
  'held.other': phrase<{ by: NameList; items: UnknownItems | null; could: Named[]; orNone?: boolean }>({
    vi: (p) => {
      const items = p.items && unknownList(p.items, 'vi');
      return `Giải chưa xác định: chờ số liệu của ${nameList(p.by, 'vi')}${items ? ` (${items})` : ''} — khi đủ số liệu, các đơn vị này có thể xếp trên hoặc đồng hạng với đơn vị. Có thể đạt: ${names(p.could, 'vi')}${p.orNone === false ? '' : ' — hoặc không đạt giải'}.`;
    },
    en: (p) => {
      const items = p.items && unknownList(p.items, 'en');
      return `Award not final: waiting for the values of ${nameList(p.by, 'en')}${items ? ` (${items})` : ''}, which could rank above or level with this unit. Could get: ${names(p.could, 'en')}${p.orNone === false ? '' : ' — or none'}.`;
    },
  }),
  'target.missing': phrase<{ number: string; title: string }>({
    vi: (p) => `Chỉ tiêu ${p.number} '${p.title}': thiếu giá trị`,
    en: (p) => `Target ${p.number} '${p.title}': missing value`,
  }),
  'target.invalid': phrase<{ number: string; title: string; raw: string; detail: Named }>({
    vi: (p) => `Chỉ tiêu ${p.number} '${p.title}': giá trị "${p.raw}" không hợp lệ (${p.detail.vi})`,
    en: (p) => `Target ${p.number} '${p.title}': value "${p.raw}" is invalid (${nameIn(p.detail, 'en')})`,
  }),
  /** A target's plain number in (0, 1] whose scale is not known: 0,5 is 50% or 0,5% (`detail` gives both). */
  'target.ambiguous': phrase<{ number: string; title: string; raw: string; detail: Named }>({
    vi: (p) =>
      `Chỉ tiêu ${p.number} '${p.title}': giá trị "${p.raw}" đọc được hai cách (${p.detail.vi}) — chưa xác định`,
    en: (p) =>
      `Target ${p.number} '${p.title}': value "${p.raw}" reads two ways (${nameIn(p.detail, 'en')}) — undetermined`,
  }),
  'money.amount': phrase<{ dong: number | null }>({
    vi: (p) => money(p.dong, 'vi'),
    en: (p) => money(p.dong, 'en'),
  }),
  'value.yes': phrase({ vi: () => 'Có', en: () => 'Yes' }),
  'value.no': phrase({ vi: () => 'Không', en: () => 'No' }),
  'criterion.zero-by-plan': phrase({ vi: () => ZERO_BY_PLAN.vi, en: () => ZERO_BY_PLAN.en }),
  'unknown.items': phrase<UnknownItems>({ vi: (p) => unknownList(p, 'vi'), en: (p) => unknownList(p, 'en') }),
};
