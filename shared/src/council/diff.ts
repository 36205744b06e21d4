/**
 * What changes between two runs — before and after a plan edit, a data correction or a council decision: who gains
 * or loses an award, whose award changes, rank moves, money per award and in total, and which part of the
 * fingerprint differs. A run compared with itself gives an empty diff.
 */
import { formatPoints, type Lang } from '../values';
import { render, say as message, word } from '../messages';
import { renderCouncil } from './messages';
import type { Fingerprint, RunSnapshot, SnapshotAward, SnapshotUnit } from './snapshot';

export interface AwardState {
  awards: SnapshotAward[];
  pending: string[];
}

/**
 * Why a unit's standing moved between two runs: its own points or target values, its eligibility, the council's
 * decisions that touch it — or nothing of its own (others moved around it, or the plan changed).
 */
export type DiffCause =
  | { kind: 'points'; id: string; number: string; from: number | null; to: number | null }
  | { kind: 'target'; id: string; number: string; from: number | null; to: number | null }
  | { kind: 'eligible'; from: boolean; to: boolean; reasons: string[] }
  | { kind: 'council'; added: string[]; removed: string[] }
  | { kind: 'plan' }
  /** Moved to another block (khối): ranked among other units. */
  | { kind: 'moved'; from: string; to: string }
  | { kind: 'others' }
  /** One of the runs was saved by an earlier version, without the unit's points. */
  | { kind: 'unknown' };

export interface UnitChange {
  id: string;
  name: string;
  block: string;
  from: AwardState | null;
  to: AwardState | null;
  why: DiffCause[];
}

export interface RankMove {
  id: string;
  name: string;
  block: string;
  from: number | null;
  to: number | null;
  totalFrom: number;
  totalTo: number;
  eligibleFrom: boolean;
  eligibleTo: boolean;
  why: DiffCause[];
}

export interface MoneyLine {
  block: string;
  award: string;
  name: string;
  countFrom: number;
  countTo: number;
  from: number;
  to: number;
}

/** A unit found under the same id in another block of the later run (moved to another khối). */
export interface BlockMove {
  id: string;
  name: string;
  fromBlock: string;
  toBlock: string;
}

/** A unit whose name changed under the same id and block. */
export interface Rename {
  id: string;
  block: string;
  from: string;
  to: string;
}

export interface RunDiff {
  /** Nothing differs: same fingerprint, same results. */
  same: boolean;
  fingerprint: { part: keyof Fingerprint; from: string | null; to: string | null }[];
  gained: UnitChange[];
  lost: UnitChange[];
  changed: UnitChange[];
  ranks: RankMove[];
  added: SnapshotUnit[];
  removed: SnapshotUnit[];
  /** Units moved to another block: compared with themselves, never listed as one gone and one new. */
  moved: BlockMove[];
  renamed: Rename[];
  money: MoneyLine[];
  total: { from: number; to: number };
  pending: { from: number; to: number };
}

const key = (a: SnapshotAward) => `${a.id}:${a.prize ?? ''}`;
const awardKey = (s: AwardState) => `${s.awards.map(key).join('|')}#${[...s.pending].sort().join('|')}`;
const state = (u: SnapshotUnit): AwardState => ({ awards: u.awards, pending: u.pending });
const byBlockId = <T extends { block: string; id: string }>(a: T, b: T) =>
  a.block < b.block ? -1 : a.block > b.block ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

const sameNumber = (x: number | null | undefined, y: number | null | undefined) =>
  (x ?? null) === (y ?? null) || (typeof x === 'number' && typeof y === 'number' && Math.abs(x - y) < 1e-9);

/** Each keyed figure that differs, in the order the later run lists them, then the ones it no longer has. */
function changedFigures<T extends number | null>(
  from: Record<string, T>,
  to: Record<string, T>,
): { id: string; from: T | null; to: T | null }[] {
  const ids = [...Object.keys(to), ...Object.keys(from).filter((k) => !Object.hasOwn(to, k))];
  return ids
    .filter((id) => !sameNumber(from[id], to[id]))
    .map((id) => ({
      id,
      from: Object.hasOwn(from, id) ? from[id] : null,
      to: Object.hasOwn(to, id) ? to[id] : null,
    }));
}

