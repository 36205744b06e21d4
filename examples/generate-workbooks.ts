/**
 * Writes, for each built-in plan, a realistic messy workbook built from examples/<plan>.input.json (same units,
 * same values, the quirks officials' sheets have) and the results scoring must give: examples/<plan>.expected.json.
 *
 *   npm run examples
 *
 * The expected results come from scoring the JSON example with the engine — not from reading the workbook — and the
 * script fails if reading the workbook would give anything else. Tests compare the CLI's output with them cell by cell.
 */
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  scoreRequest,
  builtInPlan,
  builtInPlanIds,
  type UnitInput,
  type UnitResult,
  type Plan,
} from '@thidua/core';
import { cellAddress, outputColumns } from '@thidua/core/sheet';

const DIR = __dirname;
/** A fixed time so generated files are reproducible. */
const CREATED = new Date(Date.UTC(2024, 0, 3, 8, 0, 0));

interface Layout {
  sheet: string;
  headerTop: number; // 1-based Excel row of the first header row
  firstUnitRow: number;
  /** 0-based index (among units) after which a stale hidden row is inserted. */
  hiddenAfter: number;
  /** Criterion whose first plain number is written as a formula; without one, STT numbers are formulas. */
  formulaCriterion?: string;
}

/** Sheet names and quirks per plan; any other plan scored by criteria (one block) gets the default layout. */
const LAYOUTS: Record<string, Partial<Layout>> = {
  'phung-hiep-2023-xa': { sheet: 'Tổng hợp điểm', hiddenAfter: 4, formulaCriterion: 'tc13' },
  'phung-hiep-2023-phong-ban': { sheet: 'Bảng điểm phòng ban', hiddenAfter: 6, formulaCriterion: 'tc08' },
};

/**
 * Plans whose messy workbook the sheet reader cannot read back yet (so no example workbook is written for them);
 * each entry says why. Remove an entry once the reader handles it, run `npm run examples`, and the tests cover it.
 */
export const READER_GAPS: Record<string, string> = {};

function layoutFor(plan: Plan, units: UnitInput[]): Layout | undefined {
  if (READER_GAPS[plan.id]) return undefined;
  const firstCount = plan.criteria.find((c) => c.scoring.kind === 'count')?.id;
  return {
    sheet: 'Bảng tổng hợp',
    headerTop: 7,
    firstUnitRow: 9,
    hiddenAfter: Math.min(2, Math.max(0, units.length - 2)),
    formulaCriterion: firstCount,
    ...LAYOUTS[plan.id],
  };
}

const PERCENT = /^(\d+(?:,\d+)?)%$/;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** The value as an official's sheet would hold it; the meaning (what the engine reads) never changes. */
function cellFor(
  value: unknown,
  kind: string,
  variant: number,
): { value: ExcelJS.CellValue; numFmt?: string } {
  if (value === undefined || value === null) return { value: null };
  if (value === '#N/A')
    return {
      value: { formula: 'VLOOKUP(B1,$AZ$1:$AZ$2,1,FALSE)', result: { error: '#N/A' } } as ExcelJS.CellValue,
    };
  if (typeof value === 'string' && kind === 'rate') {
    const m = PERCENT.exec(value);
    if (m) {
      const percent = Number(m[1].replace(',', '.'));
      if (variant === 1) return { value: percent / 100, numFmt: percent % 1 ? '0.0%' : '0%' };
      if (variant === 2 && percent > 1) return { value: percent };
    }
    return { value };
  }
  if (typeof value === 'string' && kind === 'count' && /^\d+$/.test(value) && variant !== 0)
    return { value: Number(value) };
  return { value: value as ExcelJS.CellValue };
}

/** A date fact ("2022-03-25") as officials hold it: a date cell, or typed as text "25/03/2022". */
function dateCell(iso: string, variant: number): { value: ExcelJS.CellValue; numFmt?: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return { value: iso };
  if (variant % 2) return { value: `${m[3]}/${m[2]}/${m[1]}` };
  return { value: new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))), numFmt: 'dd/mm/yyyy' };
}

/** One column per fact, and per year of a per-year fact ("Xếp loại CCHC 2021", fed to "cchc_2021"). */
function factColumns(plan: Plan): { id: string; year?: string; type: string; header: string }[] {
  return plan.facts.flatMap((f) => {
    const years = (f as { years?: (string | number)[] }).years;
    if (!/ByYear$/.test(f.type) || !years?.length) return [{ id: f.id, type: f.type, header: f.label }];
    return years.map((y) => ({ id: f.id, year: String(y), type: f.type, header: `${f.label} ${y}` }));
  });
}

