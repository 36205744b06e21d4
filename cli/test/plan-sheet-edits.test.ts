import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { builtInPlan, type Plan } from '@thidua/core';
import { planToSheet, sheetToPlan } from '@thidua/core/sheet';
import { EXAMPLES, loadModel, loadWorkbook, run, tempDir } from './helpers';

/*
 * The "Tiêu chí" sheet edited as officials edit it in Excel (ExcelJS stands in for Excel: typed text, numbers,
 * formulas with their cached result, merges, inserted rows and columns), read back the way `thidua score` reads
 * a workbook without --plan, and scored. Each edit either gives the edited plan, or is refused with the cell named.
 */

const PB = 'phung-hiep-2023-phong-ban';
const base = (builtInPlan(PB) as { plan: Plan }).plan;
const UNIT = 'Văn phòng HĐND và UBND huyện';

type Edit = (ws: ExcelJS.Worksheet) => void;
type Read = { ok: true; plan: Plan } | { ok: false; problems: { path: string; message: string }[] };

const dir = tempDir();
const scored = join(dir, 'scored.xlsx');
let files = 0;

beforeAll(async () => {
  expect((await run(['score', '--plan', PB, join(EXAMPLES, `${PB}.input.json`), '-o', scored])).code).toBe(0);
});

/** The row (1-based) whose cell in `col` reads `text`, searching from `from`. */
function rowWith(ws: ExcelJS.Worksheet, col: number, text: string, from = 1): number {
  for (let r = from; r <= ws.rowCount; r++) if (ws.getCell(r, col).value === text) return r;
  throw new Error(`no row with "${text}"`);
}

/** The column (1-based) headed `text` in heading row `row`. */
function colWith(ws: ExcelJS.Worksheet, row: number, text: string): number {
  let found = 0;
  ws.getRow(row).eachCell((c, n) => {
    if (c.value === text && !found) found = n;
  });
  if (!found) throw new Error(`no column "${text}"`);
  return found;
}

/** The criteria table's cell of criterion `id` under `heading` (headings are on row 2). */
const cell = (ws: ExcelJS.Worksheet, id: string, heading: string) =>
  ws.getCell(rowWith(ws, 2, id), colWith(ws, 2, heading));

/** The award tiers table's cell of tier `id` under `heading`. */
function tierCell(ws: ExcelJS.Worksheet, id: string, heading: string): ExcelJS.Cell {
  const headings = rowWith(ws, 1, 'Mã', rowWith(ws, 1, 'GIẢI THƯỞNG'));
  return ws.getCell(rowWith(ws, 1, id, headings), colWith(ws, headings, heading));
}

const rowValues = (ws: ExcelJS.Worksheet, row: number) =>
  (ws.getRow(row).values as ExcelJS.CellValue[]).slice(1);