/** Why a unit present in both runs stands differently. */
function causesOf(old: SnapshotUnit, now: SnapshotUnit, a: RunSnapshot, b: RunSnapshot): DiffCause[] {
  if (!old.points || !now.points) return [{ kind: 'unknown' }];
  const number = (id: string) => b.numbers?.[id] ?? a.numbers?.[id] ?? id;
  const why: DiffCause[] = [];
  for (const c of changedFigures(old.points, now.points))
    why.push({ kind: 'points', id: c.id, number: number(c.id), from: c.from, to: c.to });
  for (const t of changedFigures(old.targets ?? {}, now.targets ?? {}))
    why.push({ kind: 'target', id: t.id, number: number(t.id), from: t.from, to: t.to });
  const reasonsFrom = old.reasons ?? [];
  const reasonsTo = now.reasons ?? [];
  if (old.eligible !== now.eligible || reasonsFrom.join('\n') !== reasonsTo.join('\n'))
    why.push({
      kind: 'eligible',
      from: old.eligible,
      to: now.eligible,
      reasons: now.eligible ? reasonsFrom : reasonsTo,
    });
  const had = new Set(old.council ?? []);
  const has = new Set(now.council ?? []);
  const added = [...has].filter((m) => !had.has(m));
  const removed = [...had].filter((m) => !has.has(m));
  if (added.length || removed.length) why.push({ kind: 'council', added, removed });
  if (!why.length)
    why.push(a.fingerprint.planHash !== b.fingerprint.planHash ? { kind: 'plan' } : { kind: 'others' });
  return why;
}