function factOf(u: UnitInput, f: { id: string; year?: string }): unknown {
  const raw = u.facts?.[f.id];
  if (f.year === undefined) return raw;
  if (raw && typeof raw === 'object') return (raw as Record<string, unknown>)[f.year];
  return u.facts?.[`${f.id}_${f.year}`];
}

function header(plan: Plan, c: Plan['criteria'][number]): string {
  return `${c.number}. ${c.title} (${c.maxPoints} điểm)`;
}

async function buildWorkbook(
  plan: Plan,
  units: UnitInput[],
  layout: Layout,
): Promise<{ wb: ExcelJS.Workbook; rows: Map<string, number>; lastCol: number }> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Phòng Văn hóa và Thông tin huyện Phụng Hiệp';
  wb.created = CREATED;
  wb.modified = CREATED;
  const ws = wb.addWorksheet(layout.sheet);
  const criteria = plan.criteria;
  // Targets (chỉ tiêu) are read like criteria: a value per unit, percentages with the same quirks.
  const measures = [
    ...criteria.map((c) => ({ id: c.id, kind: c.scoring.kind as string, header: header(plan, c) })),
    ...(plan.targets ?? []).map((t) => ({
      id: t.id,
      kind: t.unit === '%' ? 'rate' : t.unit,
      header: `${t.number}. ${t.title}${t.unit === '%' ? ` (mục tiêu ${t.comparison === 'moreThan' ? '>' : '≥'} ${String(t.target).replace('.', ',')}%)` : ''}`,
    })),
  ];
  const facts = factColumns(plan);
  // Individuals name their collective (by its name) in a column after the unit's name.
  const collectiveCol = units.some((u) => u.collective) ? 3 : undefined;
  const names = new Map(units.map((u) => [u.id, u.name ?? u.id]));
  const firstData = collectiveCol ? 4 : 3; // column C, or D after the collective
  const factCol = firstData + measures.length;
  const notesCol = factCol + facts.length;
  const lastCol = notesCol;

  ws.getCell(1, 1).value = 'ỦY BAN NHÂN DÂN HUYỆN PHỤNG HIỆP';
  ws.mergeCells(1, 1, 1, 5);
  ws.getCell(2, 1).value = 'HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG';
  ws.mergeCells(2, 1, 2, 5);
  ws.getCell(1, 8).value = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  ws.mergeCells(1, 8, 1, 16);
  ws.getCell(2, 8).value = 'Độc lập - Tự do - Hạnh phúc';
  ws.mergeCells(2, 8, 2, 16);
  const blockName = plan.blocks.length === 1 ? plan.blocks[0].name.toUpperCase() : 'CÁC KHỐI THI ĐUA';
  ws.getCell(4, 1).value = `BẢNG TỔNG HỢP ĐIỂM THI ĐUA CHUYỂN ĐỔI SỐ NĂM 2023 — ${blockName}`;
  ws.mergeCells(4, 1, 4, 16);
  ws.getCell(5, 1).value = `(Kèm theo Kế hoạch số ${plan.source.number} của UBND huyện Phụng Hiệp)`;
  ws.mergeCells(5, 1, 5, 16);
  for (const r of [1, 2, 4, 5]) ws.getRow(r).font = { bold: r !== 5, italic: r === 5 };

  const h = layout.headerTop;
  ws.getCell(h, 1).value = 'STT';
  ws.mergeCells(h, 1, h + 1, 1);
  ws.getCell(h, 2).value = 'Tên đơn vị';
  ws.mergeCells(h, 2, h + 1, 2);
  if (collectiveCol) {
    ws.getCell(h, collectiveCol).value = 'Thuộc tập thể';
    ws.mergeCells(h, collectiveCol, h + 1, collectiveCol);
  }
  measures.forEach((c, i) => {
    ws.getCell(h, firstData + i).value = c.header;
    ws.getCell(h + 1, firstData + i).value = `(${i + 1})`;
  });
  facts.forEach((f, i) => {
    ws.getCell(h, factCol + i).value = f.header;
    ws.getCell(h + 1, factCol + i).value = `(${measures.length + i + 1})`;
  });
  ws.getCell(h, notesCol).value = 'Ghi chú';
  ws.mergeCells(h, notesCol, h + 1, notesCol);
  for (const r of [h, h + 1])
    ws.getRow(r).eachCell((cell) => {
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      cell.border = {
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' },
      };
    });
  ws.getRow(h).height = 120;

  const rows = new Map<string, number>();
  let r = layout.firstUnitRow;
  let sttRow = r;
  let formulaWritten = false;
  // Several blocks: units grouped under "I. <block name>" rows, the way summary sheets are laid out.
  const sections = plan.blocks.length > 1;
  const ordered = sections ? plan.blocks.flatMap((b) => units.filter((u) => u.block === b.id)) : units;
  let section = 0;
  ordered.forEach((u, i) => {
    if (sections && (i === 0 || ordered[i - 1].block !== u.block)) {
      const block = plan.blocks.find((b) => b.id === u.block);
      ws.getCell(r, 2).value = `${ROMAN[section++]}. ${block?.name ?? u.block}`;
      ws.getRow(r).font = { bold: true };
      r++;
    }
    rows.set(u.id, r);
    // Without a count criterion to carry the formula quirk, STT is numbered by formula as many officials do.
    ws.getCell(r, 1).value =
      layout.formulaCriterion || i === 0 ? i + 1 : { formula: `A${sttRow}+1`, result: i + 1 };
    sttRow = r;
    ws.getCell(r, 2).value = u.name ?? u.id;
    if (collectiveCol && u.collective)
      ws.getCell(r, collectiveCol).value = names.get(u.collective) ?? u.collective;
    measures.forEach((c, k) => {
      const raw = u.values[c.id];
      const variant = (i + k) % 3;
      const cell = ws.getCell(r, firstData + k);
      if (!formulaWritten && c.id === layout.formulaCriterion && typeof raw === 'number') {
        cell.value = { formula: `${raw - 50}+50`, result: raw };
        formulaWritten = true;
        return;
      }
      if (
        !formulaWritten &&
        c.id === layout.formulaCriterion &&
        typeof raw === 'string' &&
        /^\d+$/.test(raw)
      ) {
        cell.value = { formula: `${Number(raw) - 40}+40`, result: Number(raw) };
        formulaWritten = true;
        return;
      }
      const { value, numFmt } = cellFor(raw, c.kind, variant);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
    });
    facts.forEach((f, k) => {
      const raw = factOf(u, f);
      const cell = ws.getCell(r, factCol + k);
      if (f.type === 'date' && typeof raw === 'string') {
        const { value, numFmt } = dateCell(raw, i + k);
        cell.value = value;
        if (numFmt) cell.numFmt = numFmt;
      } else cell.value = raw === undefined ? null : (raw as ExcelJS.CellValue);
    });
    if (u.facts && Object.keys(u.facts).length < facts.length && !sections)
      ws.getCell(r, notesCol).value = 'Chưa gửi số liệu báo cáo trễ hạn';
    r++;
    if (i === layout.hiddenAfter) {
      // A stale row the official hid instead of deleting: it must not be scored.
      ws.getCell(r, 2).value = `${u.name} (số liệu cũ — không sử dụng)`;
      measures.forEach((c, k) => (ws.getCell(r, firstData + k).value = c.kind === 'yesNo' ? 'Không' : 0));
      ws.getRow(r).hidden = true;
      r++;
    }
  });
  const totalsRow = r;
  ws.getCell(totalsRow, 2).value = 'Tổng cộng';
  criteria.forEach((c, k) => {
    if (c.scoring.kind !== 'count') return;
    const col = firstData + k;
    const from = cellAddress({ row: layout.firstUnitRow - 1, col: col - 1 });
    const to = cellAddress({ row: totalsRow - 2, col: col - 1 });
    let sum = 0;
    for (let rr = layout.firstUnitRow; rr < totalsRow; rr++) {
      if (ws.getRow(rr).hidden) continue;
      const v = ws.getCell(rr, col).value;
      const n =
        typeof v === 'number'
          ? v
          : v && typeof v === 'object' && 'result' in v
            ? Number(v.result)
            : Number(v);
      if (Number.isFinite(n)) sum += n;
    }
    ws.getCell(totalsRow, col).value = { formula: `SUBTOTAL(109,${from}:${to})`, result: sum };
  });
  if (!units.some((u) => Object.values(u.values).includes('#N/A')))
    ws.getCell(totalsRow, notesCol).value = {
      formula: 'VLOOKUP("Tổng",$AZ$1:$AZ$2,1,FALSE)',
      result: { error: '#N/A' },
    } as ExcelJS.CellValue;
  ws.getRow(totalsRow).font = { bold: true };

  const sign = totalsRow + 2;
  ws.getCell(sign, 10).value = 'Phụng Hiệp, ngày 03 tháng 01 năm 2024';
  ws.getCell(sign + 1, 2).value = 'NGƯỜI LẬP BIỂU';
  ws.getCell(sign + 1, 10).value = 'TM. HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG';
  ws.getCell(sign + 2, 10).value = 'CHỦ TỊCH';
  ws.getCell(sign + 6, 2).value = 'Nguyễn Văn A';
  ws.getCell(sign + 6, 10).value = 'Trần Văn B';

  ws.getColumn(1).width = 5;
  ws.getColumn(2).width = 32;
  for (let c = firstData; c <= lastCol; c++) ws.getColumn(c).width = 14;
  ws.getColumn(notesCol).width = 30;
  return { wb, rows, lastCol };
}

