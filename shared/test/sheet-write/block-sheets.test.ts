import {
  buildWritePlan,
  parseOutputRecords,
  parseOutputSetting,
  SETTING_KEYS,
  type BuildWritePlanInput,
  type ExtendedWritePlan,
} from '../../src/sheet/writing';
import { writeLabel } from '../../src/sheet/writing';
import { cellsFor, MAPPING, officialSheet, smallPlan, smallResponse } from './fixtures';
import { applied, setCell } from './sheet-edits';

/**
 * A sheet per block, read in one run: units a and b on "Khối xã" (rows 5–6), c and d on "Khối thị trấn" (rows 8–9).
 * Each sheet gets the result columns beside its own table, for its own units only.
 */
const NOW = new Date(Date.UTC(2024, 0, 5, 7, 0, 0));
const FIRST = 'Khối xã';
const SECOND = 'Khối thị trấn';

function input(
  sheets = { first: officialSheet(FIRST), second: officialSheet(SECOND) },
  settings?: Record<string, string>,
): BuildWritePlanInput {
  const plan = smallPlan();
  return {
    sheet: sheets.first,
    mapping: { ...MAPPING, sheet: FIRST },
    cells: cellsFor({ a: 4, b: 5 }),
    alsoBeside: [
      { sheet: sheets.second, mapping: { ...MAPPING, sheet: SECOND }, cells: cellsFor({ c: 7, d: 8 }) },
    ],
    response: smallResponse(plan),
    plan,
    now: NOW,
    sheetNames: [FIRST, SECOND],
    settings,
  };
}

const blockOn = (wp: ExtendedWritePlan, sheet: string) => {
  const found = wp.blocks.filter((b) => b.sheet === sheet);
  expect(found).toHaveLength(1);
  return found[0];
};
const totalsOn = (wp: ExtendedWritePlan, sheet: string) => {
  const block = blockOn(wp, sheet);
  const col = block.values[0].indexOf(writeLabel('total', 'vi'));
  return block.values.slice(1).map((row) => row[col]);
};

describe('results beside every block sheet read', () => {
  const response = smallResponse();
  const total = (id: string) => response.results.find((r) => r.unitId === id)?.total;

  it("writes each sheet's own units beside its own table, and nothing on the rows of the other sheet's units", () => {
    const wp = buildWritePlan(input());
    // rows 3..8 below the two header rows (2, 3): a, b, then the sub-heading, c, d
    expect(totalsOn(wp, FIRST)).toEqual([null, total('a'), total('b'), null, null, null]);
    expect(totalsOn(wp, SECOND)).toEqual([null, null, null, null, total('c'), total('d')]);
    expect(blockOn(wp, SECOND).at).toEqual(blockOn(wp, FIRST).at);
  });

  it('remembers both blocks, checks both sheets before writing, and clears both on the next run', () => {
    const wp = buildWritePlan(input());
    const records = parseOutputRecords(wp.settings[SETTING_KEYS.output]);
    expect(records.map((r) => r.sheet).sort()).toEqual([FIRST, SECOND].sort());
    const checked = new Set((wp.expect ?? []).filter((e) => e.kind === 'empty').map((e) => e.sheet));
    expect([...checked].sort()).toEqual([FIRST, SECOND].sort());

    const sheets = { first: applied(officialSheet(FIRST), wp), second: applied(officialSheet(SECOND), wp) };
    const second = buildWritePlan(input(sheets, wp.settings));
    expect(second.clear).toEqual(parseOutputSetting(wp.settings[SETTING_KEYS.output]));
    expect(blockOn(second, SECOND).at).toEqual(blockOn(wp, SECOND).at);
    expect(second.warnings).toEqual([]);
  });

  it("keeps the block on the sheet where an official typed into it, and still replaces the other sheet's", () => {
    const wp = buildWritePlan(input());
    const old = parseOutputSetting(wp.settings[SETTING_KEYS.output]).find((r) => r.sheet === SECOND)!;
    const edited = setCell(applied(officialSheet(SECOND), wp), old.top + 2, old.left, 'Đã xác minh');
    const sheets = { first: applied(officialSheet(FIRST), wp), second: edited };
    const second = buildWritePlan(input(sheets, wp.settings));
    expect(second.clear.map((r) => r.sheet)).toEqual([FIRST]);
    expect(second.warnings).toHaveLength(1);
    expect(second.warnings?.[0]).toMatchObject({ code: 'output-changed', range: old });
    expect(blockOn(second, SECOND).at.col).toBe(old.right + 2);
  });

  it('writes beside the chosen sheet alone when no other sheet was read', () => {
    const wp = buildWritePlan({ ...input(), alsoBeside: undefined });
    expect(wp.blocks.some((b) => b.sheet === SECOND)).toBe(false);
  });
});