export function diffRuns(a: RunSnapshot, b: RunSnapshot): RunDiff {
  const parts: (keyof Fingerprint)[] = ['planHash', 'inputHash', 'decisionsHash', 'engineVersion'];
  const fingerprint = parts
    .filter((p) => a.fingerprint[p] !== b.fingerprint[p])
    .map((part) => ({ part, from: a.fingerprint[part], to: b.fingerprint[part] }));
  const unitKey = (u: SnapshotUnit) => `${u.block}\u0000${u.id}`;
  const before = new Map(a.units.map((u) => [unitKey(u), u]));
  const after = new Map(b.units.map((u) => [unitKey(u), u]));
  const gained: UnitChange[] = [];
  const lost: UnitChange[] = [];
  const changed: UnitChange[] = [];
  const ranks: RankMove[] = [];
  let removed = a.units.filter((u) => !after.has(unitKey(u))).sort(byBlockId);
  let added = b.units.filter((u) => !before.has(unitKey(u))).sort(byBlockId);
  // a unit gone from one block and new in another under the same id moved: it is compared with itself (an id
  // found more than once on either side is not paired — never guessed)
  const once = (units: SnapshotUnit[]) => {
    const count = new Map<string, number>();
    for (const u of units) count.set(u.id, (count.get(u.id) ?? 0) + 1);
    return (id: string) => count.get(id) === 1;
  };
  const goneOnce = once(removed);
  const newOnce = once(added);
  const movedFrom = new Map<string, SnapshotUnit>();
  for (const u of added)
    if (newOnce(u.id) && goneOnce(u.id)) {
      const old = removed.find((r) => r.id === u.id)!;
      movedFrom.set(unitKey(u), old);
    }
  const moved: BlockMove[] = [...movedFrom].map(([k, old]) => {
    const u = b.units.find((x) => unitKey(x) === k)!;
    return { id: u.id, name: u.name, fromBlock: old.block, toBlock: u.block };
  });
  removed = removed.filter((u) => !moved.some((m) => m.id === u.id && m.fromBlock === u.block));
  added = added.filter((u) => !movedFrom.has(unitKey(u)));
  const renamed: Rename[] = [];
  for (const u of [...after.values()].sort(byBlockId)) {
    const old = before.get(unitKey(u)) ?? movedFrom.get(unitKey(u));
    if (old && old.name !== u.name) renamed.push({ id: u.id, block: u.block, from: old.name, to: u.name });
    const from = old ? state(old) : null;
    const to = state(u);
    const had = !!from && from.awards.length > 0;
    const has = to.awards.length > 0;
    const why = old ? causesOf(old, u, a, b) : [];
    if (old && old.block !== u.block) {
      const blockOf = (snap: RunSnapshot, id: string) => snap.blocks.find((x) => x.id === id)?.name ?? id;
      // moving is the cause: "nothing of its own" would hide it
      const own = why.filter((c) => c.kind !== 'others' && c.kind !== 'plan');
      why.splice(
        0,
        why.length,
        { kind: 'moved', from: blockOf(a, old.block), to: blockOf(b, u.block) },
        ...own,
      );
    }
    const change = { id: u.id, name: u.name, block: u.block, from, to, why };
    if (!from || awardKey(from) !== awardKey(to)) {
      if (!had && has) gained.push(change);
      else if (had && !has) lost.push(change);
      else if (from) changed.push(change);
    }
    if (old && (old.rank !== u.rank || old.total !== u.total || old.eligible !== u.eligible))
      ranks.push({
        id: u.id,
        name: u.name,
        block: u.block,
        from: old.rank,
        to: u.rank,
        totalFrom: old.total,
        totalTo: u.total,
        eligibleFrom: old.eligible,
        eligibleTo: u.eligible,
        why,
      });
  }
  for (const u of removed)
    if (u.awards.length)
      lost.push({ id: u.id, name: u.name, block: u.block, from: state(u), to: null, why: [] });

  const money = new Map<string, MoneyLine>();
  const count = (units: SnapshotUnit[], side: 'from' | 'to') => {
    for (const u of units)
      for (const w of u.awards) {
        const k = `${u.block}\u0000${w.id}`;
        const line = money.get(k) ?? {
          block: u.block,
          award: w.id,
          name: w.name,
          countFrom: 0,
          countTo: 0,
          from: 0,
          to: 0,
        };
        if (side === 'from') {
          line.countFrom++;
          line.from += w.prize ?? 0;
        } else {
          line.countTo++;
          line.to += w.prize ?? 0;
        }
        money.set(k, line);
      }
  };
  count(a.units, 'from');
  count(b.units, 'to');
  const moneyLines = [...money.values()]
    .filter((l) => l.from !== l.to || l.countFrom !== l.countTo)
    .sort((x, y) => (x.block < y.block ? -1 : x.block > y.block ? 1 : x.award < y.award ? -1 : 1));
  const diff: RunDiff = {
    same: false,
    fingerprint,
    gained,
    lost,
    changed,
    ranks,
    added,
    removed,
    moved,
    renamed,
    money: moneyLines,
    total: { from: a.prizeFundUsed, to: b.prizeFundUsed },
    pending: { from: a.prizeFundPending, to: b.prizeFundPending },
  };
  diff.same =
    !fingerprint.length &&
    !gained.length &&
    !lost.length &&
    !changed.length &&
    !ranks.length &&
    !added.length &&
    !removed.length &&
    !moved.length &&
    !renamed.length &&
    !moneyLines.length &&
    diff.total.from === diff.total.to &&
    diff.pending.from === diff.pending.to;
  return diff;
}

/** "10.000.000 đ" (vi), "10,000,000 VND" (en). */
export function money(dong: number, lang: Lang): string {
  return render(message('council.money', { dong }), lang);
}

function signed(dong: number, lang: Lang): string {
  return `${dong > 0 ? '+' : dong < 0 ? '−' : '±'}${money(Math.abs(dong), lang)}`;
}

function stateText(s: AwardState | null, lang: Lang): string {
  if (!s) return word('diff-not-in-run', lang);
  const awards = s.awards.map((w) => (w.prize ? `${w.name} (${money(w.prize, lang)})` : w.name));
  if (s.pending.length) awards.push(word('diff-award-pending', lang));
  return awards.length ? awards.join(', ') : word('diff-no-award', lang);
}

