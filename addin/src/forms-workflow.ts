/**
 * The pane's registration, forms and merge steps over a WorkbookHost or files picked in the browser — sequencing
 * only: the forms, the merge, the summary and the appraisal are shared/src/forms, applied by the shared ExcelJS
 * adapter (file mode) or by the host (Excel, where sheets cannot be protected from the pane).
 */
import ExcelJS from 'exceljs';
import {
  applyWritePlan,
  readWorkbook,
  openWorkbookBytes,
  protectSheets,
} from '@thidua/core/adapters/exceljs';
import {
  buildForms,
  buildSummary,
  formIdentities,
  mergeForms,
  repeatedUnits,
  type FormFile,
  type MergeResult,
} from '@thidua/core/forms';
import type { Plan } from '@thidua/core';
import {
  buildTemplate,
  WorkbookReadError,
  workbookProblemText,
  type SheetModel,
  type ExtendedWritePlan,
} from '@thidua/core/sheet';
import { fileHost } from './adapters/file';
import type { WorkbookHost } from './adapters/host';
import type { StringKey, UiLang } from './i18n';
import { PaneError } from './pane-error';

async function bytesOf(plan: ExtendedWritePlan, protect: Parameters<typeof protectSheets>[1] = []) {
  const wb = new ExcelJS.Workbook();
  applyWritePlan(wb, plan);
  await protectSheets(wb, protect);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Refuses a plan that would replace a sheet the workbook already has (the official's, or an earlier one). */
async function applyNew(host: WorkbookHost, plan: ExtendedWritePlan, action: StringKey): Promise<void> {
  const existing = new Set((await host.listSheets()).map((s) => s.toLowerCase()));
  const clash = plan.sheets.find((s) => existing.has(s.name.toLowerCase()));
  if (clash) throw new PaneError('sheetExists', { sheet: clash.name, action: { key: action } });
  await host.apply(plan, []);
}

/** The registration sheet (đăng ký thi đua): a new workbook to download, or new sheets in Excel. */
export async function registrationSheet(
  host: WorkbookHost | undefined,
  plan: Plan,
  opts: { block?: string; lang: UiLang },
): Promise<Uint8Array | undefined> {
  const template = buildTemplate(plan, { block: opts.block, lang: opts.lang, rows: 30, registration: true });
  if (host?.kind === 'excel') return void (await applyNew(host, template.writePlan, 'formsRegistration'));
  return bytesOf(template.writePlan);
}

/** The names typed one per line (blank lines and spaces dropped). */
export function unitNames(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The list of units names one unit twice; said in both languages (describeError picks one). */
export class RepeatedUnitsError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
    this.name = 'RepeatedUnitsError';
  }
}

/** One form per unit: one workbook with a sheet per unit to download (protected), or sheets added in Excel. */
export async function formsWorkbook(
  host: WorkbookHost | undefined,
  plan: Plan,
  names: string[],
  opts: { block?: string; lang: UiLang },
): Promise<{ bytes?: Uint8Array; fileName: string; count: number }> {
  const units = names.map((name) => ({ name }));
  // one unit typed twice ("Xã Hòa An", "xã hoà an") would get two forms and be ranked twice: refused, both named
  const repeated = repeatedUnits(units);
  if (repeated) throw new RepeatedUnitsError(repeated.message, repeated.messageEn);
  const [book] = buildForms(plan, units, { block: opts.block, lang: opts.lang, layout: 'sheets' });
  if (host?.kind === 'excel') {
    await applyNew(host, book.writePlan, 'formsMake');
    return { fileName: book.fileName, count: names.length };
  }
  return {
    bytes: await bytesOf(book.writePlan, book.protections),
    fileName: book.fileName,
    count: names.length,
  };
}

export interface PaneMerge {
  merged: MergeResult;
  /** File mode: the summary workbook, opened as the pane's workbook to score next. */
  host?: WorkbookHost;
  changed: number;
  /** Files that could not be opened, each with the reason. */
  unreadable: string[];
}

const SUMMARY_NAME = 'tong-hop-phieu-tu-cham.xlsx';

/** File mode: the picked files merged; the summary opened as the pane's workbook. */
export async function mergeFiles(
  plan: Plan,
  files: { name: string; bytes: ArrayBuffer }[],
  opts: { block?: string; lang: UiLang },
): Promise<PaneMerge> {
  const read: FormFile[] = [];
  const unreadable: string[] = [];
  for (const f of files) {
    try {
      read.push({ name: f.name, model: readWorkbook(await openWorkbookBytes(new Uint8Array(f.bytes))) });
    } catch (err) {
      if (!(err instanceof WorkbookReadError)) throw err;
      unreadable.push(workbookProblemText(err.problem, opts.lang, f.name));
    }
  }
  const merged = mergeForms(plan, read, opts);
  if (!merged.block) return { merged, changed: 0, unreadable };
  const summary = buildSummary(plan, merged, opts.lang);
  const wb = new ExcelJS.Workbook();
  applyWritePlan(wb, summary.writePlan);
  return { merged, host: fileHost(wb, SUMMARY_NAME), changed: summary.changed, unreadable };
}

/** Excel: the forms on this workbook's sheets merged into new summary sheets of the same workbook. */
export async function mergeSheets(
  host: WorkbookHost,
  plan: Plan,
  opts: { block?: string; lang: UiLang },
): Promise<PaneMerge> {
  const settings = await host.readSettings();
  const names = new Set(await host.listSheets());
  const sheets: SheetModel[] = [];
  for (const { sheet } of formIdentities(settings).forms)
    if (names.has(sheet)) sheets.push(await host.readSheet(sheet));
  const merged = mergeForms(plan, [{ name: host.title ?? 'Excel', model: { sheets, settings } }], opts);
  if (!merged.block) return { merged, changed: 0, unreadable: [] };
  const summary = buildSummary(plan, merged, opts.lang);
  await applyNew(host, summary.writePlan, 'formsMergeSheets');
  return { merged, changed: summary.changed, unreadable: [] };
}
