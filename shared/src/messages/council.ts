/**
 * What the council features say (decisions applied or refused, diffs, final results), Vietnamese first: the
 * catalogue of engine/council.ts, council/diff.ts and council/final.ts. Every phrase takes the same flat parameters.
 */
import type { DiffCause } from '../council/diff';
import type { Fingerprint } from '../council/snapshot';
import { formatMoney, formatNumber, formatPoints, type Lang } from '../values/format';
import { phrase } from './phrase';

export type MessageParams = Record<string, string | number>;

const s = (p: MessageParams, key: string) => String(p[key] ?? '');

/** "2024-01-05" → "05/01/2024". */
export function dmy(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** The parts of a run's fingerprint, as a diff names them. */
const PARTS: Record<keyof Fingerprint, Record<Lang, string>> = {
  planHash: { vi: 'kế hoạch', en: 'plan' },
  inputHash: { vi: 'dữ liệu', en: 'data' },
  decisionsHash: { vi: 'quyết định của Hội đồng', en: "council's decisions" },
  engineVersion: { vi: 'phiên bản phần mềm', en: 'engine version' },
};

const byCouncil = (p: MessageParams) => `Theo quyết định của Hội đồng ngày ${dmy(s(p, 'date'))}`;
const byCouncilEn = (p: MessageParams) => `By the council's decision of ${dmy(s(p, 'date'))}`;
const why = (p: MessageParams) => (p.reason ? ` — lý do: ${s(p, 'reason')}` : '');
const whyEn = (p: MessageParams) => (p.reason ? ` — reason: ${s(p, 'reason')}` : '');
const not = (p: MessageParams) => `Quyết định ${s(p, 'where')} (${s(p, 'what')}) không được áp dụng`;
const notEn = (p: MessageParams) => `Decision ${s(p, 'where')} (${s(p, 'what')}) is not applied`;

/** A unit's place in a run: its rank (0: not ranked), and its tier's name or why it has none. */
export interface UnitStanding {
  rank: number;
  award: { tier: string } | { none: 'data' | 'pending' | 'award' };
}

const NO_AWARD = {
  data: { vi: 'chờ số liệu', en: 'waiting for data' },
  pending: { vi: 'chưa xác định', en: 'pending' },
  award: { vi: 'không đạt giải', en: 'no award' },
} as const;

function standing(p: UnitStanding, lang: Lang): string {
  const vi = lang === 'vi';
  const where = p.rank ? (vi ? `hạng ${p.rank}` : `rank ${p.rank}`) : vi ? 'không xếp hạng' : 'not ranked';
  const award = 'tier' in p.award ? p.award.tier : NO_AWARD[p.award.none][lang];
  return `${where}, ${award}`;
}

/** Why an award is not settled yet (council/final.ts heldAwards). */
export type HeldWhy = 'tie' | 'data' | 'vote' | 'quota' | 'collective';

export interface FinalHeldParams {
  /** Units with an award not settled. */
  count: number;
  items: { name: string; award: string; why: HeldWhy; waitsFor: string[] }[];
  /** Prize money not final when no unit could be named (never expected; said rather than hidden). */
  pendingMoney?: number;
}

const HELD_WHY: Record<HeldWhy, Record<Lang, string>> = {
  tie: { vi: 'đồng hạng, chờ Hội đồng quyết định', en: 'tied, for the council to decide' },
  data: { vi: 'chờ số liệu', en: 'waiting for data' },
  vote: { vi: 'chờ Hội đồng bỏ phiếu', en: "waiting for the council's vote" },
  quota: { vi: 'vượt số lượng, chờ Hội đồng quyết định', en: 'over the quota, for the council to decide' },
  collective: { vi: 'chờ kết quả của tập thể', en: "waiting for its collective's result" },
};

/** At most this many awards are named one by one; the rest are counted. */
const HELD_SHOWN = 20;

function heldList(p: FinalHeldParams, lang: Lang): string {
  const vi = lang === 'vi';
  // one entry per unit and cause: "Xã A: Giải Nhất, Giải Nhì (chờ số liệu của Xã B)"
  const groups = new Map<string, { name: string; awards: string[]; why: HeldWhy; waitsFor: string[] }>();
  for (const i of p.items) {
    const k = JSON.stringify([i.name, i.why, i.waitsFor]);
    const g = groups.get(k) ?? { name: i.name, awards: [], why: i.why, waitsFor: i.waitsFor };
    if (!g.awards.includes(i.award)) g.awards.push(i.award);
    groups.set(k, g);
  }
  const all = [...groups.values()];
  const items = all.slice(0, HELD_SHOWN).map((g) => {
    const of =
      g.why === 'data' && g.waitsFor.length ? `${vi ? ' của ' : ' of '}${g.waitsFor.join(', ')}` : '';
    return `${g.name}: ${g.awards.join(', ')} (${HELD_WHY[g.why][lang]}${of})`;
  });
  const more = all.length - HELD_SHOWN;
  if (more > 0) items.push(vi ? `và ${more} trường hợp khác` : `and ${more} more`);
  if (!p.items.length && p.pendingMoney)
    items.push(
      vi
        ? `tiền thưởng chưa xác định ${formatMoney(p.pendingMoney, 'vi')} đ`
        : `prize money not final ${formatMoney(p.pendingMoney, 'en')} VND`,
    );
  return items.join('; ');
}

const figure = (n: number | null, lang: Lang, points: boolean) =>
  n === null ? '—' : points ? formatPoints(n, lang) : formatNumber(n, undefined, lang);

/** "tiêu chí 16: 0 → 5 điểm; không còn đủ điều kiện xét (…)" — why a unit moved between two runs. */
function causeText(c: DiffCause, lang: Lang): string {
  const vi = lang === 'vi';
  switch (c.kind) {
    case 'points':
      return vi
        ? `tiêu chí ${c.number}: ${figure(c.from, lang, true)} → ${figure(c.to, lang, true)} điểm`
        : `criterion ${c.number}: ${figure(c.from, lang, true)} → ${figure(c.to, lang, true)} points`;
    case 'target':
      return vi
        ? `chỉ tiêu ${c.number}: ${figure(c.from, lang, false)} → ${figure(c.to, lang, false)}`
        : `target ${c.number}: ${figure(c.from, lang, false)} → ${figure(c.to, lang, false)}`;
    case 'eligible': {
      const why = c.reasons.length ? ` (${c.reasons.join('; ')})` : '';
      if (c.from && !c.to) return vi ? `không còn đủ điều kiện xét${why}` : `no longer eligible${why}`;
      if (!c.from && c.to)
        return vi
          ? `nay đủ điều kiện xét (trước: ${c.reasons.join('; ')})`
          : `now eligible (before: ${c.reasons.join('; ')})`;
      return vi
        ? `lý do chưa đủ điều kiện nay là: ${c.reasons.join('; ')}`
        : `not eligible, now because: ${c.reasons.join('; ')}`;
    }
    case 'council': {
      const parts: string[] = [];
      if (c.added.length) parts.push(c.added.join('; '));
      if (c.removed.length)
        parts.push(
          vi ? `không còn áp dụng: ${c.removed.join('; ')}` : `no longer applied: ${c.removed.join('; ')}`,
        );
      return parts.join('; ');
    }
    case 'plan':
      return vi
        ? 'điểm của đơn vị không đổi; kế hoạch thay đổi (thang điểm, giải hoặc tiền thưởng)'
        : "the unit's points did not change; the plan did (scale, awards or prize money)";
    case 'moved':
      return vi ? `chuyển từ ${c.from} sang ${c.to}` : `moved from ${c.from} to ${c.to}`;
    case 'others':
      return vi
        ? 'điểm của đơn vị không đổi; thay đổi do điểm hoặc quyết định của đơn vị khác'
        : "the unit's points did not change; other units' points or decisions did";
    case 'unknown':
      return vi
        ? 'không so sánh được từng tiêu chí (một lần chấm do phiên bản trước lưu)'
        : 'criteria cannot be compared (one run was saved by an earlier version)';
  }
}

export const COUNCIL_PHRASES = {
  'council-tie-chosen': phrase<MessageParams>({
    vi: (p) =>
      `${byCouncil(p)}: nhận ${s(p, 'award')} trong trường hợp đồng hạng ${s(p, 'rank')} (${s(p, 'tied')})${why(p)}`,
    en: (p) =>
      `${byCouncilEn(p)}: takes ${s(p, 'award')} in the tie at rank ${s(p, 'rank')} (${s(p, 'tied')})${whyEn(p)}`,
  }),
  'council-tie-rest': phrase<MessageParams>({
    vi: (p) =>
      `${byCouncil(p)} (${s(p, 'chosen')}): đơn vị nhận suất còn lại của trường hợp đồng hạng — ${s(p, 'award')}`,
    en: (p) =>
      `${byCouncilEn(p)} (${s(p, 'chosen')}): the unit takes the tie's remaining place — ${s(p, 'award')}`,
  }),
  'council-tie-lost': phrase<MessageParams>({
    vi: (p) =>
      `${byCouncil(p)}: các suất của trường hợp đồng hạng được trao cho ${s(p, 'chosen')}; đơn vị không nhận giải`,
    en: (p) => `${byCouncilEn(p)}: the tie's places go to ${s(p, 'chosen')}; the unit gets no award`,
  }),
  'council-tie-open': phrase<MessageParams>({
    vi: (p) =>
      `${byCouncil(p)}: ${s(p, 'chosen')}; các suất còn lại (${s(p, 'left')}) vẫn chờ Hội đồng quyết định`,
    en: (p) =>
      `${byCouncilEn(p)}: ${s(p, 'chosen')}; the remaining places (${s(p, 'left')}) still wait for the council`,
  }),
  'council-missing-zero': phrase<MessageParams>({
    vi: (p) => `${byCouncil(p)}: giá trị thiếu hoặc chưa đọc được (${s(p, 'items')}) tính 0 điểm${why(p)}`,
    en: (p) => `${byCouncilEn(p)}: the missing or unread values (${s(p, 'items')}) score 0${whyEn(p)}`,
  }),
  'council-missing-hold': phrase<MessageParams>({
    vi: (p) =>
      `${byCouncil(p)}: chờ số liệu (${s(p, 'items')}), các giải có thể thay đổi được giữ lại${why(p)}`,
    en: (p) =>
      `${byCouncilEn(p)}: wait for the values (${s(p, 'items')}); the awards they could change are held${whyEn(p)}`,
  }),
  'council-excluded': phrase<MessageParams>({
    vi: (p) => `${byCouncil(p)}: không xét thi đua — căn cứ ${s(p, 'rule')}${why(p)}`,
    en: (p) => `${byCouncilEn(p)}: not considered — under ${s(p, 'rule')}${whyEn(p)}`,
  }),
  'council-included': phrase<MessageParams>({
    vi: (p) =>
      `${byCouncil(p)}: được xét thi đua (thay cho: ${s(p, 'overridden')}) — căn cứ ${s(p, 'rule')}${why(p)}`,
    en: (p) =>
      `${byCouncilEn(p)}: considered (instead of: ${s(p, 'overridden')}) — under ${s(p, 'rule')}${whyEn(p)}`,
  }),
  'council-vote-passed': phrase<MessageParams>({
    vi: (p) =>
      `${byCouncil(p)}: ${s(p, 'award')} được ${s(p, 'votesFor')}/${s(p, 'members')} thành viên đồng ý (${s(p, 'share')}%, cần từ ${s(p, 'need')}%)`,
    en: (p) =>
      `${byCouncilEn(p)}: ${s(p, 'award')} approved by ${s(p, 'votesFor')}/${s(p, 'members')} members (${s(p, 'share')}%, needs ${s(p, 'need')}%)`,
  }),
  'council-vote-failed': phrase<MessageParams>({
    vi: (p) =>
      `${byCouncil(p)}: ${s(p, 'award')} chỉ được ${s(p, 'votesFor')}/${s(p, 'members')} thành viên đồng ý (${s(p, 'share')}%), chưa đủ ${s(p, 'need')}% — không đề nghị`,
    en: (p) =>
      `${byCouncilEn(p)}: ${s(p, 'award')} approved by only ${s(p, 'votesFor')}/${s(p, 'members')} members (${s(p, 'share')}%), below ${s(p, 'need')}% — not proposed`,
  }),
  'council-vote-needed': phrase<MessageParams>({
    vi: (p) =>
      `${s(p, 'award')}: kế hoạch yêu cầu từ ${s(p, 'need')}% thành viên Hội đồng đồng ý — chờ Hội đồng bỏ phiếu (ghi kết quả vào trang "Quyết định của Hội đồng")`,
    en: (p) =>
      `${s(p, 'award')}: the plan requires ${s(p, 'need')}% of the council's members to approve — waiting for the council's vote (record it on the "Quyết định của Hội đồng" sheet)`,
  }),
  'council-unit-unknown': phrase<MessageParams>({
    vi: (p) =>
      `${not(p)}: không có đơn vị "${s(p, 'unit')}" trong dữ liệu lần này` +
      (p.near ? ` (gần giống tên "${s(p, 'near')}" trong dữ liệu: sửa tên đơn vị cho đúng)` : ''),
    en: (p) =>
      `${notEn(p)}: there is no unit "${s(p, 'unit')}" in this run's data` +
      (p.near ? ` (close to "${s(p, 'near')}" in the data: correct the unit's name)` : ''),
  }),
  'council-decision-again': phrase<MessageParams>({
    vi: (p) => ` — quyết định này cũng được ghi ở ${s(p, 'others')}: giữ một dòng cho mỗi quyết định`,
    en: (p) => ` — this decision is also written at ${s(p, 'others')}: keep one row per decision`,
  }),
  'council-unit-other-block': phrase<MessageParams>({
    vi: (p) =>
      `${not(p)}: "${s(p, 'unit')}" không thuộc khối "${s(p, 'block')}" mà thuộc ${s(p, 'blocks')} — sửa khối cho đúng`,
    en: (p) =>
      `${notEn(p)}: "${s(p, 'unit')}" is not in block "${s(p, 'block')}" but in ${s(p, 'blocks')} — correct the block`,
  }),
  'council-unit-ambiguous': phrase<MessageParams>({
    vi: (p) =>
      `${not(p)}: "${s(p, 'unit')}" khớp nhiều đơn vị (${s(p, 'matches')}) — ghi mã đơn vị hoặc khối`,
    en: (p) =>
      `${notEn(p)}: "${s(p, 'unit')}" matches several units (${s(p, 'matches')}) — give the unit id or block`,
  }),
  'council-award-unknown': phrase<MessageParams>({
    vi: (p) => `${not(p)}: kế hoạch không có giải hoặc hình thức "${s(p, 'award')}" (có: ${s(p, 'known')})`,
    en: (p) => `${notEn(p)}: the plan has no award "${s(p, 'award')}" (it has: ${s(p, 'known')})`,
  }),
  'council-tie-gone': phrase<MessageParams>({
    vi: (p) =>
      `${not(p)}: ${s(p, 'name')} không còn đồng hạng ở ranh giới giải (lần chấm này: ${s(p, 'now')}) — dữ liệu đã thay đổi từ khi Hội đồng quyết định`,
    en: (p) =>
      `${notEn(p)}: ${s(p, 'name')} is no longer tied at a tier boundary (this run: ${s(p, 'now')}) — the data changed since the decision`,
  }),
  'council-tie-with-unknown': phrase<MessageParams>({
    vi: (p) =>
      `${not(p)}: đơn vị đồng hạng "${s(p, 'other')}" mà Hội đồng đã so sánh ${s(p, 'matches') ? `khớp nhiều đơn vị (${s(p, 'matches')})` : 'không có trong dữ liệu lần này'}`,
    en: (p) =>
      `${notEn(p)}: the tied unit "${s(p, 'other')}" the council compared ${s(p, 'matches') ? `matches several units (${s(p, 'matches')})` : "is not in this run's data"}`,
  }),
  'council-tie-members-changed': phrase<MessageParams>({
    vi: (p) =>
      `${not(p)}: Hội đồng đã so sánh ${s(p, 'name')} với ${s(p, 'compared')}, nhưng lần chấm này ${s(p, 'name')} đồng hạng với ${s(p, 'now')} — dữ liệu đã thay đổi, Hội đồng cần quyết định lại`,
    en: (p) =>
      `${notEn(p)}: the council compared ${s(p, 'name')} with ${s(p, 'compared')}, but in this run ${s(p, 'name')} is tied with ${s(p, 'now')} — the data changed; the council must decide again`,
  }),
  'council-tie-no-slot': phrase<MessageParams>({
    vi: (p) =>
      `${not(p)}: trường hợp đồng hạng của ${s(p, 'name')} không có suất ${s(p, 'award')} (các suất: ${s(p, 'slots')})`,
    en: (p) =>
      `${notEn(p)}: the tie of ${s(p, 'name')} has no place of ${s(p, 'award')} (its places: ${s(p, 'slots')})`,
  }),
  'council-tie-over-slots': phrase<MessageParams>({
    vi: (p) =>
      `${not(p)}: chọn ${s(p, 'chosen')} đơn vị (${s(p, 'names')}) cho ${s(p, 'slots')} suất ${s(p, 'award')} của trường hợp đồng hạng — nhiều hơn số suất`,
    en: (p) =>
      `${notEn(p)}: ${s(p, 'chosen')} units chosen (${s(p, 'names')}) for ${s(p, 'slots')} place(s) of ${s(p, 'award')} in the tie — more than its places`,
  }),
  'council-tie-held': phrase<MessageParams>({
    vi: (p) =>
      `${not(p)}: trường hợp đồng hạng còn chờ số liệu của ${s(p, 'units')}; bổ sung số liệu hoặc quyết định về giá trị thiếu trước`,
    en: (p) =>
      `${notEn(p)}: the tie still waits for the values of ${s(p, 'units')}; supply them or decide on the missing values first`,
  }),
  'council-missing-nothing': phrase<MessageParams>({
    vi: (p) =>
      `${not(p)}: đơn vị ${s(p, 'name')} không còn giá trị thiếu, không hợp lệ hoặc chưa rõ${s(p, 'facts') ? ` ở tiêu chí (chỉ còn dữ kiện ${s(p, 'facts')}: dữ kiện luôn chờ số liệu)` : ''}`,
    en: (p) =>
      `${notEn(p)}: ${s(p, 'name')} has no missing, invalid or unclear value left${s(p, 'facts') ? ` in its criteria (only facts ${s(p, 'facts')}, which always wait)` : ''}`,
  }),
  'council-already-excluded': phrase<MessageParams>({
    vi: (p) => `${not(p)}: ${s(p, 'name')} đã không được xét thi đua theo kế hoạch (${s(p, 'why')})`,
    en: (p) => `${notEn(p)}: ${s(p, 'name')} is already not considered under the plan (${s(p, 'why')})`,
  }),
  'council-already-eligible': phrase<MessageParams>({
    vi: (p) => `${not(p)}: ${s(p, 'name')} đã đủ điều kiện xét theo kế hoạch — không có gì để thay`,
    en: (p) => `${notEn(p)}: ${s(p, 'name')} is already considered under the plan — nothing to override`,
  }),
  'council-unit-no-block': phrase<MessageParams>({
    vi: (p) => `${not(p)}: đơn vị ${s(p, 'name')} không thuộc khối nào của kế hoạch`,
    en: (p) => `${notEn(p)}: ${s(p, 'name')} is in no block of the plan`,
  }),
  'council-vote-not-required': phrase<MessageParams>({
    vi: (p) =>
      `${not(p)}: kế hoạch không yêu cầu bỏ phiếu cho ${s(p, 'award')} (tham số awards.voteShare, awards.voteFor)`,
    en: (p) =>
      `${notEn(p)}: the plan requires no vote for ${s(p, 'award')} (parameters awards.voteShare, awards.voteFor)`,
  }),
  'council-vote-not-candidate': phrase<MessageParams>({
    vi: (p) =>
      `${not(p)}: ${s(p, 'name')} không được đề nghị ${s(p, 'award')} ở lần chấm này (${s(p, 'now')})`,
    en: (p) =>
      `${notEn(p)}: ${s(p, 'name')} is not proposed for ${s(p, 'award')} in this run (${s(p, 'now')})`,
  }),
  'council-conflict': phrase<MessageParams>({
    vi: (p) =>
      `${not(p)}: mâu thuẫn với quyết định ${s(p, 'others')} cho cùng đơn vị — giữ một quyết định rồi chấm lại`,
    en: (p) =>
      `${notEn(p)}: it contradicts decision ${s(p, 'others')} for the same unit — keep one and score again`,
  }),
  'council-not-applied': phrase<MessageParams>({
    vi: (p) => `${not(p)} ở lần chấm này`,
    en: (p) => `${notEn(p)} in this run`,
  }),
  'diff-same': phrase<MessageParams>({
    vi: () => 'Hai lần chấm giống nhau: cùng kế hoạch, dữ liệu, quyết định, phiên bản và kết quả.',
    en: () => 'The two runs are the same: same plan, data, decisions, version and results.',
  }),
  'diff-fingerprint': phrase<MessageParams>({
    vi: (p) => `Khác nhau ở: ${s(p, 'parts')}`,
    en: (p) => `What differs: ${s(p, 'parts')}`,
  }),
  'diff-part': phrase<{ part: keyof Fingerprint }>({
    vi: (p) => PARTS[p.part].vi,
    en: (p) => PARTS[p.part].en,
  }),
  /** What differs when the fingerprint does not: the results themselves. */
  'diff-results': phrase({ vi: () => 'kết quả', en: () => 'results' }),
  'diff-no-hash': phrase({ vi: () => 'không có', en: () => 'none' }),
  'diff-not-in-run': phrase({ vi: () => 'không có trong lần chấm', en: () => 'not in the run' }),
  'diff-award-pending': phrase({ vi: () => 'chưa xác định', en: () => 'pending' }),
  'diff-no-award': phrase({ vi: () => 'không đạt giải', en: () => 'no award' }),
  'diff-gained': phrase<MessageParams>({
    vi: (p) => `Được giải: ${s(p, 'name')} — ${s(p, 'to')} (trước: ${s(p, 'from')})`,
    en: (p) => `Gains: ${s(p, 'name')} — ${s(p, 'to')} (before: ${s(p, 'from')})`,
  }),
  'diff-lost': phrase<MessageParams>({
    vi: (p) => `Mất giải: ${s(p, 'name')} — ${s(p, 'from')} → ${s(p, 'to')}`,
    en: (p) => `Loses: ${s(p, 'name')} — ${s(p, 'from')} → ${s(p, 'to')}`,
  }),
  'diff-changed': phrase<MessageParams>({
    vi: (p) => `Đổi giải: ${s(p, 'name')} — ${s(p, 'from')} → ${s(p, 'to')}`,
    en: (p) => `Changes: ${s(p, 'name')} — ${s(p, 'from')} → ${s(p, 'to')}`,
  }),
  'diff-rank': phrase<MessageParams>({
    vi: (p) =>
      `Thứ hạng: ${s(p, 'name')} hạng ${s(p, 'from')} → ${s(p, 'to')} (${s(p, 'totalFrom')} → ${s(p, 'totalTo')} điểm)`,
    en: (p) =>
      `Rank: ${s(p, 'name')} ${s(p, 'from')} → ${s(p, 'to')} (${s(p, 'totalFrom')} → ${s(p, 'totalTo')} points)`,
  }),
  /** Only the total moved: the rank did not. */
  'diff-total-points': phrase<MessageParams>({
    vi: (p) =>
      `Tổng điểm: ${s(p, 'name')} ${s(p, 'totalFrom')} → ${s(p, 'totalTo')} điểm (hạng không đổi: ${s(p, 'rank')})`,
    en: (p) =>
      `Total: ${s(p, 'name')} ${s(p, 'totalFrom')} → ${s(p, 'totalTo')} points (rank unchanged: ${s(p, 'rank')})`,
  }),
  'diff-moved': phrase<MessageParams>({
    vi: (p) => `Chuyển khối: ${s(p, 'name')} (mã ${s(p, 'id')}) — ${s(p, 'from')} → ${s(p, 'to')}`,
    en: (p) => `Moved: ${s(p, 'name')} (id ${s(p, 'id')}) — ${s(p, 'from')} → ${s(p, 'to')}`,
  }),
  'diff-renamed': phrase<MessageParams>({
    vi: (p) => `Đổi tên: ${s(p, 'from')} → ${s(p, 'to')} (mã ${s(p, 'id')})`,
    en: (p) => `Renamed: ${s(p, 'from')} → ${s(p, 'to')} (id ${s(p, 'id')})`,
  }),
  /** Appended to a unit's line of a diff: why it moved. */
  'diff-why': phrase<{ causes: DiffCause[] }>({
    vi: (p) => ` — vì: ${p.causes.map((c) => causeText(c, 'vi')).join('; ')}`,
    en: (p) => ` — because: ${p.causes.map((c) => causeText(c, 'en')).join('; ')}`,
  }),
  'diff-eligible': phrase<MessageParams>({
    vi: (p) => `Điều kiện xét: ${s(p, 'name')} — ${s(p, 'from')} → ${s(p, 'to')}`,
    en: (p) => `Eligibility: ${s(p, 'name')} — ${s(p, 'from')} → ${s(p, 'to')}`,
  }),
  'diff-eligible-yes': phrase({ vi: () => 'đủ điều kiện xét', en: () => 'eligible' }),
  'diff-eligible-no': phrase({ vi: () => 'không đủ điều kiện xét', en: () => 'not eligible' }),
  'diff-added': phrase<MessageParams>({
    vi: (p) => `Đơn vị mới: ${s(p, 'name')}`,
    en: (p) => `New unit: ${s(p, 'name')}`,
  }),
  'diff-removed': phrase<MessageParams>({
    vi: (p) => `Đơn vị không còn: ${s(p, 'name')}`,
    en: (p) => `Unit gone: ${s(p, 'name')}`,
  }),
  'diff-money': phrase<MessageParams>({
    vi: (p) =>
      `Tiền thưởng — ${s(p, 'block')}, ${s(p, 'award')}: ${s(p, 'countFrom')} giải, ${s(p, 'from')} → ${s(p, 'countTo')} giải, ${s(p, 'to')} (${s(p, 'delta')})`,
    en: (p) =>
      `Prize money — ${s(p, 'block')}, ${s(p, 'award')}: ${s(p, 'countFrom')} award(s), ${s(p, 'from')} → ${s(p, 'countTo')}, ${s(p, 'to')} (${s(p, 'delta')})`,
  }),
  'diff-total': phrase<MessageParams>({
    vi: (p) => `Tổng tiền thưởng: ${s(p, 'from')} → ${s(p, 'to')} (${s(p, 'delta')})`,
    en: (p) => `Total prize money: ${s(p, 'from')} → ${s(p, 'to')} (${s(p, 'delta')})`,
  }),
  'diff-pending': phrase<MessageParams>({
    vi: (p) => `Tiền thưởng chưa xác định: ${s(p, 'from')} → ${s(p, 'to')}`,
    en: (p) => `Prize money not final: ${s(p, 'from')} → ${s(p, 'to')}`,
  }),
  'final-same': phrase<MessageParams>({
    vi: (p) =>
      `KẾT QUẢ CHÍNH THỨC — Hội đồng chốt ngày ${s(p, 'at')}${p.by ? ` (${s(p, 'by')})` : ''}; dấu nhận biết: ${s(p, 'stamp')}`,
    en: (p) =>
      `FINAL RESULTS — marked final by the council on ${s(p, 'at')}${p.by ? ` (${s(p, 'by')})` : ''}; fingerprint: ${s(p, 'stamp')}`,
  }),
  'final-differs': phrase<MessageParams>({
    vi: (p) =>
      `CHƯA PHẢI KẾT QUẢ CHÍNH THỨC: khác với kết quả Hội đồng chốt ngày ${s(p, 'at')} ở ${s(p, 'parts')}; kết quả chính thức vẫn là bản đã chốt`,
    en: (p) =>
      `NOT THE FINAL RESULTS: they differ from those marked final on ${s(p, 'at')} in ${s(p, 'parts')}; the final record stays as marked`,
  }),
  'final-none': phrase<MessageParams>({
    vi: (p) => `Chưa chốt kết quả chính thức; dấu nhận biết: ${s(p, 'stamp')}`,
    en: (p) => `Not marked final; fingerprint: ${s(p, 'stamp')}`,
  }),
  'final-exists': phrase<MessageParams>({
    vi: (p) =>
      `Sổ đã có kết quả chính thức chốt ngày ${s(p, 'at')}, khác với lần chấm này (${s(p, 'parts')}). Không thay kết quả chính thức khi chưa được yêu cầu rõ: thêm --replace-final (hoặc chọn "Thay kết quả chính thức đã chốt" trong phần bổ trợ) nếu Hội đồng đã quyết định chốt lại.`,
    en: (p) =>
      `The workbook already has final results marked on ${s(p, 'at')}, different from this run (${s(p, 'parts')}). The final record is not replaced unless asked: add --replace-final (or tick "Replace the final results" in the pane) if the council decided to mark these final.`,
  }),
  /** Marking final is refused while any award is not settled: each one named, with what it waits for. */
  'final-held': phrase<FinalHeldParams>({
    vi: (p) =>
      `Chưa chốt được kết quả chính thức: còn ${p.count} đơn vị có giải chưa xác định — ${heldList(p, 'vi')}. Hội đồng quyết định các trường hợp này (trang "Quyết định của Hội đồng") hoặc bổ sung số liệu, chấm lại rồi mới chốt.`,
    en: (p) =>
      `The results cannot be marked final: ${p.count} unit(s) have awards not settled — ${heldList(p, 'en')}. Record the council's decisions (sheet "Quyết định của Hội đồng") or supply the data, score again, then mark them final.`,
  }),
  /** Marking final is refused while any of the council's decisions was not applied as written: each one named. */
  'final-refused-decisions': phrase<{ items: string[] }>({
    vi: (p) =>
      `Chưa chốt được kết quả chính thức: ${p.items.length} quyết định của Hội đồng không được áp dụng như đã ghi — ${p.items.join('; ')}. Hội đồng xem lại các quyết định này (sửa hoặc xoá dòng trên trang "Quyết định của Hội đồng"), chấm lại rồi mới chốt.`,
    en: (p) =>
      `The results cannot be marked final: ${p.items.length} council decision(s) were not applied as written — ${p.items.join('; ')}. Review these decisions (correct or delete their rows on the "Quyết định của Hội đồng" sheet), score again, then mark the results final.`,
  }),
  'final-decision-after': phrase<MessageParams>({
    vi: (p) =>
      `Quyết định ${s(p, 'where')} cho ${s(p, 'unit')} ghi ngày ${dmy(s(p, 'date'))}, sau ngày chốt kết quả (${dmy(s(p, 'today'))}) — kiểm tra lại ngày quyết định`,
    en: (p) =>
      `Decision ${s(p, 'where')} for ${s(p, 'unit')} is dated ${dmy(s(p, 'date'))}, after the day the results are marked final (${dmy(s(p, 'today'))}) — check its date`,
  }),
  'final-decision-twice': phrase<MessageParams>({
    vi: (p) =>
      `Quyết định ${s(p, 'where')} (${s(p, 'what')}) cho ${s(p, 'unit')} được ghi lại ở ${s(p, 'others')} — giữ một dòng cho mỗi quyết định`,
    en: (p) =>
      `Decision ${s(p, 'where')} (${s(p, 'what')}) for ${s(p, 'unit')} is written again at ${s(p, 'others')} — keep one row per decision`,
  }),
  /** Appended to the refusal of a unit name not in the data, when one unit's name is within two slips of it. */
  // the words the decisions' messages are built of
  'council.kind.tie': phrase({ vi: () => 'chọn đơn vị đồng hạng', en: () => 'tie' }),
  'council.kind.missing-zero': phrase({
    vi: () => 'tính 0 điểm giá trị thiếu',
    en: () => 'score missing values 0',
  }),
  'council.kind.missing-hold': phrase({ vi: () => 'chờ số liệu', en: () => 'wait for the values' }),
  'council.kind.exclude': phrase({ vi: () => 'không xét thi đua', en: () => 'exclude' }),
  'council.kind.include': phrase({ vi: () => 'xét thi đua', en: () => 'include' }),
  'council.kind.vote': phrase({ vi: () => 'kết quả bỏ phiếu', en: () => 'vote' }),
  /** Where a unit stands in this run: "hạng 2, Giải Nhì", "không xếp hạng, chờ số liệu". */
  'council.standing': phrase<UnitStanding>({ vi: (p) => standing(p, 'vi'), en: (p) => standing(p, 'en') }),
  'council.not-granted': phrase({ vi: () => 'không được đề nghị', en: () => 'not granted' }),
  /** Put in place of the engine's "scored 0 by the plan" when the council's rule scores a missing value 0. */
  /** "10.000.000 đ" (vi), "10,000,000 VND" (en). */
  'council.money': phrase<{ dong: number }>({
    vi: (p) => `${formatMoney(p.dong, 'vi')} đ`,
    en: (p) => `${formatMoney(p.dong, 'en')} VND`,
  }),
  /** A run's fingerprint on one line: each hash already shortened. */
  'council.stamp': phrase<{ plan: string; data: string; decisions: string; engine: string }>({
    vi: (p) => `kế hoạch ${p.plan}, dữ liệu ${p.data}, quyết định ${p.decisions}, phần mềm ${p.engine}`,
    en: (p) => `plan ${p.plan}, data ${p.data}, decisions ${p.decisions}, engine ${p.engine}`,
  }),
  'council.zero-by-council': phrase<{ date: string }>({
    vi: (p) => `, tính 0 điểm theo quyết định của Hội đồng ngày ${dmy(p.date)}`,
    en: (p) => `, scored 0 by the council's decision of ${dmy(p.date)}`,
  }),
};
