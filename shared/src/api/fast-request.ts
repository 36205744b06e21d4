import type { z } from 'zod';
import { hasOwnProto } from './proto-key';
import {
  MAX_CELL_TEXT,
  MAX_RECORD_KEY,
  ScoreOptionsSchema,
  ScoreRequestSchema,
  UnitSchema,
  type ScoreRequest,
} from './schemas';

type Check = (v: unknown) => boolean;

function isCellValue(v: unknown): boolean {
  return (
    v === null ||
    typeof v === 'boolean' ||
    (typeof v === 'number' && Number.isFinite(v)) ||
    (typeof v === 'string' && v.length <= MAX_CELL_TEXT)
  );
}

/** Object.prototype has no enumerable properties, so for-in over a plain object lists its own keys. */
function cleanObjectPrototype(): boolean {
  for (const key in {}) return key === undefined;
  return true;
}

/** An object whose for-in lists exactly its own enumerable keys (its prototype is Object.prototype or none). */
function isPlain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * A record of plain cells that `z.record(z.string().max(MAX_RECORD_KEY), CellValueSchema)` accepts and would copy
 * unchanged: a plain object without symbol keys, with no "__proto__" key (zod drops it) and no year series.
 * Non-enumerable properties are ignored, as zod, the engine and the hash ignore them.
 */
function isPlainCellRecord(v: unknown): boolean {
  if (!isPlain(v) || Object.getOwnPropertySymbols(v).length) return false;
  for (const key in v)
    if (key.length > MAX_RECORD_KEY || key === '__proto__' || !isCellValue(v[key])) return false;
  return true;
}

/**
 * Unwraps an optional field; undefined when the schema checks more than a fast check knows (a pattern, a
 * refinement): such a field is then left to zod.
 */
function fieldCheck(schema: z.ZodType): { check: Check; required: boolean } | undefined {
  const def = schema.def as { type: string; innerType?: z.ZodType };
  const required = def.type !== 'optional';
  const inner = (required ? schema : def.innerType) as z.ZodType;
  const innerDef = inner.def as { type: string; checks?: { _zod: { def: { check: string } } }[] };
  if (innerDef.type === 'string') {
    const known = (innerDef.checks ?? []).every((c) =>
      ['min_length', 'max_length'].includes(c._zod.def.check),
    );
    if (!known) return undefined;
    const { minLength, maxLength } = inner as z.ZodString;
    const min = minLength ?? 0;
    const max = maxLength ?? Infinity;
    return { check: (v) => typeof v === 'string' && v.length >= min && v.length <= max, required };
  }
  if (innerDef.type === 'enum') {
    const options = new Set<unknown>((inner as z.ZodEnum).options);
    return { check: (v) => options.has(v), required };
  }
  return undefined;
}

/** A check per field of UnitSchema, read from the schema itself (lengths, options) so both stay in step. */
const UNIT_FIELDS: Map<string, { check: Check; required: boolean }> = (() => {
  const fields = new Map<string, { check: Check; required: boolean }>();
  for (const [key, schema] of Object.entries(UnitSchema.shape as Record<string, z.ZodType>)) {
    const field =
      key === 'values'
        ? { check: isPlainCellRecord, required: true }
        : key === 'facts'
          ? { check: isPlainCellRecord, required: false }
          : fieldCheck(schema);
    if (field) fields.set(key, field);
  }
  return fields;
})();
const REQUIRED_FIELDS = [...UNIT_FIELDS].filter(([, f]) => f.required).length;

function isPlainUnit(unit: unknown): boolean {
  if (!isPlain(unit) || Object.getOwnPropertySymbols(unit).length) return false;
  let required = 0;
  for (const key in unit) {
    const field = UNIT_FIELDS.get(key);
    if (!field || !field.check(unit[key])) return false;
    if (field.required) required++;
  }
  return required === REQUIRED_FIELDS;
}

