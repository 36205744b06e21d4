/**
 * Final results: the council marks a run final; the workbook keeps the record (fingerprint, when, by whom, and the
 * run's snapshot) in its settings. A later run on changed data says what differs from the final one, and the record
 * is replaced only when asked explicitly — the earlier record is then kept in `replaced`.
 */
import type { ScoreResponse } from '../engine/types';
import type { Lang } from '../values';
import { render, say, word } from '../messages';
import type { HeldWhy } from '../messages/council';
import { diffRuns, type RunDiff } from './diff';
import { renderCouncil } from './messages';
import { parseSnapshot, sameFingerprint, snapshotOf, type Fingerprint, type RunSnapshot } from './snapshot';

/** Workbook settings keys of the council features. */
export const COUNCIL_SETTING_KEYS = {
  /** The snapshot of the last scoring run (for diffs and "Xem trước ảnh hưởng"). */
  lastResult: 'thidua.lastResult',
  /** The final record. */
  final: 'thidua.final',
} as const;

export interface FinalRecord {
  version: 1;
  /** ISO 8601 (UTC). */
  markedAt: string;
  markedBy?: string;
  snapshot: RunSnapshot;
  /** Earlier final records this one replaced (explicitly), newest last. */
  replaced?: { markedAt: string; markedBy?: string; fingerprint: Fingerprint }[];
}

export function parseFinal(text: string | undefined): FinalRecord | undefined {
  if (!text) return undefined;
  try {
    const data = JSON.parse(text) as Partial<FinalRecord>;
    const snapshot = parseSnapshot(data?.snapshot);
    if (data?.version !== 1 || typeof data.markedAt !== 'string' || !snapshot) return undefined;
    return { ...(data as FinalRecord), snapshot };
  } catch {
    return undefined;
  }
}

export type FinalStatus =
  | { kind: 'none' }
  | { kind: 'same'; record: FinalRecord }
  | { kind: 'differs'; record: FinalRecord; diff: RunDiff };

/** How this run stands against the workbook's final record. */
export function finalStatus(
  settings: Record<string, string> | undefined,
  snapshot: RunSnapshot,
): FinalStatus {
  const record = parseFinal(settings?.[COUNCIL_SETTING_KEYS.final]);
  if (!record) return { kind: 'none' };
  const diff = diffRuns(record.snapshot, snapshot);
  return sameFingerprint(record.snapshot.fingerprint, snapshot.fingerprint) && diff.same
    ? { kind: 'same', record }
    : { kind: 'differs', record, diff };
}

/** An award of the run that is not settled: tied, waiting for data, for the council's vote, over a quota. */
export interface HeldAward {
  unitId: string;
  name: string;
  block: string;
  /** The tier's or the award decision's name. */
  award: string;
  why: HeldWhy;
  /** For `data`: the units whose missing values hold it (by name). */
  waitsFor: string[];
}

const DECISION_HELD: Partial<Record<string, HeldWhy>> = {
  tie: 'tie',
  overQuota: 'quota',
  unknown: 'data',
  collectivePending: 'collective',
  awaitingVote: 'vote',
};

/** Every award of a run that is not settled yet, unit by unit, with what it waits for. */
export function heldAwards(response: ScoreResponse): HeldAward[] {
  const held: HeldAward[] = [];
  const names = new Map(response.results.map((r) => [r.unitId, r.name]));
  const blocks = new Map(response.summary.blocks.map((b) => [b.block, b]));
  const votes = new Set((response.council?.votesNeeded ?? []).map((v) => `${v.unitId}\u0000${v.award}`));
  for (const r of response.results) {
    const block = blocks.get(r.block);
    for (const tier of r.pendingTiers) {
      const tied = block?.ties.some((t) => t.unitIds.includes(r.unitId) && t.tiers.includes(tier));
      const award = block?.tiers.find((t) => t.tier === tier)?.name ?? tier;
      // the council report names the award as the run says it (the tier's name); an id is matched too
      const vote = votes.has(`${r.unitId}\u0000${tier}`) || votes.has(`${r.unitId}\u0000${award}`);
      const waitsFor = (block?.heldForData ?? [])
        .filter((h) => h.holds.includes(r.unitId))
        .map((h) => names.get(h.unitId) ?? h.unitId);
      held.push({
        unitId: r.unitId,
        name: r.name,
        block: r.block,
        award,
        why: vote ? 'vote' : tied ? 'tie' : 'data',
        waitsFor: vote || tied ? [] : [...new Set(waitsFor)],
      });
    }
    for (const d of r.decisions ?? []) {
      const why = DECISION_HELD[d.status];
      if (!why) continue;
      held.push({ unitId: r.unitId, name: r.name, block: r.block, award: d.name, why, waitsFor: [] });
    }
  }
  return held;
}

