/**
 * Final results: the council marks a run final; the workbook keeps the record (fingerprint, when, by whom, and the
 * run's snapshot) in its settings. A later run on changed data says what differs from the final one, and the record
 * is replaced only when asked explicitly — the earlier record is then kept in `replaced`.
 */
import type { ScoreResponse } from '../engine/types';
import type { Lang } from '../values';
import { render, say, word, type WordCode } from '../messages';
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

/**
 * A decision of the council the run did not apply as written: refused by the engine (its unit is not in the data, the
 * tie it settled is gone…), a row of the council sheet that could not be read, or a decision dated after the day the
 * results are marked final. A run with any is never marked final: the council's record would not be what it decided.
 */
export interface RefusedDecision {
  /** Where it was written ("Quyết định của Hội đồng, 7", a file and its index, a cell). */
  where: string;
  /** The unit as the decision names it ('' when the row could not be read). */
  unit: string;
  why: 'refused' | 'unread' | 'after-final' | 'duplicate';
  /** What the run said of it: the engine's code (`council-tie-gone`…), or the sheet problem's code. */
  code: string;
  message: string;
  messageEn: string;
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
      /** The council's decisions not applied as written: a run with any is never marked final either. */
      refused: RefusedDecision[];
    };

/** A row of the council sheet that could not be read (sheet/council-sheet.ts readCouncilSheet's problems). */
export interface UnreadDecision {
  path: string;
  code?: string;
  message: string;
  messageEn?: string;
}

/** The kind of a decision in words ("chọn đơn vị đồng hạng"); a missing-value rule told by what the run did. */
function kindWord(kind: string, code: string, lang: Lang): string {
  const words: Record<string, WordCode> = {
    tie: 'council.kind.tie',
    exclude: 'council.kind.exclude',
    include: 'council.kind.include',
    vote: 'council.kind.vote',
  };
  const missing: WordCode =
    code === 'council-missing-zero' ? 'council.kind.missing-zero' : 'council.kind.missing-hold';
  return word(kind === 'missing' ? missing : (words[kind] ?? 'council.kind.tie'), lang);
}