/** The scored workbook with its "Tiêu chí" sheet edited, saved to a new file. */
async function edited(edit: Edit): Promise<string> {
  const wb = await loadWorkbook(scored);
  edit(wb.getWorksheet('Tiêu chí') as ExcelJS.Worksheet);
  const file = join(dir, `edited-${++files}.xlsx`);
  await fs.writeFile(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return file;
}

/** The plan read from a saved workbook's "Tiêu chí" sheet, with the stored plan as base (as the CLI does). */
async function readPlan(file: string): Promise<Read> {
  const sheet = (await loadModel(file)).sheets.find((s) => s.name === 'Tiêu chí');
  if (!sheet) throw new Error('no "Tiêu chí" sheet');
  return sheetToPlan(sheet, base);
}

async function read(edit: Edit): Promise<Read> {
  return readPlan(await edited(edit));
}

function planOf(out: Read): Plan {
  if (!out.ok) throw new Error(out.problems.map((p) => p.message).join('\n'));
  return out.plan;
}

function problemsOf(out: Read): { path: string; message: string }[] {
  if (out.ok) throw new Error('read, expected refused');
  return out.problems.map((p) => ({ path: p.path, message: p.message }));
}

const criterion = (plan: Plan, id: string) => plan.criteria.find((c) => c.id === id);

/** `thidua score <file>` without --plan: exit code, stderr, and the unit's total and maximum. */
async function score(
  file: string,
): Promise<{ code: number; err: string; total?: number; maxTotal?: number }> {
  const out = `${file}.json`;
  const res = await run(['score', file, '-o', out]);
  if (res.code !== 0) return { code: res.code, err: res.err };
  const response = JSON.parse(await fs.readFile(out, 'utf8')) as {
    results: { name: string; total: number; maxTotal: number }[];
  };
  const unit = response.results.find((r) => r.name === UNIT);
  return { code: 0, err: res.err, total: unit?.total, maxTotal: unit?.maxTotal };
}

describe('numbers officials type into the plan sheet', () => {
  it.each<[string, ExcelJS.CellValue, number]>([
    ['a number', 12, 12],
    ['a number typed as text', '12', 12],
    ['a number with its unit', '12 điểm', 12],
    ['a number with a short unit', '12đ', 12],
    ['a decimal comma', '10,5', 10.5],
    ['a decimal point', '10.5', 10.5],
    ['spaces and a no-break space around it', ' 12\u00a0', 12],
    ['a note after it', '12 (tăng từ 10)', 12],
    ['a formula with its result', { formula: '6*2', result: 12 }, 12],
    ['a formula over another cell', { formula: 'F4+2', result: 12 }, 12],
  ])('maximum points as %s', async (_, value, expected) => {
    const plan = planOf(
      await read((ws) => {
        cell(ws, 'tc01', 'Điểm tối đa').value = value;
      }),
    );
    expect(criterion(plan, 'tc01')?.maxPoints).toBe(expected);
    expect(plan.criteria.filter((c) => c.id !== 'tc01')).toEqual(
      base.criteria.filter((c) => c.id !== 'tc01'),
    );
  });

  it('an edited maximum is scored: 10 → 12 raises the total and the maximum by 2', async () => {
    const file = await edited((ws) => {
      cell(ws, 'tc01', 'Điểm tối đa').value = { formula: '6*2', result: 12 };
    });
    expect(await score(file)).toMatchObject({ code: 0, total: 102, maxTotal: 102 });
  });

  it.each<[string, ExcelJS.CellValue, string | null, number]>([
    ['"85 %" typed as text', '85 %', null, 85],
    ['"85,5%" typed as text', '85,5%', null, 85.5],
    ['0.85 in a percent-formatted cell', 0.85, '0%', 85],
    ['85 in a plain cell', 85, null, 85],
  ])('a rate target as %s', async (_, value, format, expected) => {
    const plan = planOf(
      await read((ws) => {
        const c = cell(ws, 'tc07', 'Mục tiêu');
        c.value = value;
        if (format) c.numFmt = format;
      }),
    );
    expect(criterion(plan, 'tc07')?.scoring).toEqual({
      kind: 'rate',
      target: expected,
      comparison: 'atLeast',
      method: 'proportional',
    });
  });

  it.each(['0,25', '0.25'])('points per item typed as "%s" are scored', async (value) => {
    const file = await edited((ws) => {
      cell(ws, 'tc15', 'Điểm mỗi đơn vị').value = value;
    });
    expect(criterion(planOf(await readPlan(file)), 'tc15')?.scoring).toEqual({
      kind: 'count',
      method: 'perItem',
      perItem: 0.25,
    });
    expect(await score(file)).toMatchObject({ code: 0, total: 97.5, maxTotal: 100 });
  });

  it.each<[ExcelJS.CellValue]>([[6_000_000], ['6.000.000'], ['6.000.000 đồng'], ['6000000đ'], ['6 000 000']])(
    'a prize typed as %j reads 6 000 000 đồng',
    async (value) => {
      const plan = planOf(
        await read((ws) => {
          tierCell(ws, 'giai-nhat', 'Tiền thưởng (đồng)').value = value;
        }),
      );
      expect(plan.awards.tiers.map((t) => t.prize)).toEqual([6_000_000, 4_000_000, 3_000_000, null]);
    },
  );

  it.each(['6 triệu', '6tr', '6,5 triệu'])(
    'a prize in words ("%s") is refused at its cell',
    async (value) => {
      const out = await read((ws) => {
        tierCell(ws, 'giai-nhat', 'Tiền thưởng (đồng)').value = value;
      });
      expect(problemsOf(out)).toEqual([
        {
          path: "'Tiêu chí'!F39",
          message: `Ô 'Tiêu chí'!F39 (Tiền thưởng (đồng)): "${value}" không phải là số`,
        },
      ]);
    },
  );

  it('refuses text that is not a number, naming the cell and the heading', async () => {
    const out = await read((ws) => {
      cell(ws, 'tc07', 'Mục tiêu').value = 'từ 85%';
      cell(ws, 'tc01', 'Điểm tối đa').value = '10-12';
      tierCell(ws, 'giai-khuyen-khich', 'Số giải').value = '3 giải';
    });
    expect(problemsOf(out).map((p) => p.message)).toEqual([
      `Ô 'Tiêu chí'!F3 (Điểm tối đa): "10-12" không phải là số`,
      `Ô 'Tiêu chí'!G9 (Mục tiêu): "từ 85%" không phải là số`,
      `Ô 'Tiêu chí'!C42 (Số giải): "3 giải" không phải là số`,
    ]);
  });

  it('refuses an Excel error and a maximum that is not above 0', async () => {
    const error = await read((ws) => {
      cell(ws, 'tc01', 'Điểm tối đa').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    });
    expect(problemsOf(error)).toEqual([
      { path: "'Tiêu chí'!F3", message: "Ô 'Tiêu chí'!F3 (Điểm tối đa): ô chứa lỗi Excel #DIV/0!" },
    ]);
    const zero = await read((ws) => {
      cell(ws, 'tc01', 'Điểm tối đa').value = { formula: '0*1', result: 0 };
    });
    expect(problemsOf(zero)).toEqual([
      {
        path: "'Tiêu chí'!F3",
        message: "Ô 'Tiêu chí'!F3 (criteria[0].maxPoints): Quá nhỏ: phải lớn hơn 0",
      },
    ]);
  });
});

describe('cells left blank', () => {
  it.each<[string, string, string, string]>([
    ['tc01', 'Điểm tối đa', "'Tiêu chí'!F3", 'criteria[0].maxPoints'],
    ['tc01', 'Nội dung tiêu chí', "'Tiêu chí'!C3", 'criteria[0].title'],
    ['tc01', 'Loại', "'Tiêu chí'!E3", 'criteria[0].scoring.kind'],
    ['tc07', 'Mục tiêu', "'Tiêu chí'!G9", 'criteria[6].scoring.target'],
    ['tc03', 'Số', "'Tiêu chí'!A5", 'criteria[2].number'],
  ])('%s "%s" blank is refused at %s, naming the column to fill', async (id, heading, path, field) => {
    const out = await read((ws) => {
      cell(ws, id, heading).value = null;
    });
    const problems = problemsOf(out);
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe(path);
    expect(problems[0].message).toBe(
      `Ô ${path} (${field}): ô trống; cột "${heading}" bắt buộc, cần điền giá trị`,
    );
  });

  it('a formula saved without its result reads as blank and is refused at its cell', async () => {
    const out = await read((ws) => {
      cell(ws, 'tc01', 'Điểm tối đa').value = { formula: '6*2' } as ExcelJS.CellFormulaValue;
    });
    expect(problemsOf(out).map((p) => p.path)).toEqual(["'Tiêu chí'!F3"]);
  });

  it('a blank id is made from the number; blank points per item of a count is refused at the row', async () => {
    const plan = planOf(
      await read((ws) => {
        cell(ws, 'tc03', 'Mã').value = null;
      }),
    );
    expect(plan).toEqual(base);
    const out = await read((ws) => {
      cell(ws, 'tc15', 'Điểm mỗi đơn vị').value = null;
    });
    expect(problemsOf(out)).toEqual([
      {
        path: "'Tiêu chí'!E17",
        message:
          "Ô 'Tiêu chí'!E17 (criteria[14].scoring): Tiêu chí 15: cần số điểm cho mỗi đơn vị đếm (perItem)",
      },
    ]);
  });
});

describe('words officials retype', () => {
  it.each(['tỷ lệ', 'Ty le', 'TỶ LỆ', 'Tỉ lệ'])('the kind "%s" is a rate', async (value) => {
    const plan = planOf(
      await read((ws) => {
        cell(ws, 'tc07', 'Loại').value = value;
        cell(ws, 'tc07', 'Cách tính').value = value === 'Tỉ lệ' ? 'Tỉ lệ thuận' : 'tỷ lệ thuận';
      }),
    );
    expect(plan).toEqual(base);
  });

  it('a comparison as ">=" reads ≥; words it does not know are refused with the choices', async () => {
    expect(
      planOf(
        await read((ws) => {
          cell(ws, 'tc07', 'So sánh').value = '>=';
        }),
      ),
    ).toEqual(base);
    const out = await read((ws) => {
      cell(ws, 'tc07', 'So sánh').value = 'lớn hơn';
    });
    expect(problemsOf(out)).toEqual([
      {
        path: "'Tiêu chí'!H9",
        message: `Ô 'Tiêu chí'!H9 (So sánh): "lớn hơn" không phải một trong "≥", ">", "≤", "<"`,
      },
    ]);
  });

  it('a title retyped in capitals, a tier and a block renamed are kept as typed', async () => {
    const plan = planOf(
      await read((ws) => {
        const title = cell(ws, 'tc01', 'Nội dung tiêu chí');
        title.value = String(title.value).toUpperCase();
        tierCell(ws, 'giai-nhat', 'Tên giải').value = 'Giải nhất (Cờ thi đua)';
        const blocks = rowWith(ws, 1, 'Mã', rowWith(ws, 1, 'KHỐI THI ĐUA'));
        ws.getCell(blocks + 1, colWith(ws, blocks, 'Tên khối')).value = 'Khối các phòng ban chuyên môn';
      }),
    );
    expect(criterion(plan, 'tc01')?.title).toBe(base.criteria[0].title.toUpperCase());
    expect(plan.awards.tiers[0].name).toBe('Giải nhất (Cờ thi đua)');
    expect(plan.blocks[0]).toEqual({ ...base.blocks[0], name: 'Khối các phòng ban chuyên môn' });
  });

  it('steps typed with ≥, % and "điểm" are read; a range is refused with the expected form', async () => {
    const plan = planOf(
      await read((ws) => {
        cell(ws, 'tc07', 'Cách tính').value = 'Theo mức';
        cell(ws, 'tc07', 'Các mức (từ: điểm)').value = '≥90%: 8 điểm; ≥80%: 6 điểm';
      }),
    );
    expect(criterion(plan, 'tc07')?.scoring).toEqual({
      kind: 'rate',
      target: 80,
      comparison: 'atLeast',
      method: 'steps',
      steps: [
        { min: 90, points: 8 },
        { min: 80, points: 6 },
      ],
    });
    const out = await read((ws) => {
      cell(ws, 'tc07', 'Cách tính').value = 'Theo mức';
      cell(ws, 'tc07', 'Các mức (từ: điểm)').value = '90 - 100: 8';
    });
    expect(problemsOf(out)[0].message).toBe(
      `Ô 'Tiêu chí'!K9 (Các mức (từ: điểm)): mức "90 - 100: 8" phải có dạng "từ: điểm", ví dụ "90: 10; 70: 6"`,
    );
  });

  it('an exclusion threshold, the end date and the dossier due date as officials type them', async () => {
    const plan = planOf(
      await read((ws) => {
        ws.getCell(rowWith(ws, 1, 'late-dossiers'), 3).value = 'lateDossiersMaxInMonth ≥ 3';
        ws.getCell(rowWith(ws, 1, 'Đến ngày'), 2).value = '30/11/2023';
        // shown as "2024-01-05" (JSON), retyped without the quotes
        ws.getCell(rowWith(ws, 1, 'awards.dueDate'), 2).value = '2024-01-20';
      }),
    );
    expect(plan.exclusions[0].when).toEqual({ fact: 'lateDossiersMaxInMonth', op: '>=', value: 3 });
    expect(plan.period).toEqual({ from: '2023-08-08', to: '2023-11-30' });
    expect(plan.awards.dueDate).toBe('2024-01-20');
    const out = await read((ws) => {
      ws.getCell(rowWith(ws, 1, 'awards.dueDate'), 2).value = '30/01/2024';
    });
    expect(problemsOf(out)).toEqual([
      {
        path: "'Tiêu chí'!B67",
        message: "Ô 'Tiêu chí'!B67 (awards.dueDate): Ngày có thật, theo dạng YYYY-MM-DD",
      },
    ]);
  });
});

describe('rows added, deleted, moved or copied', () => {
  it('a criterion added at the end (with or without an id) is in the plan; scoring asks for its column', async () => {
    for (const id of ['tc17', null]) {
      const file = await edited((ws) => {
        ws.spliceRows(rowWith(ws, 2, 'tc16') + 1, 0, [
          '17',
          id,
          'Tham gia hội thi chuyển đổi số',
          null,
          'Có/Không',
          5,
        ]);
      });
      const plan = planOf(await readPlan(file));
      expect(plan.criteria).toHaveLength(17);
      expect(plan.criteria[16]).toEqual({
        id: 'tc17',
        number: '17',
        title: 'Tham gia hội thi chuyển đổi số',
        maxPoints: 5,
        required: true,
        scoring: { kind: 'yesNo' },
      });
      const res = await score(file);
      expect(res.code).toBe(1);
      expect(res.err).toContain('mọi đơn vị đều thiếu: tiêu chí 17');
      expect(res.err).toContain('--allow-partial');
    }
  });

  it.each([
    ['17.', 16, 'tc17'],
    ['3.1', 3, 'tc03-1'],
    ['3a', 3, 'tc03a'],
  ])('a new row numbered "%s" without an id gets one', async (number, index, id) => {
    const plan = planOf(
      await read((ws) => {
        const after = number.startsWith('3') ? 'tc03' : 'tc16';
        ws.spliceRows(rowWith(ws, 2, after) + 1, 0, [number, null, 'Tiêu chí mới', null, 'Có/Không', 5]);
      }),
    );
    expect(plan.criteria[index]).toMatchObject({ id, number, maxPoints: 5 });
  });

  it('a deleted row (or one emptied) is no longer scored', async () => {
    const deleted = await edited((ws) => ws.spliceRows(rowWith(ws, 2, 'tc16'), 1));
    expect(planOf(await readPlan(deleted)).criteria.map((c) => c.id)).not.toContain('tc16');
    expect(await score(deleted)).toMatchObject({ code: 0, total: 96, maxTotal: 96 });
    const emptied = await read((ws) =>
      ws.getRow(rowWith(ws, 2, 'tc05')).eachCell((c) => {
        c.value = null;
      }),
    );
    expect(planOf(emptied).criteria.map((c) => c.id)).toEqual(
      base.criteria.map((c) => c.id).filter((id) => id !== 'tc05'),
    );
  });

  it('rows moved keep their criteria; the total is unchanged', async () => {
    const file = await edited((ws) => {
      const values = rowValues(ws, rowWith(ws, 2, 'tc01'));
      ws.spliceRows(rowWith(ws, 2, 'tc01'), 1);
      ws.spliceRows(rowWith(ws, 2, 'tc03') + 1, 0, values);
    });
    const plan = planOf(await readPlan(file));
    expect(plan.criteria.map((c) => c.id).slice(0, 4)).toEqual(['tc02', 'tc03', 'tc01', 'tc04']);
    expect(await score(file)).toMatchObject({ code: 0, total: 100, maxTotal: 100 });
  });

  it('a row copied and pasted (its id twice) is refused at the copy', async () => {
    const out = await read((ws) => {
      const r = rowWith(ws, 2, 'tc02');
      ws.spliceRows(r + 1, 0, rowValues(ws, r));
    });
    expect(problemsOf(out)).toEqual([
      {
        path: "'Tiêu chí'!B5",
        message: `Ô 'Tiêu chí'!B5 (criteria[2].id): Mã "tc02" bị trùng trong criteria`,
      },
    ]);
  });

  it('a new row numbered like an existing one is refused at its number', async () => {
    const out = await read((ws) => {
      ws.spliceRows(rowWith(ws, 2, 'tc03') + 1, 0, ['4', null, 'Tiêu chí mới xen giữa', null, 'Có/Không', 5]);
    });
    expect(problemsOf(out)).toEqual([
      {
        path: "'Tiêu chí'!A6",
        message: `Ô 'Tiêu chí'!A6 (criteria[3].id): Mã "tc04" bị trùng trong criteria`,
      },
    ]);
  });

  it('a criterion row the official hid is refused at its row: neither scored unseen nor dropped', async () => {
    let row = 0;
    const out = await read((ws) => {
      row = rowWith(ws, 2, 'tc03');
      ws.getRow(row).hidden = true;
    });
    expect(problemsOf(out)).toEqual([
      {
        path: `'Tiêu chí'!A${row}`,
        message: `Dòng ${row} ('Tiêu chí'!A${row}) của bảng "TIÊU CHÍ CHẤM ĐIỂM" đang bị ẩn: hiện dòng ra nếu kế hoạch vẫn dùng nó, hoặc xoá dòng nếu không dùng`,
      },
    ]);
  });

  it('a totals row under the criteria is not a criterion', async () => {
    const plan = planOf(
      await read((ws) => {
        const last = rowWith(ws, 2, 'tc16');
        ws.spliceRows(last + 1, 0, [
          null,
          null,
          'Tổng cộng',
          null,
          null,
          { formula: `SUM(F3:F${last})`, result: 100 },
        ]);
      }),
    );
    expect(plan).toEqual(base);
  });

  it('a note row of their own inside the criteria is refused at its cells', async () => {
    const out = await read((ws) => {
      ws.spliceRows(rowWith(ws, 2, 'tc03') + 1, 0, ['Ghi chú: tiêu chí 3 áp dụng từ quý III']);
    });
    expect(problemsOf(out).map((p) => p.path)).toEqual([
      "'Tiêu chí'!B6",
      "'Tiêu chí'!C6",
      "'Tiêu chí'!F6",
      "'Tiêu chí'!E6",
    ]);
  });
});

describe('columns and headings', () => {
  it('a column of their own inserted among the columns is ignored; the columns after it are still read', async () => {
    const noted = await read((ws) => {
      ws.spliceColumns(4, 0, []);
      ws.getCell(2, 4).value = 'Ghi chú';
      ws.getCell(rowWith(ws, 2, 'tc01'), 4).value = 'theo QĐ 123';
    });
    expect(planOf(noted)).toEqual(base);
    const file = await edited((ws) => {
      ws.spliceColumns(1, 0, []);
      ws.getCell(rowWith(ws, 3, 'tc01'), colWith(ws, 2, 'Điểm tối đa')).value = 12;
    });
    expect(criterion(planOf(await readPlan(file)), 'tc01')?.maxPoints).toBe(12);
    expect(await score(file)).toMatchObject({ code: 0, total: 102, maxTotal: 102 });
  });

  it('a value typed in a column its criterion kind does not use is refused at its cell, never dropped', async () => {
    const yesNo = base.criteria.find((c) => c.scoring.kind === 'yesNo');
    const rate = base.criteria.find((c) => c.scoring.kind === 'rate');
    if (!yesNo || !rate) throw new Error('the plan lost its yes/no or rate criteria');
    let target = '';
    let perItem = '';
    const out = await read((ws) => {
      const a = cell(ws, yesNo.id, 'Mục tiêu');
      a.value = 90;
      target = a.address;
      const b = cell(ws, rate.id, 'Điểm mỗi đơn vị');
      b.value = 2;
      perItem = b.address;
    });
    const problems = problemsOf(out);
    expect(problems.map((p) => p.path).sort()).toEqual(
      [`'Tiêu chí'!${target}`, `'Tiêu chí'!${perItem}`].sort(),
    );
    expect(problems.find((p) => p.path.endsWith(`!${target}`))?.message).toBe(
      `Ô 'Tiêu chí'!${target} (Mục tiêu): tiêu chí loại "Có/Không" không dùng cột này; xoá giá trị hoặc đổi loại tiêu chí`,
    );
  });

  it('a heading retyped in capitals or in English is still its column', async () => {
    const plan = planOf(
      await read((ws) => {
        const max = colWith(ws, 2, 'Điểm tối đa');
        ws.getCell(2, max).value = 'ĐIỂM TỐI ĐA ';
        ws.getCell(2, colWith(ws, 2, 'Mục tiêu')).value = 'Target';
        ws.getCell(rowWith(ws, 2, 'tc01'), max).value = 12;
      }),
    );
    expect(criterion(plan, 'tc01')?.maxPoints).toBe(12);
    expect(plan.criteria.slice(1)).toEqual(base.criteria.slice(1));
  });

  it('a heading renamed so its values would fall back to defaults is reported as a missing column', async () => {
    const method = await read((ws) => {
      ws.getCell(2, colWith(ws, 2, 'Cách tính')).value = 'Phương pháp tính';
    });
    expect(problemsOf(method)).toEqual([
      {
        path: "'Tiêu chí'!A2",
        message: `Dòng 2 ('Tiêu chí'!A2): bảng "TIÊU CHÍ CHẤM ĐIỂM" thiếu cột "Cách tính"`,
      },
    ]);
    const prize = await read((ws) => {
      const headings = rowWith(ws, 1, 'Mã', rowWith(ws, 1, 'GIẢI THƯỞNG'));
      ws.getCell(headings, colWith(ws, headings, 'Tiền thưởng (đồng)')).value = 'Mức thưởng';
    });
    expect(problemsOf(prize)).toEqual([
      {
        path: "'Tiêu chí'!A38",
        message: `Dòng 38 ('Tiêu chí'!A38): bảng "GIẢI THƯỞNG" thiếu cột "Tiền thưởng (đồng)"`,
      },
    ]);
    const required = await read((ws) => {
      ws.getCell(2, colWith(ws, 2, 'Điểm tối đa')).value = 'Điểm chuẩn';
    });
    expect(problemsOf(required)).toEqual([
      {
        path: "'Tiêu chí'!A2",
        message: `Dòng 2 ('Tiêu chí'!A2): bảng "TIÊU CHÍ CHẤM ĐIỂM" thiếu cột "Điểm tối đa"`,
      },
    ]);
  });

  it('the English column deleted drops the English titles only', async () => {
    const plan = planOf(
      await read((ws) => {
        ws.spliceColumns(colWith(ws, 2, 'Nội dung (tiếng Anh)'), 1);
      }),
    );
    expect(plan.criteria).toEqual(base.criteria.map(({ titleEn: _, ...c }) => c));
  });

  it('a hidden column is still read', async () => {
    const plan = planOf(
      await read((ws) => {
        ws.getColumn(colWith(ws, 2, 'Khác (JSON)')).hidden = true;
        ws.getColumn(colWith(ws, 2, 'Điểm tối đa')).hidden = true;
      }),
    );
    expect(plan).toEqual(base);
  });
});

describe('titles and merged cells', () => {
  it('a title line of their own above the sheet is ignored', async () => {
    const file = await edited((ws) => {
      ws.spliceRows(1, 0, ['BẢNG TIÊU CHÍ KẾ HOẠCH 167/KH-UBND'], []);
      ws.getCell(rowWith(ws, 2, 'tc01'), 6).value = 12;
    });
    expect(criterion(planOf(await readPlan(file)), 'tc01')?.maxPoints).toBe(12);
    expect(await score(file)).toMatchObject({ code: 0, total: 102 });
  });

  it('the criteria title retyped or deleted is refused, not read as "no criteria on the sheet"', async () => {
    const message = 'Trang "Tiêu chí" không có bảng "TIÊU CHÍ CHẤM ĐIỂM"';
    const retyped = await edited((ws) => {
      ws.getCell(1, 1).value = 'BẢNG TIÊU CHÍ CHẤM ĐIỂM';
      ws.getCell(rowWith(ws, 2, 'tc01'), 6).value = 12;
    });
    expect(problemsOf(await readPlan(retyped))).toEqual([{ path: "'Tiêu chí'!A1", message }]);
    const res = await score(retyped);
    expect(res.code).toBe(1);
    expect(res.err).toContain(`'Tiêu chí'!A1: ${message}`);
    const deleted = await read((ws) => ws.spliceRows(1, 1));
    expect(problemsOf(deleted)).toEqual([{ path: "'Tiêu chí'!A1", message }]);
  });

  it('a section title in other casing, in English, or merged across the row is still its section', async () => {
    const plan = planOf(
      await read((ws) => {
        ws.getCell(1, 1).value = 'SCORING CRITERIA';
        ws.mergeCells(1, 1, 1, 15);
        const blocks = rowWith(ws, 1, 'KHỐI THI ĐUA');
        ws.getCell(blocks, 1).value = 'Khối thi đua';
        ws.getCell(blocks + 2, 2).value = 'Khối mới';
      }),
    );
    expect(plan.blocks[0].name).toBe('Khối mới');
    expect(plan.criteria).toEqual(base.criteria);
  });

  it('a title merged across its row keeps its text; a value merged down over two rows is refused there', async () => {
    const across = await read((ws) => {
      const r = rowWith(ws, 2, 'tc01');
      ws.mergeCells(r, 3, r, 4);
    });
    expect(planOf(across)).toEqual(base);
    const down = await read((ws) => {
      const c = colWith(ws, 2, 'Điểm tối đa');
      ws.mergeCells(rowWith(ws, 2, 'tc01'), c, rowWith(ws, 2, 'tc02'), c);
    });
    expect(problemsOf(down).map((p) => p.path)).toEqual(["'Tiêu chí'!F4"]);
  });
});

describe('the language of the sheet', () => {
  /** The "Tiêu chí" sheet rewritten with the English labels. */
  const english = (ws: ExcelJS.Worksheet) => {
    ws.eachRow((row) =>
      row.eachCell((c) => {
        c.value = null;
      }),
    );
    planToSheet(base, 'en').values.forEach((row, i) =>
      row.forEach((v, j) => {
        ws.getCell(i + 1, j + 1).value = v;
      }),
    );
  };

  it('an English sheet edited is scored with the edit', async () => {
    const file = await edited((ws) => {
      english(ws);
      ws.getCell(rowWith(ws, 2, 'tc01'), colWith(ws, 2, 'Max points')).value = 12;
    });
    expect(criterion(planOf(await readPlan(file)), 'tc01')?.maxPoints).toBe(12);
    expect(await score(file)).toMatchObject({ code: 0, total: 102, maxTotal: 102 });
  });

  it('an English sheet with Vietnamese words and a decimal comma typed in', async () => {
    const plan = planOf(
      await read((ws) => {
        english(ws);
        const r = rowWith(ws, 2, 'tc01');
        ws.getCell(r, colWith(ws, 2, 'Kind')).value = 'Có/Không';
        ws.getCell(r, colWith(ws, 2, 'Max points')).value = '12,5';
      }),
    );
    expect(criterion(plan, 'tc01')).toEqual({ ...base.criteria[0], maxPoints: 12.5 });
  });
});

/** CI installs libreoffice-calc-nogui; a missing binary is a broken environment, not a reason to skip. */
function libreoffice(): string {
  const found = spawnSync('sh', ['-c', 'command -v libreoffice || command -v soffice'], { encoding: 'utf8' });
  const path = found.stdout.trim();
  if (!path) throw new Error('libreoffice is not on PATH (apt-get install libreoffice-calc-nogui)');
  return path;
}

describe('saved again by LibreOffice', () => {
  it('the edits survive and are scored', async () => {
    const file = await edited((ws) => {
      cell(ws, 'tc01', 'Điểm tối đa').value = 12;
      cell(ws, 'tc07', 'Mục tiêu').value = '85 %';
      cell(ws, 'tc15', 'Điểm mỗi đơn vị').value = '0,25';
    });
    const out = join(dir, 'lo');
    execFileSync(
      libreoffice(),
      [
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        out,
        file,
      ],
      { stdio: 'pipe', timeout: 150_000 },
    );
    const saved = join(out, file.split('/').pop() as string);
    const plan = planOf(await readPlan(saved));
    expect(criterion(plan, 'tc01')?.maxPoints).toBe(12);
    expect(criterion(plan, 'tc07')?.scoring).toMatchObject({ target: 85 });
    expect(criterion(plan, 'tc15')?.scoring).toMatchObject({ perItem: 0.25 });
    expect(await score(saved)).toMatchObject({ code: 0, total: 99.5, maxTotal: 102 });
  }, 180_000);
});
