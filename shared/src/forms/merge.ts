/**
 * Consolidating filled forms (tổng hợp phiếu tự chấm): each form checked — made by thidua, for this plan and block,
 * its structure unchanged — then one row per unit of the batch, self-assessed and appraised values side by side.
 * Forms missing, duplicated or changed are named. The result never depends on the order the files come in.
 */
import { planHash } from '../engine/compile';
import type { Plan } from '../plan/schema';
import type { CellValue, WorkbookModel } from '../sheet/model';
import { formatNumber, type Lang } from '../values';
import { FORM_COLUMNS, formIdentities, type FormIdentity } from './identity';
import { formItems, type FormItem } from './items';
import { formMessages as M, type FormProblem, type FormProblemCode } from './messages';
import { formatAt, readForm, type FormRow } from './read';

export interface FormFile {
  /** The file's name as the official knows it, used in every message. */
  name: string;
  model: WorkbookModel;
}

export interface MergedUnit {
  id: string;
  name: string;
  /** The form's rows by item key ("criterion:tc08"). */
  rows: Record<string, FormRow>;
  /** Number formats of the value cells as the form had them, by item key. */
  formats: Record<string, string | null>;
  source: { file: string; sheet: string };
}

export interface MergeResult {
  planId: string;
  block: string;
  items: FormItem[];
  /** Every unit of the batch, in the batch's order. */
  roster: { id: string; name: string }[];
  /** Units whose form was merged, in roster order. */
  units: MergedUnit[];
  /** Errors first, then warnings; in a fixed order. */
  problems: FormProblem[];
}

