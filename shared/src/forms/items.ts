/**
 * The rows of a self-assessment form (phiếu tự chấm điểm): one per criterion, target (chỉ tiêu) and fact of the
 * plan that applies to the block (a per-year fact one row per year), in the order of the scoring template's
 * columns, each with how to write its value, the cell format and the validation — the same as the template's.
 */
import type { Plan } from '../plan/schema';
import { reportedByBlock as applies, templateColumns, type ColumnSpec } from '../sheet/template';
import type { Lang } from '../values';

export type FormSection = 'criteria' | 'targets' | 'facts';

export interface FormItem {
  /** "criterion:tc08", "target:a2", "fact:cchc_2021": what the row feeds in the summary table. */
  key: string;
  target: { kind: 'criterion' | 'target' | 'fact'; id: string };
  section: FormSection;
  /** STT as the plan numbers it ("8", "a.2"); facts are numbered 1, 2, … in their section. */
  number: string;
  title: string;
  /** Điểm chuẩn: the criterion's maximum (null for targets and facts). */
  max: number | null;
  spec: Pick<ColumnSpec, 'hint' | 'kind' | 'format' | 'validation'>;
}

export function itemKey(target: { kind: string; id: string }): string {
  return `${target.kind}:${target.id}`;
}

/** The form's rows for a unit of `block` (every block when undefined). */
export function formItems(plan: Plan, block: string | undefined, lang: Lang): FormItem[] {
  const specs = new Map(templateColumns(plan, lang).map((s) => [itemKey(s.target), s] as const));
  const spec = (target: FormItem['target']) => {
    const s = specs.get(itemKey(target));
    if (!s) throw new RangeError(`no template column for ${itemKey(target)}`);
    return { hint: s.hint, kind: s.kind, format: s.format, validation: s.validation };
  };
  const items: FormItem[] = [];
  for (const c of plan.criteria) {
    if (!applies(c.appliesTo, block)) continue;
    const target = { kind: 'criterion' as const, id: c.id };
    const title = (lang === 'en' ? c.titleEn : undefined) ?? c.title;
    items.push({
      key: itemKey(target),
      target,
      section: 'criteria',
      number: c.number,
      title,
      max: c.maxPoints,
      spec: spec(target),
    });
  }
  for (const t of plan.targets ?? []) {
    if (!applies(t.appliesTo, block)) continue;
    const target = { kind: 'target' as const, id: t.id };
    const title = (lang === 'en' ? t.titleEn : undefined) ?? t.title;
    items.push({
      key: itemKey(target),
      target,
      section: 'targets',
      number: t.number,
      title,
      max: null,
      spec: spec(target),
    });
  }
  let n = 0;
  for (const f of plan.facts) {
    if (!applies(f.appliesTo, block)) continue;
    const label = (lang === 'en' ? f.labelEn : undefined) ?? f.label;
    const years = f.type.endsWith('ByYear') ? (f.years ?? []) : [];
    const ids = years.length
      ? years.map((y) => ({ id: `${f.id}_${y}`, title: `${label} ${y}` }))
      : [{ id: f.id, title: label }];
    for (const x of ids) {
      const target = { kind: 'fact' as const, id: x.id };
      items.push({
        key: itemKey(target),
        target,
        section: 'facts',
        number: String(++n),
        title: x.title,
        max: null,
        spec: spec(target),
      });
    }
  }
  return items;
}