/** The Viet Nam calendar day of an instant, "2024-01-05". */
function vietnamDay(at: Date): string {
  return new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Every decision of the run that was not applied as written: refused by the engine, unread on the sheet, or dated
 * after `today` (the Viet Nam day the results are marked final: a decision cannot postdate the record of it).
 */
export function refusedDecisions(
  response: ScoreResponse,
  opts: { unread?: readonly UnreadDecision[]; today?: Date } = {},
): RefusedDecision[] {
  const out: RefusedDecision[] = [];
  const today = opts.today ? vietnamDay(opts.today) : undefined;
  const decisions = response.council?.decisions ?? [];
  const whereOf = (d: (typeof decisions)[number]) => d.source ?? `#${d.index + 1}`;
  // the same decision written twice for one unit (two rows, a row and a file): both applied, but the council's
  // record must say it once — which row's date and reason stand is not for the program to pick
  const same = new Map<string, (typeof decisions)[number][]>();
  for (const d of decisions)
    if (d.status === 'applied' && d.unitId !== undefined) {
      const k = JSON.stringify([d.unitId, d.kind, d.kind === 'vote' ? (d.params.award ?? '') : '']);
      same.set(k, [...(same.get(k) ?? []), d]);
    }
  const twice = new Map<number, string[]>();
  for (const group of same.values())
    if (group.length > 1)
      for (const d of group) twice.set(d.index, group.filter((x) => x !== d).map(whereOf));
  for (const d of decisions) {
    const where = whereOf(d);
    const msg = { code: d.code, params: d.params };
    if (d.status === 'refused') {
      // a name typed by hand: the run's refusal already says which unit of the data it is closest to
      out.push({
        where,
        unit: d.unit,
        why: 'refused',
        code: d.code,
        message: renderCouncil(msg, 'vi'),
        messageEn: renderCouncil(msg, 'en'),
      });
    } else if (twice.has(d.index)) {
      const said = (lang: Lang) =>
        renderCouncil(
          {
            code: 'final-decision-twice',
            params: {
              where,
              unit: d.unit,
              what: kindWord(d.kind, d.code, lang),
              others: twice.get(d.index)!.join(', '),
            },
          },
          lang,
        );
      out.push({
        where,
        unit: d.unit,
        why: 'duplicate',
        code: 'final-decision-twice',
        message: said('vi'),
        messageEn: said('en'),
      });
    } else if (today && d.date > today) {
      const params = { where, unit: d.unit, date: d.date, today };
      out.push({
        where,
        unit: d.unit,
        why: 'after-final',
        code: 'final-decision-after',
        message: renderCouncil({ code: 'final-decision-after', params }, 'vi'),
        messageEn: renderCouncil({ code: 'final-decision-after', params }, 'en'),
      });
    }
  }
  for (const p of opts.unread ?? [])
    out.push({
      where: p.path,
      unit: '',
      why: 'unread',
      code: p.code ?? 'council-sheet-row',
      message: p.message,
      messageEn: p.messageEn ?? p.message,
    });
  return out;
}

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
  opts: {
    now: Date;
    by?: string;
    replace?: boolean;
    lang?: Lang;
    /** The council sheet's rows that could not be read (readCouncilSheet's problems): they refuse the mark too. */
    unread?: readonly UnreadDecision[];
  },
): MarkFinal {
  const snapshot = snapshotOf(response, opts.now);
  const status = finalStatus(settings, snapshot);
  const lang = opts.lang ?? 'vi';
  // an award still tied, waiting for data or for a vote is not a result anyone can defend as final
  const held = heldAwards(response);
  const pendingMoney = response.summary.prizeFundPending;
  const open =
    response.summary.blocks.some((b) => b.ties.length > 0) || (response.council?.votesNeeded.length ?? 0) > 0;
  // nor is a run that did not apply what the council decided: the record would not say what the council decided
  const refused = refusedDecisions(response, { unread: opts.unread, today: opts.now });
  const existsText = (differs: Extract<FinalStatus, { kind: 'differs' }>) =>
    renderCouncil(
      {
        code: 'final-exists',
        params: { at: vietnamTime(differs.record.markedAt), parts: differingParts(differs.diff, lang) },
      },
      lang,
    );
  const refusedText = refused.length
    ? render(
        say('final-refused-decisions', {
          items: refused.map((r) => (lang === 'en' ? r.messageEn : r.message)),
        }),
        lang,
      )
    : '';
  if (held.length || pendingMoney > 0 || open || refused.length) {
    const heldText =
      held.length || pendingMoney > 0 || open
        ? render(
            say('final-held', {
              count: new Set(held.map((h) => `${h.block}\u0000${h.unitId}`)).size,
              items: held.map(({ name, award, why, waitsFor }) => ({ name, award, why, waitsFor })),
              ...(held.length ? {} : { pendingMoney }),
            }),
            lang,
          )
        : '';
    return {
      ok: false,
      held,
      refused,
      diff: status.kind === 'differs' ? status.diff : diffRuns(snapshot, snapshot),
      // a different final record kept: said too, so the official sees every reason at once
      message: [heldText, refusedText, status.kind === 'differs' && !opts.replace ? existsText(status) : '']
        .filter(Boolean)
        .join('\n'),
    };
  }
  const base: FinalRecord = {
    version: 1,
    markedAt: opts.now.toISOString(),
    ...(opts.by ? { markedBy: opts.by } : {}),
    snapshot,
  };
  if (status.kind === 'none') return { ok: true, record: base };
  if (status.kind === 'same') return { ok: true, record: status.record };
  if (!opts.replace)
    return { ok: false, diff: status.diff, held: [], refused: [], message: existsText(status) };
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