const TOP_KEYS = new Set(['plan', 'units', 'options']);

/**
 * The common request — a built-in plan's id, units of plain cells, no per-year facts — checked by hand: exactly
 * what ScoreRequestSchema checks for that shape, in one pass, without copying the units (zod would copy every
 * unit). Undefined for anything else, valid or not, which ScoreRequestSchema alone parses and words.
 */
export function plainScoreRequest(body: unknown): ScoreRequest | undefined {
  if (!isPlain(body) || Object.getOwnPropertySymbols(body).length || !cleanObjectPrototype())
    return undefined;
  for (const key in body) if (!TOP_KEYS.has(key)) return undefined;
  const { plan, units, options } = body;
  if (typeof plan !== 'string' || plan.length < 1 || !Array.isArray(units)) return undefined;
  for (let i = 0; i < units.length; i++) if (!isPlainUnit(units[i])) return undefined;
  if (!('options' in body)) return { plan, units: units as ScoreRequest['units'] };
  // a "__proto__" key of rateScales is left out by zod and reported (droppedKeys): not the fast path's to drop
  if (hasOwnProto(field(options, 'rateScales'))) return undefined;
  const parsedOptions = ScoreOptionsSchema.safeParse(options);
  if (!parsedOptions.success) return undefined;
  return { plan, units: units as ScoreRequest['units'], options: parsedOptions.data };
}

/**
 * ScoreRequestSchema.safeParse, faster on the common shape (built-in plan, plain cells): the same data — the
 * units are the caller's own objects rather than copies — and, for anything else, zod's own result and issues.
 * `fast` says which: only zod's records leave a "__proto__" key out (droppedKeys).
 */
export function parseScoreRequest(
  body: unknown,
): ReturnType<typeof ScoreRequestSchema.safeParse> & { fast: boolean } {
  const fast = plainScoreRequest(body);
  if (fast) return { success: true, data: fast, fast: true };
  return { ...ScoreRequestSchema.safeParse(body), fast: false };
}

/** A record of a unit whose keys are reported: its values, facts, and what it assessed itself. */
export type UnitRecord =
  'values' | 'facts' | 'selfAssessment.values' | 'selfAssessment.facts' | 'selfAssessment.reasons';

/** A "__proto__" key a record of the request had: zod's records leave it out of the data they give. */
export interface DroppedKeys {
  /** Per unit index: the records that had one. */
  units: Map<number, UnitRecord[]>;
  /** options.rateScales had one. */
  rateScales: boolean;
}

/**
 * The "__proto__" keys of the records zod parsed (JSON.parse makes "__proto__" an own key; a zod record leaves it
 * out), so that they are reported like any other key the plan does not know. Only for a body zod parsed: the fast
 * path takes no record with such a key (isPlainCellRecord, options.rateScales), so a request without one pays
 * nothing here.
 */
export function droppedKeys(body: unknown): DroppedKeys {
  const out: DroppedKeys = { units: new Map(), rateScales: false };
  out.rateScales = hasOwnProto(field(field(body, 'options'), 'rateScales'));
  const units = field(body, 'units');
  if (!Array.isArray(units)) return out;
  units.forEach((unit: unknown, i) => {
    const self = field(unit, 'selfAssessment');
    const found = (
      [
        ['values', field(unit, 'values')],
        ['facts', field(unit, 'facts')],
        ['selfAssessment.values', field(self, 'values')],
        ['selfAssessment.facts', field(self, 'facts')],
        ['selfAssessment.reasons', field(self, 'reasons')],
      ] as const
    ).flatMap(([at, record]) => (hasOwnProto(record) ? [at] : []));
    if (found.length) out.units.set(i, found);
  });
  return out;
}

/** An own field of an object, else undefined. */
function field(v: unknown, key: string): unknown {
  return typeof v === 'object' && v !== null && Object.hasOwn(v, key)
    ? (v as Record<string, unknown>)[key]
    : undefined;
}
