import { z } from 'zod';
import { MAX_CELL_TEXT, MAX_RECORD_KEY, ScoreRequestSchema, UnitSchema, type ScoreRequest } from './schemas';

function isCellValue(v: unknown): boolean {
  return (
    v === null ||
    typeof v === 'boolean' ||
    (typeof v === 'number' && Number.isFinite(v)) ||
    (typeof v === 'string' && v.length <= MAX_CELL_TEXT)
  );
}

/**
 * A record of plain cells that `z.record(z.string().max(MAX_RECORD_KEY), CellValueSchema)` accepts and copies
 * unchanged: a plain object with only enumerable string keys, no "__proto__" (zod drops it) and no year series.
 */
function isPlainCellRecord(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  if (Object.getOwnPropertySymbols(v).length) return false;
  const keys = Object.keys(v);
  if (Object.getOwnPropertyNames(v).length !== keys.length) return false;
  const record = v as Record<string, unknown>;
  for (const key of keys)
    if (key.length > MAX_RECORD_KEY || key === '__proto__' || !isCellValue(record[key])) return false;
  return true;
}

/**
 * The request schema with each unit's `values` and `facts` checked by hand instead of cell by cell through zod
 * unions (most of zod's time on a large request). It accepts a subset of what ScoreRequestSchema accepts, with the
 * same data; anything else, valid or not, goes to ScoreRequestSchema, which alone words the problems.
 */
export const FastScoreRequestSchema = ScoreRequestSchema.extend({
  units: z.array(
    UnitSchema.extend({
      values: z.custom<Record<string, string | number | boolean | null>>(isPlainCellRecord),
      facts: z.custom<Record<string, string | number | boolean | null>>(isPlainCellRecord).optional(),
    }),
  ),
});

/** ScoreRequestSchema.safeParse, faster on the common shape: cells only, no per-year facts. */
export function parseScoreRequest(body: unknown): ReturnType<typeof ScoreRequestSchema.safeParse> {
  const fast = FastScoreRequestSchema.safeParse(body);
  if (fast.success) return { success: true, data: fast.data as ScoreRequest };
  return ScoreRequestSchema.safeParse(body);
}
