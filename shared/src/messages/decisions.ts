/** What the engine says about award decisions: conditions, eligibility, quotas, prizes, due dates. Vietnamese first. */
import { formatNumber, type Lang } from '../values/format';
import { nameIn, phrase, type Named } from './phrase';

/** "2025-07-01" → "01/7/2025", as the plan documents write a date. */
function dmy(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${Number(m[2])}/${m[1]}` : iso;
}

const n = (x: number, lang: Lang, decimals?: number) => formatNumber(x, decimals, lang);

/** How a decision's target requirement came out: counted met, counted exceeded, or the mean ratio. */
export interface TargetsPart {
  how: 'met' | 'exceeded' | 'mean';
  good: number;
  total: number;
  /** The exceed rule: "> ratio" when strict, else "≥ ratio". */
  strict: boolean;
  ratio: number;
  mean: number;
  /** How many targets must hold, said only when fewer than all. */
  need: number | null;
  /** Numbers of the targets not reached, said only when the requirement does not hold. */
  failing: readonly string[];
  missing: number;
}

function targetsPart(p: TargetsPart, lang: Lang): string {
  const vi = lang === 'vi';
  const sign = p.strict ? '>' : '≥';
  const ratio = n(p.ratio, lang, 2);
  let word =
    p.how === 'mean'
      ? vi
        ? `tỷ lệ bình quân ${n(p.mean, lang, 2)} / cần ${sign} ${ratio}`
        : `mean ratio ${n(p.mean, lang, 2)} / needs ${sign} ${ratio}`
      : p.how === 'met'
        ? vi
          ? `đạt ${p.good}/${p.total} chỉ tiêu`
          : `${p.good}/${p.total} targets met`
        : vi
          ? `vượt ${p.good}/${p.total} chỉ tiêu (giá trị/mục tiêu ${sign} ${ratio})`
          : `${p.good}/${p.total} targets exceeded (value/target ${sign} ${ratio})`;
  if (p.need !== null) word += vi ? ` (cần ${p.need})` : ` (needs ${p.need})`;
  if (p.failing.length)
    word += vi ? `; chưa đạt: ${p.failing.join(', ')}` : `; not reached: ${p.failing.join(', ')}`;
  if (p.missing) word += vi ? `; thiếu số liệu ${p.missing} chỉ tiêu` : `; ${p.missing} targets missing`;
  return word;
}

/** An order key as it is named in a quota's reason ("Số năm HTXSNV: số năm >= 2 ↓"). */
export type OrderKeyLabel =
  | { total: true }
  | {
      total?: false;
      label: Named;
      dir: '↑' | '↓';
      countYears?: { op: string; value: string };
      years?: 'last' | 'review' | number;
    };

function keyLabel(k: OrderKeyLabel, lang: Lang): string {
  const vi = lang === 'vi';
  if (k.total) return vi ? 'tổng điểm' : 'total';
  const label = nameIn(k.label, lang);
  if (k.countYears)
    return `${label}: ${vi ? 'số năm' : 'years with'} ${k.countYears.op} ${k.countYears.value} ${k.dir}`;
  if (k.years !== undefined) {
    const year =
      k.years === 'last'
        ? vi
          ? 'năm cuối'
          : 'last year'
        : k.years === 'review'
          ? vi
            ? 'năm xét'
            : 'review year'
          : k.years;
    return `${label} (${year}) ${k.dir}`;
  }
  return `${label} ${k.dir}`;
}

function keyList(keys: OrderKeyLabel[], lang: Lang): string {
  if (!keys.length) return lang === 'vi' ? '(kế hoạch không có khóa xếp thứ tự)' : '(the plan sets no order)';
  return keys.map((k) => keyLabel(k, lang)).join('; ');
}

/** Which quota a place is counted in: a collective's own, or the plan's. */
export type QuotaScope = { collective: string } | { plan: true };

function scope(s: QuotaScope, lang: Lang): string {
  if ('collective' in s)
    return lang === 'vi' ? `của tập thể ${s.collective}` : `for collective ${s.collective}`;
  return lang === 'vi' ? 'của kế hoạch' : 'of the plan';
}

export interface QuotaPlace {
  quota: number;
  scope: QuotaScope;
  keys: OrderKeyLabel[];
}

export const DECISION_PHRASES = {
  'decision.targets': phrase<TargetsPart>({
    vi: (p) => targetsPart(p, 'vi'),
    en: (p) => targetsPart(p, 'en'),
  }),
  'decision.no-targets': phrase({ vi: () => 'không có chỉ tiêu áp dụng', en: () => 'no targets apply' }),
  /** A condition on an optional fact left blank: not met. */
  'decision.condition-no-data': phrase<{ condition: string }>({
    vi: (p) => `${p.condition} — không có số liệu`,
    en: (p) => `${p.condition} — no data`,
  }),
  'decision.min-total': phrase<{ total: number; min: number }>({
    vi: (p) => `tổng điểm ${n(p.total, 'vi')} / cần ≥ ${n(p.min, 'vi')}`,
    en: (p) => `total ${n(p.total, 'en')} / needs ≥ ${n(p.min, 'en')}`,
  }),
  /** A total not known yet: at most `high` once the values listed in `missing` (already in the language) are in. */
  'decision.min-total-open': phrase<{ total: number; high: number; min: number; missing: string }>({
    vi: (p) =>
      `tổng điểm ${n(p.total, 'vi')} (đến ${n(p.high, 'vi')} khi đủ số liệu: ${p.missing}) / cần ≥ ${n(p.min, 'vi')}`,
    en: (p) =>
      `total ${n(p.total, 'en')} (up to ${n(p.high, 'en')} with the missing values: ${p.missing}) / needs ≥ ${n(p.min, 'en')}`,
  }),
  'decision.justification': phrase({
    vi: () => 'có giải trình bằng văn bản của Hội đồng',
    en: () => "the council's written justification",
  }),
  'decision.justification-missing': phrase<{ decision: Named }>({
    vi: (p) => `"${p.decision.vi}": thiếu giải trình bằng văn bản cho đề nghị khen thưởng`,
    en: (p) => `"${nameIn(p.decision, 'en')}": the nomination has no written justification`,
  }),
  'decision.not-this-round': phrase<{ years: number[] }>({
    vi: (p) => `Chỉ xét vào năm ${p.years.join(', ')}`,
    en: (p) => `Considered only in ${p.years.join(', ')}`,
  }),
  'decision.not-considered': phrase({ vi: () => 'Không xét thi đua', en: () => 'Not considered' }),
  'decision.standards-not-met': phrase({
    vi: () => 'Chưa đủ tiêu chuẩn chung để xét khen thưởng',
    en: () => 'General standards not met',
  }),
  /** Another decision this one also requires: by its name in Vietnamese, by its id in English. */
  'decision.conditions-of': phrase<{ name: string; id: string }>({
    vi: (p) => `điều kiện của "${p.name}"`,
    en: (p) => `the conditions of "${p.id}"`,
  }),
  'decision.not-met': phrase<{ reasons: string[] }>({
    vi: (p) => `Chưa đạt: ${p.reasons.join('; ')}`,
    en: (p) => `Not met: ${p.reasons.join('; ')}`,
  }),
  'decision.superseded': phrase<{ higher: Named }>({
    vi: (p) => `Đã được đề nghị "${p.higher.vi}" (hình thức cao hơn); chỉ nhận mức cao hơn`,
    en: (p) => `Already proposed for "${nameIn(p.higher, 'en')}" (higher); only the higher one is given`,
  }),
  'decision.standards-unknown': phrase({
    vi: () => 'tiêu chuẩn chung chưa xét được',
    en: () => 'the general standards cannot be checked yet',
  }),
  /** `missing`: the values not known, already in the language ('' for none); `why`: the conditions that wait. */
  'decision.waiting-data': phrase<{ missing: string; why: string | undefined }>({
    vi: (p) => `Chưa đủ dữ liệu để xét — chờ số liệu${p.missing ? ` (${p.missing})` : ''}: ${p.why}`,
    en: (p) => `Not enough data — waiting for the values${p.missing ? ` (${p.missing})` : ''}: ${p.why}`,
  }),
  'decision.waiting-higher': phrase<{ higher: Named }>({
    vi: (p) =>
      `Chờ xác định "${p.higher.vi}" (hình thức cao hơn, chưa đủ dữ liệu): nếu được thì không xét hình thức này`,
    en: (p) => `Waiting for "${nameIn(p.higher, 'en')}" (higher, not decided yet): if given, this one is not`,
  }),
  'decision.collective-unknown': phrase<{ collective: string }>({
    vi: (p) => `Không tìm thấy tập thể "${p.collective}" của cá nhân trong danh sách đơn vị`,
    en: (p) => `The individual's collective "${p.collective}" is not among the units`,
  }),
  'collective.missing': phrase({
    vi: () =>
      'Cá nhân chưa ghi tập thể (đơn vị) của mình (collective): không xét các hình thức khen cần tập thể',
    en: () =>
      'The individual names no collective (collective): awards that need its collective are not given',
  }),
  'collective.self': phrase<{ collective: string }>({
    vi: (p) =>
      `Cá nhân ghi tập thể "${p.collective}" là chính mình; ghi mã tập thể (đơn vị) mà cá nhân thuộc về`,
    en: (p) => `The individual names itself ("${p.collective}") as its collective`,
  }),
  'collective.not-collective': phrase<{ collective: string; kind: 'individual' | 'household' }>({
    vi: (p) =>
      `"${p.collective}" là ${p.kind === 'household' ? 'hộ gia đình' : 'cá nhân'}, không phải tập thể; ghi mã tập thể (đơn vị) mà cá nhân thuộc về`,
    en: (p) =>
      `"${p.collective}" is ${p.kind === 'household' ? 'a household' : 'an individual'}, not a collective`,
  }),
  'collective.of-collective': phrase<{ collective: string }>({
    vi: (p) =>
      `Đơn vị là tập thể nhưng có ghi tập thể "${p.collective}" (chỉ cá nhân ghi tập thể của mình): trường collective không được dùng`,
    en: (p) =>
      `The unit is a collective yet names the collective "${p.collective}" (only individuals name theirs): not used`,
  }),
  /** `awards`: the collective's decisions, by their Vietnamese names in both languages. */
  'decision.collective-pending': phrase<{ collective: string; awards: string }>({
    vi: (p) => `Tập thể "${p.collective}" đang chờ Hội đồng quyết định hoặc chờ số liệu (${p.awards})`,
    en: (p) => `Collective "${p.collective}" awaits the council or its data (${p.awards})`,
  }),
  'decision.collective-not-awarded': phrase<{ collective: string; awards: string }>({
    vi: (p) => `Tập thể "${p.collective}" không được ${p.awards}`,
    en: (p) => `Collective "${p.collective}" is not awarded ${p.awards}`,
  }),
  'decision.quota-tie': phrase<QuotaPlace & { count: number }>({
    vi: (p) =>
      `${p.count} đối tượng đồng hạng ở ranh giới chỉ tiêu ${p.quota} ${scope(p.scope, 'vi')} (xếp theo ${keyList(p.keys, 'vi')}) — đề nghị Hội đồng TĐKT quyết định`,
    en: (p) =>
      `${p.count} tied at the quota boundary of ${p.quota} ${scope(p.scope, 'en')} (ordered by ${keyList(p.keys, 'en')}) — for the council`,
  }),
  'decision.over-quota': phrase<QuotaPlace & { place: number }>({
    vi: (p) =>
      `Vượt chỉ tiêu ${p.quota} ${scope(p.scope, 'vi')}: xếp thứ ${p.place} theo ${keyList(p.keys, 'vi')} — đề nghị Hội đồng TĐKT xem xét`,
    en: (p) =>
      `Over the quota of ${p.quota} ${scope(p.scope, 'en')}: placed ${p.place} by ${keyList(p.keys, 'en')} — for the council`,
  }),
  /** `waiting`: the names of the units still waiting for data. */
  'decision.quota-not-final': phrase<{ waiting: string }>({
    vi: (p) =>
      `Trong chỉ tiêu số lượng nếu không tính các đối tượng còn chờ số liệu (${p.waiting}); khi đủ số liệu có thể vượt chỉ tiêu — chờ xác định`,
    en: (p) =>
      `Within the quota without the units still waiting for data (${p.waiting}); with their values it could fall outside — not final`,
  }),
  'decision.prize-needs-date': phrase<{ decision: Named }>({
    vi: (p) =>
      `"${p.decision.vi}": cần ngày ký quyết định (awards.decisionDate hoặc options.decisionDate) để tính tiền thưởng theo luật`,
    en: (p) => `"${nameIn(p.decision, 'en')}": the decision date is needed to compute the statutory prize`,
  }),
  'decision.prize-unverified': phrase<{ decision: Named; coefficient: number; basis: string }>({
    vi: (p) =>
      `"${p.decision.vi}": hệ số ${n(p.coefficient, 'vi')} (${p.basis}) chưa được đối chiếu với văn bản gốc — kiểm tra trước khi trình`,
    en: (p) =>
      `"${nameIn(p.decision, 'en')}": coefficient ${p.coefficient} (${p.basis}) is not verified against the official text`,
  }),
  'decision.due-past-9999': phrase<{ decision: Named; from: string; days: number }>({
    vi: (p) =>
      `"${p.decision.vi}": ${p.from} cộng ${p.days} ngày vượt quá năm 9999, không tính được hạn nộp hồ sơ`,
    en: (p) =>
      `"${nameIn(p.decision, 'en')}": ${p.from} plus ${p.days} days is past the year 9999; no due date`,
  }),
  /** The fact the due date counts from, by its label in Vietnamese, by its id in English. */
  'decision.due-fact-missing': phrase<{ decision: Named; label: string; fact: string }>({
    vi: (p) => `"${p.decision.vi}": chưa có ${p.label} để tính hạn nộp hồ sơ`,
    en: (p) => `"${nameIn(p.decision, 'en')}": ${p.fact} is missing, so the dossier due date is unknown`,
  }),
  /** At the unit: its block ceased to exist on `on`, before or on the day the decision is signed (`date`). */
  'decision.block-dissolved': phrase<{ block: Named; on: string; date: string; basis: Named }>({
    vi: (p) =>
      `Khối "${p.block.vi}" không còn tồn tại từ ngày ${dmy(p.on)} (${p.basis.vi}); quyết định khen thưởng ký ngày ${dmy(p.date)} không thể trao cho đơn vị này như hiện có — Hội đồng TĐKT cần xác định đơn vị kế thừa (đơn vị mới) của đơn vị; các hình thức khen thưởng được giữ lại chờ Hội đồng`,
    en: (p) =>
      `Block "${nameIn(p.block, 'en')}" ceased to exist on ${dmy(p.on)} (${nameIn(p.basis, 'en')}); a decision signed on ${dmy(p.date)} cannot go to this unit as it stands — the awards council must decide its successor unit; its awards are held for the council`,
  }),
  /** The same without a decision date: whether the unit still exists when the decision is signed is not known. */
  'decision.block-dissolved-no-date': phrase<{ block: Named; on: string; basis: Named }>({
    vi: (p) =>
      `Khối "${p.block.vi}" không còn tồn tại từ ngày ${dmy(p.on)} (${p.basis.vi}) và chưa có ngày ký quyết định (awards.decisionDate hoặc options.decisionDate): chưa biết đơn vị còn tồn tại khi ký — các hình thức khen thưởng được giữ lại chờ Hội đồng xác định đơn vị kế thừa`,
    en: (p) =>
      `Block "${nameIn(p.block, 'en')}" ceased to exist on ${dmy(p.on)} (${nameIn(p.basis, 'en')}) and no decision date is given: whether the unit exists when the decision is signed is not known — its awards are held for the council to decide the successor unit`,
  }),
  /** A decision's reason when it is held because the unit's block ceased to exist. */
  'decision.held-dissolved': phrase<{ on: string }>({
    vi: (p) =>
      `Đủ điều kiện nhưng đơn vị không còn tồn tại từ ngày ${dmy(p.on)}: chờ Hội đồng TĐKT xác định đơn vị kế thừa, chưa đề nghị và chưa tính tiền thưởng`,
    en: (p) =>
      `Qualifies, but the unit ceased to exist on ${dmy(p.on)}: held until the awards council decides the successor unit; not proposed, no prize paid`,
  }),
  /** A flag about one decision: its name, then what is said. */
  'decision.about': phrase<{ decision: Named; text: string }>({
    vi: (p) => `"${p.decision.vi}": ${p.text}`,
    en: (p) => `"${nameIn(p.decision, 'en')}": ${p.text}`,
  }),
};
