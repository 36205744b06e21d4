/**
 * A run reduced to what the council compares: who is ranked where, with which award and money, under which
 * fingerprint (plan, data, decisions, engine). Kept in the workbook's settings by every scoring run
 * ("thidua.lastResult") and in the final record, so two runs can be compared without scoring again.
 */
import type { ScoreResponse } from '../engine/types';

export interface Fingerprint {
  planHash: string;
  inputHash: string;
  /** null: no council decision was applied or refused in the run. */
  decisionsHash: string | null;
  engineVersion: string;
}

export interface SnapshotAward {
  id: string;
  name: string;
  prize: number | null;
}

export interface SnapshotUnit {
  id: string;
  name: string;
  block: string;
  total: number;
  rank: number | null;
  eligible: boolean;
  /** The unit's awards: its tier, or every award decision granted (highest first). */
  awards: SnapshotAward[];
  /** Awards not final (tied, waiting for data or for the council's vote). */
  pending: string[];
  /** Points per criterion id — what a diff names as the cause of a move (absent in older snapshots). */
  points?: Record<string, number>;
  /** The value read per target id (null: missing or invalid). */
  targets?: Record<string, number | null>;
  /** Why the unit is not eligible, as the run said it (empty when eligible). */
  reasons?: string[];
  /** The council's decisions applied to the unit, as the run said them. */
  council?: string[];
}

export interface RunSnapshot {
  version: 1;
  planId: string;
  planVersion: string;
  fingerprint: Fingerprint;
  /** When the run was made (ISO 8601, UTC), when known. */
  scoredAt?: string;
  blocks: { id: string; name: string }[];
  /** The number of each criterion and target as the plan writes it ("8", "a.2"), by id, when the run said it. */
  numbers?: Record<string, string>;
  units: SnapshotUnit[];
  prizeFundUsed: number;
  prizeFundPending: number;
}

export function fingerprintOf(response: ScoreResponse): Fingerprint {
  return {
    planHash: response.planHash,
    inputHash: response.inputHash,
    decisionsHash: response.council?.decisionsHash ?? null,
    engineVersion: response.engineVersion,
  };
}

export function sameFingerprint(a: Fingerprint, b: Fingerprint): boolean {
  return (
    a.planHash === b.planHash &&
    a.inputHash === b.inputHash &&
    a.decisionsHash === b.decisionsHash &&
    a.engineVersion === b.engineVersion
  );
}

export function snapshotOf(response: ScoreResponse, scoredAt?: Date): RunSnapshot {
  const numbers: Record<string, string> = {};
  const units: SnapshotUnit[] = response.results.map((r) => {
    for (const c of r.criteria ?? []) numbers[c.id] = c.number;
    for (const t of r.targets ?? []) numbers[t.id] = t.number;
    const granted = (r.decisions ?? []).filter((d) => d.granted);
    const awards: SnapshotAward[] = granted.length
      ? granted.map((d) => ({ id: d.id, name: d.name, prize: d.prize }))
      : r.award
        ? [{ id: r.award.tier, name: r.award.name, prize: r.award.prize }]
        : [];
    const pending = [
      ...r.pendingTiers,
      ...(r.decisions ?? [])
        .filter((d) =>
          ['tie', 'overQuota', 'unknown', 'collectivePending', 'awaitingVote'].includes(d.status),
        )
        .map((d) => d.id),
    ];
    return {
      id: r.unitId,
      name: r.name,
      block: r.block,
      total: r.total,
      rank: r.rank,
      eligible: r.eligible,
      awards,
      pending,
      points: { ...r.points },
      ...(r.targets ? { targets: Object.fromEntries(r.targets.map((t) => [t.id, t.value])) } : {}),
      reasons: [...r.reasons],
      // every council decision that touched the unit: its own, and a tie settled around it
      council: r.flags
        .filter((f) => f.code === 'council-decision')
        .map((f) => f.message)
        .sort(),
    };
  });
  units.sort((a, b) =>
    a.block < b.block ? -1 : a.block > b.block ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  return {
    version: 1,
    planId: response.planId,
    planVersion: response.planVersion,
    fingerprint: fingerprintOf(response),
    ...(scoredAt ? { scoredAt: scoredAt.toISOString() } : {}),
    blocks: response.summary.blocks.map((b) => ({ id: b.block, name: b.name })),
    ...(Object.keys(numbers).length ? { numbers } : {}),
    units,
    prizeFundUsed: response.summary.prizeFundUsed,
    prizeFundPending: response.summary.prizeFundPending,
  };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** A snapshot read back from a setting or a file; undefined when it is not one (never trusted half-read). */
export function parseSnapshot(value: unknown): RunSnapshot | undefined {
  let data = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (!isObject(data) || data.version !== 1 || !Array.isArray(data.units) || !isObject(data.fingerprint))
    return undefined;
  const f = data.fingerprint;
  if (
    typeof f.planHash !== 'string' ||
    typeof f.inputHash !== 'string' ||
    typeof f.engineVersion !== 'string'
  )
    return undefined;
  const unitOk = (u: unknown) =>
    isObject(u) &&
    typeof u.id === 'string' &&
    typeof u.name === 'string' &&
    typeof u.block === 'string' &&
    typeof u.total === 'number' &&
    Array.isArray(u.awards) &&
    Array.isArray(u.pending);
  if (!data.units.every(unitOk)) return undefined;
  return data as unknown as RunSnapshot;
}

/** Whether a JSON document is a score answer (`thidua score … -o x.json`, the API's answer). */
export function isScoreResponse(value: unknown): value is ScoreResponse {
  return (
    isObject(value) &&
    typeof value.planHash === 'string' &&
    typeof value.inputHash === 'string' &&
    Array.isArray(value.results) &&
    isObject(value.summary)
  );
}