function expectedRow(u: UnitResult, row: number, plan: Plan): Record<string, unknown> {
  const targets = u.targets ?? [];
  return {
    row,
    name: u.name,
    ...(plan.criteria.length ? { total: u.total, rank: u.rank } : {}),
    ...(plan.targets?.length
      ? {
          targets: targets.length
            ? `đạt ${targets.filter((t) => t.met).length}/${targets.length}, vượt ${targets.filter((t) => t.exceeded).length}`
            : null,
        }
      : {}),
    eligible: u.eligible ? 'Có' : 'Không',
    award: u.award?.name ?? null,
    prize: u.award?.prize ?? null,
    bonusPoints: u.award?.bonusPoints ?? null,
    certificates: u.certificates,
    excluded: u.excluded,
    pendingTiers: u.pendingTiers.map((id) => plan.awards.tiers.find((t) => t.id === id)?.name ?? id),
  };
}

/** One example: the messy workbook and the results the JSON example scores to. */
export async function buildExample(
  planId: string,
): Promise<{ workbook: ExcelJS.Workbook; expected: Record<string, unknown> }> {
  const plan = (builtInPlan(planId) as NonNullable<ReturnType<typeof builtInPlan>>).plan;
  const body = JSON.parse(await fs.readFile(join(DIR, `${planId}.input.json`), 'utf8')) as {
    units: UnitInput[];
  };
  const layout = layoutFor(plan, body.units);
  if (!layout)
    throw new Error(`No example workbook for plan ${planId}: ${READER_GAPS[planId] ?? 'no layout'}`);
  const scored = scoreRequest({ plan: planId, units: body.units });
  if (!scored.ok) throw new Error(`${planId}: the JSON example does not score: ${scored.title}`);
  const { wb, rows, lastCol } = await buildWorkbook(plan, body.units, layout);
  // Output columns start one blank column after the table's last column (the notes column).
  const columns = outputColumns(plan, 'vi', false);
  const outputStart = lastCol + 1; // 0-based index of lastCol (1-based) + 1, plus the blank column
  const letters = Object.fromEntries(
    columns.map((c, i) => [c.key, cellAddress({ row: 0, col: outputStart + i }).replace(/\d+$/, '')]),
  );
  const expected = {
    plan: planId,
    sheet: layout.sheet,
    headerRow: layout.headerTop,
    columns: letters,
    prizeFundUsed: scored.response.summary.prizeFundUsed,
    // What the proposals sheet shows as the dossier deadline: the plan's, else a granted decision's.
    dueDate:
      plan.awards.dueDate ??
      scored.response.results.flatMap((u) => u.decisions ?? []).find((d) => d.granted && d.dueDate)
        ?.dueDate ??
      null,
    units: scored.response.results
      .map((u) => expectedRow(u, rows.get(u.unitId) as number, plan))
      .sort((a, b) => (a.row as number) - (b.row as number)),
  };
  return { workbook: wb, expected };
}

/** Plans with an example workbook: every built-in plan with an examples/<id>.input.json, except READER_GAPS. */
export const EXAMPLE_PLAN_IDS = builtInPlanIds().filter((id) => {
  const plan = builtInPlan(id)?.plan;
  const input = join(DIR, `${id}.input.json`);
  if (!plan || !existsSync(input)) return false;
  return (
    layoutFor(plan, (JSON.parse(readFileSync(input, 'utf8')) as { units: UnitInput[] }).units) !== undefined
  );
});

async function main(): Promise<void> {
  for (const planId of EXAMPLE_PLAN_IDS) {
    const { workbook, expected } = await buildExample(planId);
    await fs.writeFile(join(DIR, `${planId}.xlsx`), new Uint8Array(await workbook.xlsx.writeBuffer()));
    await fs.writeFile(join(DIR, `${planId}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
    process.stdout.write(
      `${planId}: ${planId}.xlsx, ${planId}.expected.json (${(expected.units as unknown[]).length} units)\n`,
    );
  }
}

if (require.main === module)
  main().catch((e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  });
