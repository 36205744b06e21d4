import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreUnits } from '../../src/engine/score';
import type { UnitInput } from '../../src/engine/types';
import { builtInPlan } from '../../src/plans';
import type { CellValue, SheetModel, WriteBlock } from '../../src/sheet/model';
import {
  buildExplanationsSheet,
  buildWritePlan,
  explanationRowCount,
  MAX_EXPLANATION_ROWS,
  parseOwnedSheets,
  SETTING_KEYS,
  type BuildWritePlanInput,
} from '../../src/sheet/writing';
import { compile } from '../fixtures';
import { cellsFor, MAPPING, officialSheet, smallPlan, smallResponse, UNITS } from './fixtures';

const NOW = new Date('2023-12-31T17:30:00Z');

function input(overrides: Partial<BuildWritePlanInput> = {}): BuildWritePlanInput {
  const plan = smallPlan();
  return {
    sheet: officialSheet(),
    mapping: MAPPING,
    cells: cellsFor(),
    response: smallResponse(plan),
    plan,
    now: NOW,
    ...overrides,
  };
}

/** The sheet's table (the block with the header "STT"). */
function table(blocks: WriteBlock[]): WriteBlock {
  const found = blocks.find((b) => b.values[0][0] === 'STT' || b.values[0][0] === 'No.');
  if (!found) throw new Error('no table');
  return found;
}

/** A sheet as an adapter reads it back from the blocks written. */
function asRead(name: string, blocks: WriteBlock[]): SheetModel {
  const rows = Math.max(...blocks.map((b) => b.at.row + b.values.length));
  const cols = Math.max(...blocks.map((b) => b.at.col + Math.max(...b.values.map((r) => r.length))));
  const values: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(cols).fill(null));
  for (const b of blocks)
    b.values.forEach((r, i) => r.forEach((v, j) => (values[b.at.row + i][b.at.col + j] = v)));
  return { name, origin: { row: 0, col: 0 }, values };
}

describe('the "Giải trình" sheet: every number explained', () => {
  const plan = smallPlan();
  const response = smallResponse(plan);
  const part = buildExplanationsSheet('Giải trình', response, plan, 'vi', NOW);
  const t = table(part.blocks);

  it('Xã A by hand: 1 (yes) → 10/10, 2 (80% against ≥ 80%) → 10/10, total 20/20, rank 1, Giải Nhất', () => {
    expect(t.values.slice(0, 4)).toEqual([
      ['STT', 'Đơn vị / tiêu chí', 'Điểm', 'Điểm tối đa', 'Giải trình'],
      [1, 'Xã A', 20, 20, 'Tổng 20,0/20 điểm; hạng 1/3; Giải Nhất: 3.000.000 đồng, đề nghị khen 2 cá nhân'],
      [null, '1. Có kế hoạch', 10, 10, 'Tiêu chí 1: Đạt → 10,0/10 điểm'],
      [null, '2. Tỷ lệ hồ sơ trực tuyến', 10, 10, 'Tiêu chí 2: 80% / mục tiêu ≥80% (đạt) → 10,0/10 điểm'],
    ]);
    // The second unit: 60% of a target of 80%, proportional: 10 × 60 / 80 = 7,5.
    expect(t.values[6]).toEqual([
      null,
      '2. Tỷ lệ hồ sơ trực tuyến',
      7.5,
      10,
      'Tiêu chí 2: 60% / mục tiêu ≥80% (tính theo tỷ lệ) → 7,5/10 điểm',
    ]);
  });

  it('an unreadable value is explained with the cell’s text, and scores 0', () => {
    const d = t.values.findIndex((r) => r[1] === 'Xã D');
    expect(t.values[d + 2]).toEqual([
      null,
      '2. Tỷ lệ hồ sơ trực tuyến',
      0,
      10,
      'Tiêu chí 2: giá trị không hợp lệ — "khoảng 50" không phải là số → 0,0/10 điểm',
    ]);
  });

  it('every unit in the order of the results, its summary line bold; each criterion once per unit', () => {
    const summaries = t.values.filter((r) => typeof r[0] === 'number');
    expect(summaries.map((r) => r[1])).toEqual(response.results.map((u) => u.name));
    expect(t.rowStyles?.map((s) => t.values[s.row][0])).toEqual([1, 2, 3, 4]);
    expect(t.values.length).toBe(1 + explanationRowCount(response));
    expect(explanationRowCount(response)).toBe(4 * 3);
    expect(t.columnFormats).toEqual([null, null, '0.00', '0.00', null]);
  });

  it('a plain title, the plan, its basis, the hashes and the run time in Viet Nam time; prints one page wide', () => {
    const lines = part.blocks.filter((b) => b !== t).map((b) => b.values[0][0]);
    expect(lines[0]).toBe('GIẢI TRÌNH KẾT QUẢ CHẤM ĐIỂM THI ĐUA');
    expect(String(lines[3])).toContain('Chấm lúc 01/01/2024 00:30 (giờ Việt Nam)');
    expect(String(lines[3])).toContain(response.inputHash);
    expect(part.pageSetup).toMatchObject({
      fitToWidth: 1,
      paperSize: 'A4',
      printTitleRows: { first: t.at.row },
    });
  });

  it('says the same when the answer carries traces but no text (rendered from each trace)', () => {
    const full = scoreUnits(compile(plan), UNITS);
    const traced = {
      ...full,
      results: full.results.map((u) => ({
        ...u,
        criteria: u.criteria.map((c) => ({ ...c, explanation: '' })),
      })),
    };
    expect(table(buildExplanationsSheet('Giải trình', traced, plan, 'vi', NOW).blocks).values).toEqual(
      t.values,
    );
  });

  it('from a compact answer: every criterion with its points, the words only where a flag says them', () => {
    const lean = scoreUnits(compile(plan), UNITS, { explain: 'summary' });
    expect(lean.results[0].criteria).toBeUndefined();
    const values = table(buildExplanationsSheet('Giải trình', lean, plan, 'vi', NOW).blocks).values;
    expect(values.map((row) => row.slice(0, 4))).toEqual(t.values.map((row) => row.slice(0, 4)));
    expect(values[2][4]).toBeNull();
  });

  it('in English', () => {
    const en = scoreUnits(compile(plan), UNITS, { lang: 'en' });
    const values = table(buildExplanationsSheet('Explanations', en, plan, 'en', NOW).blocks).values;
    expect(values[0]).toEqual(['No.', 'Unit / criterion', 'Points', 'Maximum', 'Explanation']);
    expect(values[2][4]).toBe('Criterion 1: Met → 10.0/10 points');
  });

  it('plans of targets and award decisions: each target met or not, each decision with its reason', () => {
    const body = JSON.parse(
      readFileSync(join(__dirname, '../../../examples/kien-giang-243-2023.input.json'), 'utf8'),
    ) as { units: UnitInput[] };
    const compiled = builtInPlan('kien-giang-243-2023');
    if (!compiled) throw new Error('plan');
    const scored = scoreUnits(compiled, body.units);
    const values = table(
      buildExplanationsSheet('Giải trình', scored, compiled.plan, 'vi', NOW).blocks,
    ).values;
    expect(values[0]).toEqual(['STT', 'Đơn vị / chỉ tiêu', 'Kết quả', 'Giải trình']);
    const unit = scored.results[0];
    const target = unit.targets?.[0];
    expect(values).toContainEqual([
      null,
      `${target?.number}. ${target?.title}`,
      target?.met ? 'Đạt' : 'Chưa đạt',
      target?.explanation,
    ]);
    const decision = unit.decisions?.[0];
    expect(values.some((r) => r[1] === decision?.name && r[3] === decision?.reason)).toBe(true);
  });
});

