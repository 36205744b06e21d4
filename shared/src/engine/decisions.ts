import { factsOf } from '../plan/conditions';
import type { Decision, Fact, OrderKey, Parameter } from '../plan/schema';
import { AWARD_FORM_NAMES, statutoryPrize } from '../law/prize-money';
import { formatNumber, moneyInWords } from '../values';
import type { CompiledPlan } from './compile';
import { describeCondition } from './describe';
import { clipFilled } from './explain';
import type { Evaluation } from './evaluate';
import { FALSE, isYearSeries, TRUE, UNKNOWN, type FactValue, type Truth } from './facts';
import {
  NOT_APPLICABLE_TRUTH,
  TARGET_MISSING,
  TARGET_INVALID,
  TARGET_AMBIGUOUS,
  TARGET_NOT_APPLICABLE,
  isTargetMet,
  targetExceeded,
  type EvaluationExtras,
} from './targets';
import type { Flag, Lang } from './types';
import { unknownItems } from './response';
import { councilDecisionVotes } from './council';
import { uncertaintyOf } from './uncertainty';

// The result types are inferred from the answer's zod schemas (one description with the OpenAPI document).
export type { DecisionResult, DecisionStatus, DecisionSummary, PrizeBasis } from '../api/response-schema';
import type { DecisionResult, DecisionStatus, DecisionSummary } from '../api/response-schema';

/**
 * Statuses that wait: for the council (a tie or over a quota), for missing data ('unknown': a condition cannot be
 * decided because a value is missing, unreadable or ambiguous), or for the collective's own pending decision.
 */
export const PENDING_DECISION: ReadonlySet<DecisionStatus> = new Set([
  'tie',
  'overQuota',
  'unknown',
  'collectivePending',
  'awaitingVote',
]);

export interface DecisionOutcome {
  perUnit: DecisionResult[][];
  /** Per unit: the prizes of its pending decisions (money not final yet). */
  pendingPrize: number[];
  flags: Flag[][];
  summary: DecisionSummary[];
}

interface Part {
  truth: Truth;
  text: string;
}

const pick = (lang: Lang, vi: string, en: string) => (lang === 'en' ? en : vi);

/** Adds whole days to an ISO date without time zones; undefined past 9999-12-31 (no four-digit year). */
export function addDays(iso: string, days: number): string | undefined {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  if (Number.isNaN(t.getTime()) || t.getUTCFullYear() > 9999 || t.getUTCFullYear() < 1) return undefined;
  return t.toISOString().slice(0, 10);
}

function keyValue(v: FactValue | undefined): number {
  if (v === undefined) return NaN;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') return Date.parse(v);
  return NaN;
}

