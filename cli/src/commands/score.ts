import ExcelJS from 'exceljs';
import { applyWritePlan, readSheet } from '../../../shared/adapters/exceljs';
import { scoreRequest, validateRequest } from '../../../shared/src/api/score-request';
import type { ScoreResponse, UnitInput } from '../../../shared/src/engine/types';
import { mappingSettingKey, mappingToSetting } from '../../../shared/src/sheet';
import type { CellValue } from '../../../shared/src/sheet/model';
import {
  buildTemplate,
  buildWritePlan,
  fundLine,
  SETTING_KEYS,
  type UnitCells,
} from '../../../shared/src/sheet/writing';
import { UsageError, type CliIo } from '../io';
import type { Messages } from '../messages';
import { prepare, type Prepared } from '../prepare';
import type { CliArgs } from '../run';

function defaultOutput(input: string, lang: CliArgs['lang']): string {
  return input.replace(/(\.[^./\\]+)?$/, lang === 'en' ? '-results.xlsx' : '-ket-qua.xlsx');
}

function asCell(value: unknown, lang: CliArgs['lang']): CellValue {
  if (typeof value === 'boolean')
    return value ? (lang === 'en' ? 'Yes' : 'Có') : lang === 'en' ? 'No' : 'Không';
  if (typeof value === 'number' || typeof value === 'string') return value;
  return null;
}

/** A fact's value; "cchc_2021" reads { "cchc": { "2021": … } } as well. */
function factValue(facts: Record<string, unknown> | undefined, id: string): unknown {
  if (!facts) return undefined;
  if (id in facts) return facts[id];
  const perYear = /^(.+)_(\d{4})$/.exec(id);
  const byYear = perYear ? facts[perYear[1]] : undefined;
  return byYear && typeof byYear === 'object'
    ? (byYear as Record<string, unknown>)[perYear?.[2] ?? '']
    : undefined;
}

/** JSON units written into a fresh template, so a JSON input can still produce a scored workbook. */
function workbookFromUnits(
  prepared: Prepared,
  args: CliArgs,
): { wb: ExcelJS.Workbook; cells: Map<string, UnitCells>; template: ReturnType<typeof buildTemplate> } {
  const plan = prepared.plan.plan;
  const units: UnitInput[] = prepared.units;
  const block = args.block ?? (plan.blocks.length === 1 ? plan.blocks[0].id : undefined);
  const template = buildTemplate(plan, { block, lang: args.lang, units: units.map((u) => u.name ?? u.id) });
  const wb = new ExcelJS.Workbook();
  applyWritePlan(wb, template.writePlan);
  const ws = wb.getWorksheet(template.sheet) as ExcelJS.Worksheet;
  const cells = new Map<string, UnitCells>();
  const { mapping } = template;
  const names = new Map(units.map((u) => [u.id, u.name ?? u.id]));
  units.forEach((u, i) => {
    const row = mapping.dataStart + i;
    const refs: UnitCells['values'] = {};
    if (mapping.blockIndex !== undefined) ws.getCell(row + 1, mapping.blockIndex + 1).value = u.block ?? null;
    for (const col of mapping.columns) {
      if (!col.target) continue;
      // An individual's collective is written as the collective's name, the way officials fill the sheet.
      const value = asCell(
        col.target.kind === 'unitField'
          ? (names.get(u.collective ?? '') ?? u.collective)
          : col.target.kind === 'fact'
            ? factValue(u.facts, col.target.id)
            : u.values[col.target.id],
        args.lang,
      );
      const cell = ws.getCell(row + 1, col.index + 1);
      cell.value = value;
      // A number the official typed as a percent stays as typed: keep it readable, not reformatted.
      if (typeof value === 'string') cell.numFmt = '@';
      else if (typeof value === 'number' && cell.numFmt === '0.0%') cell.numFmt = 'General';
      if (col.target.kind !== 'unitField') refs[col.target.id] = { row, col: col.index };
    }
    cells.set(u.id, { row, name: { row, col: mapping.nameIndex }, values: refs });
  });
  return { wb, cells, template };
}