describe('the "Giải trình" in a scoring run', () => {
  it('is written by default, as one of the program’s own sheets (listed with its stamp)', () => {
    const wp = buildWritePlan(input());
    expect(wp.sheets).toContainEqual({ name: 'Giải trình', mode: 'createOrReplace' });
    expect(parseOwnedSheets(wp.settings[SETTING_KEYS.sheets])).toContain('Giải trình');
    expect(buildWritePlan(input({ explanationsSheet: false })).sheets.map((s) => s.name)).not.toContain(
      'Giải trình',
    );
  });

  it('never replaces the official’s own "Giải trình": ours goes to "Giải trình (2)", which later runs reuse', () => {
    const names = ['Bảng điểm', 'Giải trình'];
    const first = buildWritePlan(input({ sheetNames: names }));
    expect(first.sheets.map((s) => s.name)).toContain('Giải trình (2)');
    expect(first.warnings).toContainEqual(
      expect.objectContaining({ code: 'sheet-name-taken', sheet: 'Giải trình (2)' }),
    );
    const ours = first.blocks.filter((b) => b.sheet === 'Giải trình (2)');
    const again = buildWritePlan(
      input({
        sheetNames: [...names, 'Giải trình (2)'],
        settings: first.settings,
        sheets: [asRead('Giải trình (2)', ours)],
      }),
    );
    expect(again.sheets.map((s) => s.name)).toContain('Giải trình (2)');
    expect(again.sheets.map((s) => s.name)).not.toContain('Giải trình (3)');
    // A note typed into ours makes it the official's too.
    const typed = asRead('Giải trình (2)', ours);
    typed.values[2][5] = 'Hội đồng đã xem';
    const third = buildWritePlan(
      input({ sheetNames: [...names, 'Giải trình (2)'], settings: first.settings, sheets: [typed] }),
    );
    expect(third.sheets.map((s) => s.name)).toContain('Giải trình (3)');
  });

  it(`is left out, with a warning, above ${MAX_EXPLANATION_ROWS.toLocaleString('en')} lines`, () => {
    const response = smallResponse();
    const many = Array.from({ length: Math.ceil(MAX_EXPLANATION_ROWS / 3) + 1 }, (_, i) => ({
      ...response.results[i % response.results.length],
      unitId: `u${i}`,
    }));
    const big = { ...response, results: many };
    expect(explanationRowCount(big)).toBeGreaterThan(MAX_EXPLANATION_ROWS);
    const wp = buildWritePlan(input({ response: big, include: { results: false, proposals: false } }));
    expect(wp.sheets.map((s) => s.name)).not.toContain('Giải trình');
    const warning = wp.warnings?.find((w) => w.code === 'explanations-left-out');
    expect(warning?.message).toContain('20.000 dòng');
    expect(warning?.messageEn).toContain('20,000');
    expect(wp.appends[0].values[0][16]).toContain('Giải trình');
  });
});
