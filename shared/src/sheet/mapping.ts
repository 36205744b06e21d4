import { z } from 'zod';
import { bilingual, say } from '../messages';
import type { Plan } from '../plan/schema';
import { formatZodPath, type Problem } from '../problems';
import { normalizeText } from '../values';
import { mappingTargets } from './mapping-targets';

export { lineName, mappingTargets, type TargetInfo } from './mapping-targets';
export { HIGH_CONFIDENCE, proposeMapping } from './matching';
export { reasonText, reasonsText, type MappingReason, type ReasonCode } from './mapping-reasons';

/** Fields of the unit itself a column can give (not values or facts): an individual's collective. */
export const UNIT_FIELDS = ['collective'] as const;
export type UnitField = (typeof UNIT_FIELDS)[number];

export const MappingTargetSchema = z
  .object({
    kind: z
      .enum(['criterion', 'fact', 'target', 'unitField'])
      .describe(
        'target: chỉ tiêu (plan.targets), read like a criterion; unitField: a field of the unit (its collective)',
      ),
    id: z
      .string()
      .min(1)
      .describe('Criterion, target or fact id (a per-year fact is "<factId>_<year>"), or the unit field'),
  })
  .strict()
  .superRefine((t, ctx) => {
    if (t.kind === 'unitField' && !(UNIT_FIELDS as readonly string[]).includes(t.id))
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `Trường đơn vị "${t.id}" không có; chỉ có: ${UNIT_FIELDS.join(', ')}`,
      });
  });
export type MappingTarget = z.infer<typeof MappingTargetSchema>;

const Index = z.number().int().nonnegative();

export const MappedColumnSchema = z
  .object({
    index: Index,
    header: z.string(),
    target: MappingTargetSchema.nullable(),
    confidence: z.number().min(0).max(1),
    /** The reasons in Vietnamese, one sentence (what earlier versions saved; the pane renders `reasons`). */
    reason: z.string(),
    /** Why, as data: `{ code, params }`, rendered in either language by reasonsText. */
    reasons: z
      .array(
        z
          .object({
            code: z.string().min(1).max(40),
            params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
          })
          .strict(),
      )
      .max(20)
      .optional(),
    /** The official chose or confirmed this column's target: it counts whatever the confidence. */
    confirmed: z.boolean().optional(),
    /**
     * The unit's own figure for this target, beside the appraised one ("ĐV tự đánh giá | HĐ đánh giá"): not scored
     * (`target` stays null), read into the unit's self-assessment.
     */
    selfOf: MappingTargetSchema.optional(),
  })
  .strict();
export type MappedColumn = z.infer<typeof MappedColumnSchema>;

/** Which sheet column (or row) feeds which criterion or fact: reviewed, edited, saved and reused. */
export const ColumnMappingSchema = z
  .object({
    version: z.literal(1),
    planId: z.string().min(1),
    planHash: z.string().optional(),
    sheet: z.string().min(1),
    orientation: z.enum(['rows', 'columns']),
    headerRows: z.array(Index),
    dataStart: Index,
    dataEnd: z.number().int().min(-1),
    nameIndex: Index,
    blockIndex: Index.optional(),
    fixedBlock: z.string().min(1).optional(),
    columns: z.array(MappedColumnSchema),
  })
  .strict()
  .superRefine((m, ctx) => {
    const indexes = new Set<number>();
    const targets = new Map<string, number>();
    m.columns.forEach((c, i) => {
      if (indexes.has(c.index))
        ctx.addIssue({
          code: 'custom',
          path: ['columns', i, 'index'],
          message: `Cột ${c.index} xuất hiện hai lần`,
        });
      indexes.add(c.index);
      if (c.index === m.nameIndex)
        ctx.addIssue({
          code: 'custom',
          path: ['columns', i, 'index'],
          message: 'Cột tên đơn vị không thể là cột dữ liệu',
        });
      if (!c.target) return;
      const key = `${c.target.kind}:${c.target.id}`;
      const first = targets.get(key);
      if (first !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['columns', i, 'target'],
          message: `"${c.target.id}" đã được gán cho cột ${m.columns[first].index}; mỗi tiêu chí chỉ lấy từ một cột`,
        });
      else targets.set(key, i);
    });
  });
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

/** Criteria and facts of the plan that no column feeds. */
export function unmappedTargets(mapping: ColumnMapping, plan: Plan): MappingTarget[] {
  const used = new Set(
    mapping.columns.filter((c) => c.target).map((c) => `${c.target?.kind}:${c.target?.id}`),
  );
  return mappingTargets(plan)
    .map((t) => t.target)
    .filter((t) => !used.has(`${t.kind}:${t.id}`));
}

/** Workbook settings key under which a sheet's mapping is stored. */
export function mappingSettingKey(sheet: string): string {
  return `thidua.mapping.${normalizeText(sheet).replace(/[^a-z0-9]+/g, '-')}`;
}

export function mappingToSetting(mapping: ColumnMapping): string {
  return JSON.stringify(ColumnMappingSchema.parse(mapping));
}

export function mappingFromSetting(
  text: string,
): { ok: true; mapping: ColumnMapping } | { ok: false; problems: Problem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      problems: [
        {
          path: 'mapping',
          code: 'mapping-invalid',
          ...bilingual(say('saved-mapping.not-json')),
        },
      ],
    };
  }
  const parsed = ColumnMappingSchema.safeParse(data);
  if (parsed.success) return { ok: true, mapping: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => ({
      path: i.path.length
        ? `mapping${i.path[0] === undefined || typeof i.path[0] === 'number' ? '' : '.'}${formatZodPath(i.path)}`
        : 'mapping',
      code: 'mapping-invalid',
      message: i.message,
    })),
  };
}