interface Candidate {
  file: string;
  sheet: string;
  identity: FormIdentity;
  unit: MergedUnit;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function problem(
  code: FormProblemCode,
  severity: FormProblem['severity'],
  made: Omit<FormProblem, 'code' | 'severity'>,
) {
  return { code, severity, ...made };
}

function rowsKey(u: MergedUnit): string {
  return JSON.stringify(
    Object.keys(u.rows)
      .sort()
      .map((k) => [k, u.rows[k]]),
  );
}

/** The block to merge: the one asked for, the plan's only one, or the one every form of this plan is for. */
function chooseBlock(plan: Plan, found: FormIdentity[], asked: string | undefined): string | FormProblem {
  if (asked) return asked;
  if (plan.blocks.length === 1) return plan.blocks[0].id;
  const blocks = [...new Set(found.filter((f) => f.planId === plan.id).map((f) => f.block))].sort();
  if (blocks.length === 1) return blocks[0];
  return problem('forms-several-blocks', 'error', M.severalBlocks(blocks));
}

export function mergeForms(
  plan: Plan,
  files: FormFile[],
  opts: { block?: string; lang?: Lang } = {},
): MergeResult {
  const problems: FormProblem[] = [];
  // files of the same name (attachments from different units) are told apart by their forms, never by input order
  const sorted = [...files].sort((a, b) => cmp(a.name, b.name));
  const found: { file: FormFile; sheet: string; identity: FormIdentity }[] = [];
  for (const file of sorted) {
    const { forms, unreadable } = formIdentities(file.model.settings);
    const present = forms.filter((f) => file.model.sheets.some((s) => s.name === f.sheet));
    for (const sheet of unreadable)
      problems.push(problem('form-unreadable', 'error', M.unreadable(file.name, sheet)));
    if (!present.length && !unreadable.length)
      problems.push(problem('form-not-a-form', 'error', M.notAForm(file.name)));
    for (const f of present) found.push({ file, sheet: f.sheet, identity: f.identity });
  }
  const chosen = chooseBlock(
    plan,
    found.map((f) => f.identity),
    opts.block,
  );
  const block = typeof chosen === 'string' ? chosen : '';
  if (typeof chosen !== 'string') problems.push(chosen);
  // the titles on a form are in the language it was made in: compare it with the items in that language
  const itemsIn = new Map<Lang, FormItem[]>();
  const itemsFor = (lang: Lang) => {
    let items = itemsIn.get(lang);
    if (!items) itemsIn.set(lang, (items = formItems(plan, block || undefined, lang)));
    return items;
  };
  const hash = planHash(plan);
  const candidates: Candidate[] = [];
  for (const { file, sheet, identity } of found) {
    const name = identity.unit.name;
    if (identity.planId !== plan.id) {
      problems.push(
        problem('form-other-plan', 'error', M.otherPlan(file.name, sheet, name, identity.planId, plan.id)),
      );
      continue;
    }
    if (!block) continue;
    if (identity.block !== block) {
      problems.push(
        problem('form-other-block', 'error', M.otherBlock(file.name, sheet, name, identity.block, block)),
      );
      continue;
    }
    const model = file.model.sheets.find((s) => s.name === sheet);
    if (!model) continue;
    const reading = readForm(model, identity, itemsFor(identity.lang));
    if (reading.changes.length) {
      problems.push(problem('form-changed', 'error', M.changed(file.name, sheet, name, reading.changes)));
      continue;
    }
    if (identity.planHash !== hash)
      problems.push(
        problem(
          'form-plan-version',
          'warning',
          M.planVersion(file.name, sheet, identity.planVersion, plan.version),
        ),
      );
    const rows: Record<string, FormRow> = {};
    const formats: Record<string, string | null> = {};
    const rowOf = new Map(identity.layout.rows.map((r) => [r.key, r.row]));
    for (const [key, row] of reading.rows) {
      rows[key] = row;
      formats[key] = formatAt(model, rowOf.get(key) ?? 0, FORM_COLUMNS.self);
    }
    candidates.push({
      file: file.name,
      sheet,
      identity,
      unit: { id: identity.unit.id, name, rows, formats, source: { file: file.name, sheet } },
    });
  }

  // the batch's units, in its order; forms of several batches: the union, batches in id order
  const batches = new Map<string, FormIdentity['batch']>();
  for (const c of candidates) batches.set(c.identity.batch.id, c.identity.batch);
  if (batches.size > 1)
    problems.push(
      problem(
        'form-other-batch',
        'warning',
        M.otherBatch(
          batches.size,
          [...batches.keys()].sort().map((id) => (batches.get(id)?.units ?? []).map((u) => u.name)),
        ),
      ),
    );
  const roster: { id: string; name: string }[] = [];
  const inRoster = new Set<string>();
  for (const id of [...batches.keys()].sort())
    for (const u of batches.get(id)?.units ?? [])
      if (!inRoster.has(u.id)) {
        inRoster.add(u.id);
        roster.push(u);
      }

  const byUnit = new Map<string, Candidate[]>();
  for (const c of candidates) byUnit.set(c.unit.id, [...(byUnit.get(c.unit.id) ?? []), c]);
  const units: MergedUnit[] = [];
  const missing: { id: string; name: string }[] = [];
  for (const u of roster) {
    const forms = (byUnit.get(u.id) ?? []).sort(
      (a, b) => cmp(a.file, b.file) || cmp(a.sheet, b.sheet) || cmp(rowsKey(a.unit), rowsKey(b.unit)),
    );
    if (!forms.length) {
      if (candidates.length) missing.push(u);
      continue;
    }
    if (forms.length > 1) {
      const places = forms.map((f) => `${f.file} ("${f.sheet}")`);
      const identical = forms.every((f) => rowsKey(f.unit) === rowsKey(forms[0].unit));
      problems.push(
        problem('form-duplicate', identical ? 'warning' : 'error', {
          unitId: u.id,
          ...M.duplicate(u.name, places, identical),
        }),
      );
      // where they differ, item by item, each form's value: what the office compares to keep the right one
      if (!identical) {
        const lang = opts.lang ?? 'vi';
        const items = itemsFor(lang)
          .map((item) => {
            const rows = forms.map((f) => f.unit.rows[item.key]);
            const differ = (pick: (r: FormRow) => CellValue) =>
              rows.some((r) => !sameValue(r ? pick(r) : null, rows[0] ? pick(rows[0]) : null));
            const column = differ((r) => r.self)
              ? (r: FormRow) => r.self
              : differ((r) => r.appraised)
                ? (r: FormRow) => r.appraised
                : differ((r) => r.evidence) || differ((r) => r.reason)
                  ? null
                  : undefined;
            if (column === undefined) return undefined;
            const values = forms.map((f, i) => {
              const r = rows[i];
              const shown =
                column === null
                  ? `"${[r?.evidence, r?.reason].filter(Boolean).join(' — ')}"`
                  : cellText(r ? column(r) : null, f.unit.formats[item.key] ?? null, lang);
              return `${shown} (${f.file})`;
            });
            return { number: item.number, values };
          })
          .filter((x): x is { number: string; values: string[] } => x !== undefined);
        if (items.length)
          problems.push(
            problem('form-duplicate-values', 'warning', {
              unitId: u.id,
              ...M.duplicateValues(u.name, items),
            }),
          );
      }
      if (!identical) continue;
    }
    units.push(forms[0].unit);
    const unreasoned = Object.entries(forms[0].unit.rows)
      .filter(([, r]) => r.appraised !== null && !sameValue(r.appraised, r.self) && !r.reason)
      .map(([key]) => itemsFor(opts.lang ?? 'vi').find((i) => i.key === key)?.number ?? key);
    if (unreasoned.length)
      problems.push(
        problem('form-no-reason', 'warning', { unitId: u.id, ...M.noReason(u.name, unreasoned) }),
      );
  }
  if (missing.length) problems.push(problem('form-missing', 'error', M.missing(missing)));
  // a form for a unit its batch does not list is never merged silently nor dropped silently
  for (const c of candidates)
    if (!inRoster.has(c.unit.id))
      problems.push(
        problem('form-unknown-unit', 'error', {
          unitId: c.unit.id,
          ...M.unknownUnit(c.file, c.sheet, c.unit.name),
        }),
      );
  const order = (p: FormProblem) => (p.severity === 'error' ? 0 : 1);
  problems.sort(
    (a, b) =>
      order(a) - order(b) ||
      cmp(a.code, b.code) ||
      cmp(a.file ?? '', b.file ?? '') ||
      cmp(a.sheet ?? '', b.sheet ?? '') ||
      cmp(a.unitId ?? '', b.unitId ?? '') ||
      cmp(a.message, b.message),
  );
  return { planId: plan.id, block, items: itemsFor(opts.lang ?? 'vi'), roster, units, problems };
}

/** A form's value as the official typed it: a % cell as a percentage, yes/no in words, blank said so. */
function cellText(v: CellValue, format: string | null, lang: Lang): string {
  if (v === null || (typeof v === 'string' && !v.trim())) return lang === 'vi' ? '(trống)' : '(blank)';
  if (typeof v === 'number')
    return format?.includes('%')
      ? `${formatNumber(v * 100, undefined, lang)}%`
      : formatNumber(v, undefined, lang);
  if (typeof v === 'boolean') return lang === 'vi' ? (v ? 'Có' : 'Không') : v ? 'Yes' : 'No';
  return `"${String(v)}"`;
}

/** Two cells hold the same value (numbers to 12 digits, text without surrounding space). */
export function sameValue(a: CellValue, b: CellValue): boolean {
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a));
  const t = (v: CellValue) => (v === null ? '' : String(v).trim());
  return t(a) === t(b);
}