const short = (hash: string | null, lang: Lang) =>
  hash === null ? word('diff-no-hash', lang) : hash.replace(/^sha256:/, '').slice(0, 12);

/**
 * The diff as lines an official reads, Vietnamese first ("Xã A: được Giải Khuyến khích (2.000.000 đ)"). With `why`,
 * the first line naming a unit also says why it moved ("— vì: tiêu chí 16: 0 → 5 điểm").
 */
export function diffLines(
  d: RunDiff,
  lang: Lang,
  blockName: (id: string) => string = (id) => id,
  opts: { why?: boolean } = {},
): string[] {
  if (d.same) return [renderCouncil({ code: 'diff-same', params: {} }, lang)];
  const lines: string[] = [];
  const say = (code: string, params: Record<string, string | number>) =>
    lines.push(renderCouncil({ code, params }, lang));
  const explained = new Set<string>();
  /** The last line, with why the unit moved when asked and not said yet for it. */
  const because = (u: { id: string; block: string; why: DiffCause[] }) => {
    const k = `${u.block}\u0000${u.id}`;
    if (!opts.why || !u.why.length || explained.has(k)) return;
    explained.add(k);
    lines[lines.length - 1] += render(message('diff-why', { causes: u.why }), lang);
  };
  if (d.fingerprint.length)
    say('diff-fingerprint', {
      parts: d.fingerprint
        .map(
          (f) =>
            `${render(message('diff-part', { part: f.part }), lang)} (${short(f.from, lang)} → ${short(f.to, lang)})`,
        )
        .join('; '),
    });
  for (const c of d.gained) {
    say('diff-gained', { name: c.name, to: stateText(c.to, lang), from: stateText(c.from, lang) });
    because(c);
  }
  for (const c of d.lost) {
    say('diff-lost', { name: c.name, from: stateText(c.from, lang), to: stateText(c.to, lang) });
    because(c);
  }
  for (const c of d.changed) {
    say('diff-changed', { name: c.name, from: stateText(c.from, lang), to: stateText(c.to, lang) });
    because(c);
  }
  for (const r of d.ranks) {
    if (r.from === r.to && r.totalFrom === r.totalTo && r.eligibleFrom !== r.eligibleTo) {
      const yes = word('diff-eligible-yes', lang);
      const no = word('diff-eligible-no', lang);
      say('diff-eligible', { name: r.name, from: r.eligibleFrom ? yes : no, to: r.eligibleTo ? yes : no });
    } else if (r.from === r.to)
      // only the total moved: said as such, never "hạng 5 → 5"
      say('diff-total-points', {
        name: r.name,
        rank: r.to ?? '—',
        totalFrom: formatPoints(r.totalFrom, lang),
        totalTo: formatPoints(r.totalTo, lang),
      });
    else
      say('diff-rank', {
        name: r.name,
        from: r.from ?? '—',
        to: r.to ?? '—',
        totalFrom: formatPoints(r.totalFrom, lang),
        totalTo: formatPoints(r.totalTo, lang),
      });
    because(r);
  }
  for (const m of d.moved)
    say('diff-moved', { name: m.name, id: m.id, from: blockName(m.fromBlock), to: blockName(m.toBlock) });
  for (const r of d.renamed) say('diff-renamed', { id: r.id, from: r.from, to: r.to });
  for (const u of d.added) say('diff-added', { name: u.name });
  for (const u of d.removed) say('diff-removed', { name: u.name });
  for (const l of d.money)
    say('diff-money', {
      block: blockName(l.block),
      award: l.name,
      countFrom: l.countFrom,
      countTo: l.countTo,
      from: money(l.from, lang),
      to: money(l.to, lang),
      delta: signed(l.to - l.from, lang),
    });
  say('diff-total', {
    from: money(d.total.from, lang),
    to: money(d.total.to, lang),
    delta: signed(d.total.to - d.total.from, lang),
  });
  if (d.pending.from !== d.pending.to)
    say('diff-pending', { from: money(d.pending.from, lang), to: money(d.pending.to, lang) });
  return lines;
}