export type MarkFinal =
  | { ok: true; record: FinalRecord }
  | {
      ok: false;
      message: string;
      /** Against the final record already kept (empty when there is none, or the run is refused as held). */
      diff: RunDiff;
      /** The awards not settled: a run with any is never marked final. */
      held: HeldAward[];
    };

/** "dữ liệu, quyết định của Hội đồng" — the parts of the fingerprint a diff names (or "kết quả"). */
export function differingParts(diff: RunDiff, lang: Lang): string {
  const parts = diff.fingerprint.map((f) => render(say('diff-part', { part: f.part }), lang));
  return parts.length ? parts.join(', ') : word('diff-results', lang);
}

/** Viet Nam date and time of an ISO instant ("04/01/2024 16:30"), without a time zone database (UTC+7). */
export function vietnamTime(iso: string): string {
  const t = new Date(Date.parse(iso) + 7 * 3600_000);
  if (Number.isNaN(t.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(t.getUTCDate())}/${two(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}`;
}

/**
 * The record marking this run final. Refused when the workbook already has a final record that differs, unless
 * `replace` (the official asked for it): the final results are never replaced silently.
 */
export function markFinal(
  response: ScoreResponse,
  settings: Record<string, string> | undefined,
  opts: { now: Date; by?: string; replace?: boolean; lang?: Lang },
): MarkFinal {
  const snapshot = snapshotOf(response, opts.now);
  const status = finalStatus(settings, snapshot);
  const lang = opts.lang ?? 'vi';
  // an award still tied, waiting for data or for a vote is not a result anyone can defend as final
  const held = heldAwards(response);
  const pendingMoney = response.summary.prizeFundPending;
  const open =
    response.summary.blocks.some((b) => b.ties.length > 0) || (response.council?.votesNeeded.length ?? 0) > 0;
  if (held.length || pendingMoney > 0 || open)
    return {
      ok: false,
      held,
      diff: status.kind === 'differs' ? status.diff : diffRuns(snapshot, snapshot),
      message: render(
        say('final-held', {
          count: new Set(held.map((h) => `${h.block}\u0000${h.unitId}`)).size,
          items: held.map(({ name, award, why, waitsFor }) => ({ name, award, why, waitsFor })),
          ...(held.length ? {} : { pendingMoney }),
        }),
        lang,
      ),
    };
  const base: FinalRecord = {
    version: 1,
    markedAt: opts.now.toISOString(),
    ...(opts.by ? { markedBy: opts.by } : {}),
    snapshot,
  };
  if (status.kind === 'none') return { ok: true, record: base };
  if (status.kind === 'same') return { ok: true, record: status.record };
  if (!opts.replace)
    return {
      ok: false,
      diff: status.diff,
      held: [],
      message: renderCouncil(
        {
          code: 'final-exists',
          params: {
            at: vietnamTime(status.record.markedAt),
            parts: differingParts(status.diff, lang),
          },
        },
        lang,
      ),
    };
  const old = status.record;
  return {
    ok: true,
    record: {
      ...base,
      replaced: [
        ...(old.replaced ?? []),
        {
          markedAt: old.markedAt,
          ...(old.markedBy ? { markedBy: old.markedBy } : {}),
          fingerprint: old.snapshot.fingerprint,
        },
      ],
    },
  };
}

/** A run's fingerprint, short enough for one line: plan, data, decisions, engine. */
export function stampText(f: Fingerprint, lang: Lang): string {
  const h = (x: string | null) => (x === null ? '—' : x.replace(/^sha256:/, '').slice(0, 12));
  const stamp = {
    plan: h(f.planHash),
    data: h(f.inputHash),
    decisions: h(f.decisionsHash),
    engine: f.engineVersion,
  };
  return render(say('council.stamp', stamp), lang);
}

/** The visible line of the results sheet: final, differing from the final record, or not marked final. */
export function finalLine(status: FinalStatus, snapshot: RunSnapshot, lang: Lang): string {
  const stamp = stampText(snapshot.fingerprint, lang);
  if (status.kind === 'none') return renderCouncil({ code: 'final-none', params: { stamp } }, lang);
  const at = vietnamTime(status.record.markedAt);
  if (status.kind === 'same')
    return renderCouncil(
      {
        code: 'final-same',
        params: { at, stamp, ...(status.record.markedBy ? { by: status.record.markedBy } : {}) },
      },
      lang,
    );
  return renderCouncil(
    { code: 'final-differs', params: { at, parts: differingParts(status.diff, lang) } },
    lang,
  );
}