function summarise(
  response: ScoreResponse,
  m: Messages,
  lang: CliArgs['lang'],
  write: (s: string) => void,
): void {
  const ranked = response.results.filter((u) => u.rank !== null).length;
  const awards = response.results.filter((u) => u.award).length;
  write(`${m.scored(response.results.length, ranked, awards)}\n`);
  for (const b of response.summary.blocks) if (b.units) write(`${m.fund(fundLine(b, lang))}\n`);
  const ties = response.summary.blocks.reduce((n, b) => n + b.ties.length, 0);
  if (ties) write(`${m.ties(ties)}\n`);
}

export async function scoreCommand(args: CliArgs, io: CliIo, m: Messages): Promise<number> {
  const prepared = await prepare(args, io, m);
  const { input } = prepared;
  const outputPath =
    args.output ??
    (args.inPlace ? input.path : input.kind === 'xlsx' ? defaultOutput(input.path, args.lang) : undefined);
  if (outputPath && io.resolve(outputPath) === io.resolve(input.path) && !args.inPlace)
    throw new UsageError(m.sameAsInput(input.path));
  const write = args.json ? (s: string) => io.stderr(s) : (s: string) => io.stdout(s);

  if (!prepared.units.length) {
    io.stderr(`${m.noUnits}\n`);
    return 1;
  }
  prepared.progress(m.scoring(prepared.units.length));
  const options = { ...(input.kind === 'json' ? input.options : {}), lang: args.lang };
  const outcome = scoreRequest({ plan: prepared.plan.ref, units: prepared.units, options });
  if (!outcome.ok) {
    io.stderr(`${outcome.title}\n${outcome.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}\n`);
    return 1;
  }
  const response = outcome.response;
  let dataProblems = prepared.problems.length;
  if (input.kind === 'json') {
    const checked = validateRequest({ plan: prepared.plan.ref, units: prepared.units, options });
    dataProblems = checked.ok ? checked.report.problems.length : 0;
  }

  if (args.json || (input.kind === 'json' && !outputPath))
    io.stdout(`${JSON.stringify(response, null, 2)}\n`);
  if (outputPath && /\.json$/i.test(outputPath)) {
    prepared.progress(m.writing(outputPath));
    await io.writeFile(outputPath, `${JSON.stringify(response, null, 2)}\n`);
    write(`${m.wrote(outputPath)}\n`);
  } else if (outputPath) {
    prepared.progress(m.writing(outputPath));
    const source = input.path.split(/[\\/]/).pop();
    let wb: ExcelJS.Workbook;
    let plan;
    if (input.kind === 'xlsx' && prepared.analysis) {
      const { sheet, mapping, extraction } = prepared.analysis;
      wb = input.workbook;
      plan = buildWritePlan({
        sheet,
        mapping,
        cells: extraction.cells,
        response,
        plan: prepared.plan.plan,
        lang: args.lang,
        perCriterion: args.perCriterion,
        previousOutput: input.model.settings?.[SETTING_KEYS.output],
        now: io.now(),
        mappingSetting: mappingToSetting(mapping),
        mappingKey: mappingSettingKey(sheet.name),
        dueDate: args.dueDate,
        sheetNames: input.model.sheets.map((s) => s.name),
        source,
      });
    } else {
      const built = workbookFromUnits(prepared, args);
      wb = built.wb;
      const sheet = readSheet(wb.getWorksheet(built.template.sheet) as ExcelJS.Worksheet);
      plan = buildWritePlan({
        sheet,
        mapping: built.template.mapping,
        cells: built.cells,
        response,
        plan: prepared.plan.plan,
        lang: args.lang,
        perCriterion: args.perCriterion,
        now: io.now(),
        dueDate: args.dueDate,
        sheetNames: wb.worksheets.map((w) => w.name),
        source,
      });
    }
    applyWritePlan(wb, plan);
    await io.writeFile(outputPath, new Uint8Array(await wb.xlsx.writeBuffer()));
    write(`${m.wrote(outputPath)}\n`);
  }
  summarise(response, m, args.lang, write);
  if (dataProblems) io.stderr(`${m.warnings(dataProblems)}\n`);
  if (args.strict && dataProblems) {
    io.stderr(`${m.strictFail}\n`);
    return 1;
  }
  return 0;
}