export function decide(
  compiled: CompiledPlan,
  ev: Evaluation,
  opts: { lang: Lang; decisionDate?: string },
): DecisionOutcome | null {
  const { plan } = compiled;
  const decisions = plan.awards.decisions ?? [];
  if (!decisions.length) return null;
  const lang = opts.lang;
  const { units, n, blockOf } = ev;
  const extras: EvaluationExtras = ev.extras;
  const factMap = new Map<string, Fact>(plan.facts.map((f) => [f.id, f]));
  const paramMap = new Map<string, Parameter>((plan.parameters ?? []).map((p) => [p.id, p]));
  const idIndex = new Map(units.map((u, i) => [u.id, i]));
  const getter = (i: number) => (id: string) => {
    const f = compiled.factIndex.get(id);
    return f === undefined ? undefined : ev.facts[i][f];
  };
  const decisionIndex = new Map(decisions.map((d, k) => [d.id, k]));
  const reviewYear = plan.awards.reviewYear;
  const decisionDate = opts.decisionDate ?? plan.awards.decisionDate;
  const rules = extras.targetRules;
  const targets = plan.targets ?? [];

  const flags: Flag[][] = Array.from({ length: n }, () => []);
  const unc = uncertaintyOf(ev);
  // facts a unit sent but that could not be read: a condition on them waits, it is never read as "not given"
  const unreadFacts = (i: number) =>
    new Set((ev.issues.get(i) ?? []).filter((x) => x.kind === 'fact' && x.status !== 1).map((x) => x.id));
  const applies = decisions.map((d) => {
    const blocks = d.appliesTo ? new Set(d.appliesTo.map((b) => compiled.blockIndex.get(b) ?? -1)) : null;
    return (i: number) => blockOf[i] >= 0 && (!blocks || blocks.has(blockOf[i]));
  });

  const targetPart = (i: number, req: NonNullable<Decision['targets']>): Part => {
    let total = 0;
    let good = 0;
    let missing = 0;
    const failing: string[] = [];
    let ratioSum = 0;
    targets.forEach((t, k) => {
      const st = extras.targetStatus[k][i];
      if (st === TARGET_NOT_APPLICABLE) return;
      total++;
      if (st === TARGET_MISSING && !t.required) {
        total--; // an optional target left blank does not apply to this unit
        return;
      }
      if (st === TARGET_MISSING || st === TARGET_INVALID || st === TARGET_AMBIGUOUS) {
        missing++;
        return;
      }
      const v = extras.targetValues[k][i];
      const ok = req.require === 'met' ? isTargetMet(v, t) : targetExceeded(v, t, rules).exceeded;
      ratioSum += t.target > 0 ? v / t.target : 1;
      if (ok) good++;
      else failing.push(t.number);
    });
    if (!total) return { truth: TRUE, text: pick(lang, 'không có chỉ tiêu áp dụng', 'no targets apply') };
    const need = Math.ceil(req.minShare * total - 1e-9);
    let truth: Truth = good >= need ? TRUE : good + missing < need ? FALSE : UNKNOWN;
    let word =
      req.require === 'met'
        ? pick(lang, `đạt ${good}/${total} chỉ tiêu`, `${good}/${total} targets met`)
        : pick(
            lang,
            `vượt ${good}/${total} chỉ tiêu (giá trị/mục tiêu ${rules.exceedStrict ? '>' : '≥'} ${formatNumber(rules.exceedRatio, 2, lang)})`,
            `${good}/${total} targets exceeded (value/target ${rules.exceedStrict ? '>' : '≥'} ${formatNumber(rules.exceedRatio, 2, lang)})`,
          );
    if (req.require === 'exceeded' && rules.aggregate === 'average') {
      const counted = total - missing;
      const mean = counted ? ratioSum / counted : 0;
      truth = missing
        ? UNKNOWN
        : (rules.exceedStrict ? mean > rules.exceedRatio : mean >= rules.exceedRatio)
          ? TRUE
          : FALSE;
      word = pick(
        lang,
        `tỷ lệ bình quân ${formatNumber(mean, 2, lang)} / cần ${rules.exceedStrict ? '>' : '≥'} ${formatNumber(rules.exceedRatio, 2, lang)}`,
        `mean ratio ${formatNumber(mean, 2, lang)} / needs ${rules.exceedStrict ? '>' : '≥'} ${formatNumber(rules.exceedRatio, 2, lang)}`,
      );
    }
    if (need < total) word += pick(lang, ` (cần ${need})`, ` (needs ${need})`);
    if (failing.length && truth !== TRUE)
      word += pick(lang, `; chưa đạt: ${failing.join(', ')}`, `; not reached: ${failing.join(', ')}`);
    if (missing) word += pick(lang, `; thiếu số liệu ${missing} chỉ tiêu`, `; ${missing} targets missing`);
    return { truth, text: word };
  };

  // 1. What each decision's own conditions say about each unit.
  const compiledWhen = decisions.map((d) => {
    if (!d.when) return null;
    const parts = 'all' in d.when ? d.when.all : [d.when];
    return parts.map((c) => ({
      test: compiled.condition(c),
      text: describeCondition(c, factMap, paramMap, lang),
      facts: factsOf(c),
    }));
  });
  const baseParts: (Part[] | null)[][] = decisions.map((d, k) =>
    Array.from({ length: n }, (_, i) => {
      if (!applies[k](i)) return null;
      const parts: Part[] = [];
      for (const id of d.requireStandards ?? []) {
        const s = compiled.standardIndex.get(id) ?? -1;
        const truth = extras.standardTruth[s]?.[i] ?? UNKNOWN;
        if (truth === NOT_APPLICABLE_TRUTH) continue;
        const rule = compiled.standards[s];
        parts.push({ truth: truth as Truth, text: lang === 'en' ? rule.reasonEn : rule.reason });
      }
      for (const w of compiledWhen[k] ?? []) {
        const truth = w.test(getter(i));
        // an optional fact left blank (no contribution, no rating) means "not met", not "unknown"
        const unread = truth === UNKNOWN ? unreadFacts(i) : undefined;
        const blank =
          truth === UNKNOWN &&
          w.facts.every(
            (id) => getter(i)(id) === undefined && factMap.get(id)?.required === false && !unread?.has(id),
          );
        parts.push(
          blank
            ? { truth: FALSE, text: `${w.text} — ${pick(lang, 'không có số liệu', 'no data')}` }
            : { truth, text: w.text },
        );
      }
      if (d.targets) parts.push(targetPart(i, d.targets));
      if (d.minTotal !== undefined) {
        // a total with values not known lies in [lo, hi]: met only if met at worst, not met only if not at best
        const lo = unc.uncertain[i] ? unc.lo[i] : ev.totals[i];
        const hi = unc.uncertain[i] ? unc.hi[i] : ev.totals[i];
        const min = formatNumber(d.minTotal, undefined, lang);
        const total = formatNumber(ev.totals[i], undefined, lang);
        const open = lo < d.minTotal && hi >= d.minTotal;
        parts.push({
          truth: lo >= d.minTotal ? TRUE : hi < d.minTotal ? FALSE : UNKNOWN,
          text: open
            ? pick(
                lang,
                `tổng điểm ${total} (đến ${formatNumber(hi, undefined, lang)} khi đủ số liệu: ${unknownItems(ev, i, lang).text}) / cần ≥ ${min}`,
                `total ${total} (up to ${formatNumber(hi, undefined, lang)} with the missing values: ${unknownItems(ev, i, 'en').text}) / needs ≥ ${min}`,
              )
            : pick(lang, `tổng điểm ${total} / cần ≥ ${min}`, `total ${total} / needs ≥ ${min}`),
        });
      }
      if (d.justification) {
        const f = compiled.factIndex.get(d.justification.fact) ?? -1;
        const text = ev.facts[i][f];
        const ok = typeof text === 'string' && text.trim().length >= d.justification.minLength;
        parts.push({
          truth: ok ? TRUE : FALSE,
          text: pick(lang, 'có giải trình bằng văn bản của Hội đồng', "the council's written justification"),
        });
        // flag a missing justification only where the rest of the nomination holds
        if (!ok && !parts.slice(0, -1).some((p) => p.truth === FALSE))
          flags[i].push({
            code: 'justification-missing',
            factId: d.justification.fact,
            message: pick(
              lang,
              `"${d.name}": thiếu giải trình bằng văn bản cho đề nghị khen thưởng`,
              `"${d.nameEn ?? d.name}": the nomination has no written justification`,
            ),
          });
      }
      return parts;
    }),
  );
  const combine = (parts: Part[]): Truth => {
    let t: Truth = TRUE;
    for (const p of parts) {
      if (p.truth === FALSE) return FALSE;
      if (p.truth === UNKNOWN) t = UNKNOWN;
    }
    return t;
  };
  const baseTruth = baseParts.map((col) => col.map((parts) => (parts ? combine(parts) : FALSE)));
  const qualifies = decisions.map((d, k) =>
    baseTruth[k].map((t, i) => {
      let truth = t;
      for (const id of d.alsoRequires ?? []) {
        const other = baseTruth[decisionIndex.get(id) ?? -1]?.[i] ?? FALSE;
        if (other === FALSE) return FALSE;
        if (other === UNKNOWN) truth = UNKNOWN;
      }
      return truth;
    }),
  );

  // 2. Grant in plan order (highest first): supersession, the collective's award, quotas.
  const status: (DecisionStatus | null)[][] = decisions.map(() =>
    new Array<DecisionStatus | null>(n).fill(null),
  );
  const reason: string[][] = decisions.map(() => new Array<string>(n).fill(''));
  const supersededBy = new Map<string, number>();
  /** "<decision id>|<unit>": a higher decision that excludes it waits (for data or the collective): this one waits too. */
  const waitsOn = new Map<string, number>();
  const pendingData = (i: number) => {
    const items = unknownItems(ev, i, lang).text;
    return items ? ` (${items})` : '';
  };
  decisions.forEach((d, k) => {
    const candidates: number[] = [];
    /** Units this decision may still be granted to once their data is known: they compete for its quota. */
    const waiting: number[] = [];
    for (let i = 0; i < n; i++) {
      if (!applies[k](i)) continue;
      const parts = baseParts[k][i] ?? [];
      const failing = parts.filter((p) => p.truth === FALSE).map((p) => p.text);
      const unknown = parts.filter((p) => p.truth === UNKNOWN).map((p) => p.text);
      const set = (s: DecisionStatus, text: string) => {
        status[k][i] = s;
        reason[k][i] = text;
      };
      if (d.reviewYears && (reviewYear === undefined || !d.reviewYears.includes(reviewYear))) {
        set(
          'notThisRound',
          pick(
            lang,
            `Chỉ xét vào năm ${d.reviewYears.join(', ')}`,
            `Considered only in ${d.reviewYears.join(', ')}`,
          ),
        );
        continue;
      }
      const eligibilityUnknown = ev.eligibilityUnknown?.[i] === 1;
      if (!ev.eligible[i] && !eligibilityUnknown) {
        set(
          'ineligible',
          ev.excluded[i]
            ? pick(lang, 'Không xét thi đua', 'Not considered')
            : pick(lang, 'Chưa đủ tiêu chuẩn chung để xét khen thưởng', 'General standards not met'),
        );
        continue;
      }
      if (qualifies[k][i] === FALSE) {
        const also = (d.alsoRequires ?? []).filter(
          (id) => baseTruth[decisionIndex.get(id) ?? -1]?.[i] !== TRUE,
        );
        const texts = failing.length
          ? failing
          : also.map((id) =>
              pick(
                lang,
                `điều kiện của "${decisions[decisionIndex.get(id) ?? 0].name}"`,
                `the conditions of "${id}"`,
              ),
            );
        set('notMet', `${pick(lang, 'Chưa đạt', 'Not met')}: ${texts.join('; ')}`);
        continue;
      }
      const higher = supersededBy.get(`${d.id}|${i}`);
      if (higher !== undefined) {
        const h = decisions[higher];
        set(
          'superseded',
          pick(
            lang,
            `Đã được đề nghị "${h.name}" (hình thức cao hơn); chỉ nhận mức cao hơn`,
            `Already proposed for "${h.nameEn ?? h.name}" (higher); only the higher one is given`,
          ),
        );
        continue;
      }
      if (qualifies[k][i] === UNKNOWN || eligibilityUnknown) {
        const why = [
          ...(eligibilityUnknown
            ? [pick(lang, 'tiêu chuẩn chung chưa xét được', 'the general standards cannot be checked yet')]
            : []),
          ...(qualifies[k][i] === UNKNOWN ? unknown : []),
        ];
        set(
          'unknown',
          `${pick(lang, 'Chưa đủ dữ liệu để xét — chờ số liệu', 'Not enough data — waiting for the values')}${pendingData(i)}: ${why.join('; ') || d.alsoRequires?.join(', ')}`,
        );
        waiting.push(i);
        continue;
      }
      const above = waitsOn.get(`${d.id}|${i}`);
      if (above !== undefined) {
        const h = decisions[above];
        set(
          'unknown',
          pick(
            lang,
            `Chờ xác định "${h.name}" (hình thức cao hơn, chưa đủ dữ liệu): nếu được thì không xét hình thức này`,
            `Waiting for "${h.nameEn ?? h.name}" (higher, not decided yet): if given, this one is not`,
          ),
        );
        waiting.push(i);
        continue;
      }
      if (d.requiresCollective) {
        const j = idIndex.get(units[i].collective ?? '');
        if (j === undefined) {
          const message = pick(
            lang,
            `Không tìm thấy tập thể "${units[i].collective ?? ''}" của cá nhân trong danh sách đơn vị`,
            `The individual's collective "${units[i].collective ?? ''}" is not among the units`,
          );
          set('collectiveNotAwarded', message);
          if (!flags[i].some((f) => f.code === 'unknown-collective'))
            flags[i].push({ code: 'unknown-collective', message });
          continue;
        }
        const states = d.requiresCollective.map((id) => status[decisionIndex.get(id) ?? 0][j]);
        const cname = units[j].name ?? units[j].id;
        if (!states.includes('granted')) {
          const pendingStates = states.some((s) => s !== null && PENDING_DECISION.has(s));
          const names = d.requiresCollective
            .map((id) => decisions[decisionIndex.get(id) ?? 0].name)
            .join(' / ');
          set(
            pendingStates ? 'collectivePending' : 'collectiveNotAwarded',
            pendingStates
              ? pick(
                  lang,
                  `Tập thể "${cname}" đang chờ Hội đồng quyết định hoặc chờ số liệu (${names})`,
                  `Collective "${cname}" awaits the council or its data (${names})`,
                )
              : pick(
                  lang,
                  `Tập thể "${cname}" không được ${names}`,
                  `Collective "${cname}" is not awarded ${names}`,
                ),
          );
          if (pendingStates) waiting.push(i);
          continue;
        }
      }
      candidates.push(i);
    }
    allocate(k, candidates, waiting);
    // a decision the plan puts to the council's vote is granted only with its approval (engine/council.ts)
    councilDecisionVotes(ev, d, status[k], reason[k]);
    for (let i = 0; i < n; i++) {
      const s = status[k][i];
      if (s === 'granted' || s === 'tie' || s === 'awaitingVote') {
        for (const id of d.excludes ?? [])
          if (!supersededBy.has(`${id}|${i}`)) supersededBy.set(`${id}|${i}`, k);
      } else if (s === 'unknown' || s === 'collectivePending')
        for (const id of d.excludes ?? []) if (!waitsOn.has(`${id}|${i}`)) waitsOn.set(`${id}|${i}`, k);
    }
  });

  function orderValue(key: OrderKey, i: number): number {
    if (key.total) return ev.totals[i];
    const v = getter(i)(key.fact ?? '');
    if (!isYearSeries(v)) return keyValue(v);
    if (key.countYears) {
      const test = compiled.countYears(key);
      let count = 0;
      v.years.forEach((year, y) => {
        const one = { years: [year], values: [v.values[y]] };
        if (test(() => one) === TRUE) count++;
      });
      return count;
    }
    const year =
      key.years === 'last' ? v.years[v.years.length - 1] : key.years === 'review' ? reviewYear : key.years;
    const y = year === undefined ? -1 : v.years.indexOf(year);
    return y < 0 ? NaN : keyValue(v.values[y]);
  }

  /**
   * Grants decision k to its candidates within its quota. Units still waiting for data (`waiting`) could become
   * candidates: a candidate's grant is final only if it holds with all of them in at their best (every order key
   * in their favour) — more or better competitors never help a candidate, per collective or in total — and its
   * refusal only if it holds without them. Otherwise it waits too ('unknown').
   */
  function allocate(k: number, candidates: number[], waiting: number[]) {
    const d = decisions[k];
    const keys = d.order;
    // each candidate's key values, read once; a waiting unit's keys at their best
    const values = new Map(candidates.map((i) => [i, keys.map((key) => orderValue(key, i))]));
    // a waiting unit's keys at their best: a key not known (missing) in its favour, its total at the most it could be
    const bestKey = (key: OrderKey, i: number) => {
      if (key.total) return unc.uncertain[i] ? (key.order === 'asc' ? unc.lo[i] : unc.hi[i]) : ev.totals[i];
      const v = orderValue(key, i);
      const unread = (ev.issues.get(i) ?? []).some((x) => x.kind === 'fact' && x.id === key.fact);
      return Number.isNaN(v) || unread ? (key.order === 'asc' ? -Infinity : Infinity) : v;
    };
    for (const i of waiting)
      values.set(
        i,
        keys.map((key) => bestKey(key, i)),
      );
    const cmp = (a: number, b: number) => {
      const ka = values.get(a) ?? [];
      const kb = values.get(b) ?? [];
      for (let x = 0; x < keys.length; x++) {
        const key = keys[x];
        const va = ka[x];
        const vb = kb[x];
        if (va === vb || (Number.isNaN(va) && Number.isNaN(vb))) continue;
        if (Number.isNaN(va)) return 1;
        if (Number.isNaN(vb)) return -1;
        return key.order === 'asc' ? va - vb : vb - va;
      }
      return 0;
    };
    const byId = (a: number, b: number) =>
      units[a].id < units[b].id ? -1 : units[a].id > units[b].id ? 1 : 0;
    const keyLabel = (key: OrderKey) => {
      if (key.total) return pick(lang, 'tổng điểm', 'total');
      const f = factMap.get(key.fact ?? '');
      const label = (lang === 'en' && f?.labelEn ? f.labelEn : f?.label) ?? key.fact ?? '';
      const dir = key.order === 'asc' ? '↑' : '↓';
      if (key.countYears)
        return `${label}: ${pick(lang, 'số năm', 'years with')} ${key.countYears.op} ${String(key.countYears.value)} ${dir}`;
      if (key.years !== undefined)
        return `${label} (${key.years === 'last' ? pick(lang, 'năm cuối', 'last year') : key.years === 'review' ? pick(lang, 'năm xét', 'review year') : key.years}) ${dir}`;
      return `${label} ${dir}`;
    };
    const keyText = keys.length
      ? keys.map(keyLabel).join('; ')
      : pick(lang, '(kế hoạch không có khóa xếp thứ tự)', '(the plan sets no order)');
    type Outcome = { status: 'granted' | 'tie' | 'overQuota'; reason: string };
    const limit = (list: number[], q: number | undefined, scope: string, out: Map<number, Outcome>) => {
      if (q === undefined) return;
      const sorted = [...list].sort((a, b) => cmp(a, b) || byId(a, b));
      let pos = 0;
      for (let start = 0; start < sorted.length;) {
        let end = start + 1;
        while (end < sorted.length && cmp(sorted[start], sorted[end]) === 0) end++;
        const group = sorted.slice(start, end);
        if (pos + group.length > q)
          for (const i of group) {
            const tie = pos < q;
            out.set(i, {
              status: tie ? 'tie' : 'overQuota',
              reason: tie
                ? pick(
                    lang,
                    `${group.length} đối tượng đồng hạng ở ranh giới chỉ tiêu ${q} ${scope} (xếp theo ${keyText}) — đề nghị Hội đồng TĐKT quyết định`,
                    `${group.length} tied at the quota boundary of ${q} ${scope} (ordered by ${keyText}) — for the council`,
                  )
                : pick(
                    lang,
                    `Vượt chỉ tiêu ${q} ${scope}: xếp thứ ${pos + 1} theo ${keyText} — đề nghị Hội đồng TĐKT xem xét`,
                    `Over the quota of ${q} ${scope}: placed ${pos + 1} by ${keyText} — for the council`,
                  ),
            });
          }
        pos += group.length;
        start = end;
      }
    };
    /** The quotas applied to `list`: per collective first, then in total. */
    const run = (list: number[]): Map<number, Outcome> => {
      const out = new Map<number, Outcome>(list.map((i) => [i, { status: 'granted', reason: '' }]));
      if (d.quota?.perCollective !== undefined) {
        const groups = new Map<string, number[]>();
        for (const i of list) {
          const c = units[i].collective ?? '';
          const members = groups.get(c);
          if (members) members.push(i);
          else groups.set(c, [i]);
        }
        for (const [c, members] of groups)
          limit(members, d.quota.perCollective, pick(lang, `của tập thể ${c}`, `for collective ${c}`), out);
      }
      if (d.quota?.total !== undefined)
        limit(
          list.filter((i) => out.get(i)?.status === 'granted'),
          d.quota.total,
          pick(lang, 'của kế hoạch', 'of the plan'),
          out,
        );
      return out;
    };
    const alone = run(candidates);
    const withWaiting = waiting.length && d.quota ? run([...candidates, ...waiting]) : alone;
    const waitingNames = [...waiting]
      .sort(byId)
      .map((i) => units[i].name ?? units[i].id)
      .join(', ');
    for (const i of candidates) {
      const best = alone.get(i) as Outcome;
      const worst = withWaiting.get(i) as Outcome;
      if (worst.status === 'granted' || best.status !== 'granted') {
        const final = worst.status === 'granted' ? worst : best;
        status[k][i] = final.status;
        reason[k][i] = final.reason;
        if (final.status !== 'granted')
          flags[i].push({
            code: 'quota-exceeded',
            message: `"${lang === 'en' && d.nameEn ? d.nameEn : d.name}": ${final.reason}`,
          });
        continue;
      }
      status[k][i] = 'unknown';
      reason[k][i] = pick(
        lang,
        `Trong chỉ tiêu số lượng nếu không tính các đối tượng còn chờ số liệu (${waitingNames}); khi đủ số liệu có thể vượt chỉ tiêu — chờ xác định`,
        `Within the quota without the units still waiting for data (${waitingNames}); with their values it could fall outside — not final`,
      );
    }
  }

  // 3. Results, prize money and due dates.
  const prizeOf = (d: Decision, i: number): Pick<DecisionResult, 'prize' | 'prizeInWords' | 'prizeBasis'> => {
    if (!d.prize) return { prize: null, prizeInWords: null };
    if ('amount' in d.prize) return { prize: d.prize.amount, prizeInWords: moneyInWords(d.prize.amount) };
    const form = d.prize.statutory;
    if (!decisionDate) {
      flags[i].push({
        code: 'prize-needs-decision-date',
        message: pick(
          lang,
          `"${d.name}": cần ngày ký quyết định (awards.decisionDate hoặc options.decisionDate) để tính tiền thưởng theo luật`,
          `"${d.nameEn ?? d.name}": the decision date is needed to compute the statutory prize`,
        ),
      });
      return { prize: null, prizeInWords: null };
    }
    const out = statutoryPrize(form, { decisionDate, recipient: extras.kindOf[i] }, plan.awards.prizeTable);
    if (!out.ok) {
      flags[i].push({
        code: 'prize-not-computed',
        message: `"${lang === 'en' && d.nameEn ? d.nameEn : d.name}": ${lang === 'en' ? out.reasonEn : out.reason}`,
      });
      return { prize: null, prizeInWords: null };
    }
    if (!out.verified)
      flags[i].push({
        code: 'prize-unverified',
        message: pick(
          lang,
          `"${d.name}": hệ số ${formatNumber(out.coefficient, undefined, lang)} (${out.basis}) chưa được đối chiếu với văn bản gốc — kiểm tra trước khi trình`,
          `"${d.nameEn ?? d.name}": coefficient ${out.coefficient} (${out.basis}) is not verified against the official text`,
        ),
      });
    return {
      prize: out.amount,
      prizeInWords: out.inWords,
      prizeBasis: {
        form,
        decisionDate,
        coefficient: out.coefficient,
        baseSalary: out.baseSalary,
        basis: out.basis,
        verified: out.verified,
      },
    };
  };
  /** The prize decision d would carry for unit i, 0 when it cannot be computed (no flags: it is not granted). */
  const quietPrize = (d: Decision, i: number): number => {
    if (!d.prize) return 0;
    if ('amount' in d.prize) return d.prize.amount;
    if (!decisionDate) return 0;
    const out = statutoryPrize(
      d.prize.statutory,
      { decisionDate, recipient: extras.kindOf[i] },
      plan.awards.prizeTable,
    );
    return out.ok ? out.amount : 0;
  };
  const dueOf = (d: Decision, i: number): string | undefined => {
    if (!d.dueDate) return plan.awards.dueDate;
    if (typeof d.dueDate === 'string') return d.dueDate;
    const v = getter(i)(d.dueDate.fact);
    const due = typeof v === 'string' ? addDays(v, d.dueDate.plusDays) : undefined;
    if (due) return due;
    if (typeof v === 'string') {
      flags[i].push({
        code: 'due-date-unknown',
        factId: d.dueDate.fact,
        message: pick(
          lang,
          `"${d.name}": ${v} cộng ${d.dueDate.plusDays} ngày vượt quá năm 9999, không tính được hạn nộp hồ sơ`,
          `"${d.nameEn ?? d.name}": ${v} plus ${d.dueDate.plusDays} days is past the year 9999; no due date`,
        ),
      });
      return undefined;
    }
    flags[i].push({
      code: 'due-date-unknown',
      factId: d.dueDate.fact,
      message: pick(
        lang,
        `"${d.name}": chưa có ${factMap.get(d.dueDate.fact)?.label ?? d.dueDate.fact} để tính hạn nộp hồ sơ`,
        `"${d.nameEn ?? d.name}": ${d.dueDate.fact} is missing, so the dossier due date is unknown`,
      ),
    });
    return undefined;
  };
  const fill = (text: string, i: number) =>
    text.replace(/\{([A-Za-z0-9_-]+)\}/g, (whole, id: string) => {
      const v = getter(i)(id);
      return v === undefined || isYearSeries(v)
        ? whole
        : typeof v === 'number'
          ? formatNumber(v, undefined, lang)
          : clipFilled(String(v));
    });

  const perUnit: DecisionResult[][] = Array.from({ length: n }, () => []);
  decisions.forEach((d, k) => {
    for (let i = 0; i < n; i++) {
      const s = status[k][i];
      if (s === null) continue;
      const granted = s === 'granted';
      const positive = (baseParts[k][i] ?? []).map((p) => p.text);
      const own = fill(lang === 'en' ? (d.reasonEn ?? d.reason) : d.reason, i);
      const result: DecisionResult = {
        id: d.id,
        name: lang === 'en' && d.nameEn ? d.nameEn : d.name,
        awardForm: d.awardForm,
        granted,
        status: s,
        reason: granted ? `${own}${positive.length ? ` (${positive.join('; ')})` : ''}` : reason[k][i],
        dossierSets: d.dossierSets,
        ...(granted ? prizeOf(d, i) : { prize: null, prizeInWords: null }),
      };
      if (granted || s === 'tie' || s === 'overQuota') {
        const due = dueOf(d, i);
        if (due) result.dueDate = due;
      }
      if (s === 'unknown' || s === 'collectivePending')
        flags[i].push({
          code: s === 'unknown' ? 'pending-missing-data' : 'collective-pending',
          message: `"${result.name}": ${reason[k][i]}`,
          ...(s === 'unknown' ? { missing: unknownItems(ev, i, lang).ids } : {}),
        });
      perUnit[i].push(result);
    }
  });

  const pendingPrize = new Array<number>(n).fill(0);
  const summary: DecisionSummary[] = decisions.map((d, k) => {
    const granted: string[] = [];
    const pending: string[] = [];
    let prizeTotal = 0;
    let prizePending = 0;
    for (let i = 0; i < n; i++) {
      const s = status[k][i];
      if (s === 'granted') {
        granted.push(units[i].id);
        prizeTotal += perUnit[i].find((r) => r.id === d.id)?.prize ?? 0;
      } else if (s !== null && PENDING_DECISION.has(s)) {
        pending.push(units[i].id);
        const amount = quietPrize(d, i);
        prizePending += amount;
        pendingPrize[i] += amount;
      }
    }
    return {
      id: d.id,
      name: lang === 'en' && d.nameEn ? d.nameEn : d.name,
      awardForm: d.awardForm,
      dossierSets: d.dossierSets,
      granted: granted.sort(),
      pending: pending.sort(),
      prizePending,
      prizeTotal,
    };
  });
  return { perUnit, pendingPrize, flags, summary };
}

export { AWARD_FORM_NAMES };
