/**
 * A sheet with the units' own figures ("Tự chấm") beside the appraised ones ("Thẩm định"): the mapping step shows
 * those columns as the self-assessed columns of their criterion (not as columns feeding nothing), and a run sends
 * them as each unit's self-assessment, so both scores are shown side by side while the appraised figures rank.
 */
import ExcelJS from 'exceljs';
import { mappingRows } from '@thidua/core/sheet';
import { fileHost } from '../src/adapters/file';
import { exampleWorkbook, UNCLEAR_CRITERION } from '../e2e/example-workbook';
import { SELF_CRITERIA, SELF_SHEET, selfAssessedWorkbook } from '../e2e/self-assessed-workbook';
import { mappingOptionGroups, selfAssessedColumn, selfValue } from '../src/mapping-options';
import { detect, loadBuiltIn, runScoring, setColumnTarget } from '../src/workflow';

const api = {
  baseUrl: 'http://127.0.0.1:9/api',
  fetchImpl: (async () => {
    throw new TypeError('fetch failed');
  }) as typeof fetch,
  retries: 0,
  sleep: async () => undefined,
};

function xa() {
  const r = loadBuiltIn('phung-hiep-2023-xa');
  if (!r.ok) throw new Error('built-in plan missing');
  return r.loaded;
}

async function detected(wb: ExcelJS.Workbook) {
  const host = fileHost(wb, 'tu-cham.xlsx');
  const loaded = xa();
  const found = await detect(host, loaded.plan);
  if (!found) throw new Error('no table');
  // the criterion the official points at its column by hand, where the sheet leaves it unclear or uncertain
  const column = found.mapping.columns.find(
    (c) => c.target?.id === UNCLEAR_CRITERION || /^(24\.|Ghi nhận thêm)/.test(c.header),
  );
  const mapping = column
    ? setColumnTarget(found.mapping, column.index, { kind: 'criterion', id: UNCLEAR_CRITERION })
    : found.mapping;
  return { host, loaded, d: { ...found, mapping } };
}

describe('the self-assessed columns on the mapping step', () => {
  it('are shown as "Tự chấm" of their criterion, naming the appraised column, in both languages', async () => {
    const { loaded, d } = await detected(selfAssessedWorkbook());
    const selfColumns = d.mapping.columns.filter((c) => c.selfOf);
    expect(selfColumns.map((c) => c.selfOf?.id)).toEqual([...SELF_CRITERIA]);
    const vi = mappingOptionGroups(loaded.plan, 'vi');
    const en = mappingOptionGroups(loaded.plan, 'en');
    for (const column of selfColumns) {
      const shownVi = selfAssessedColumn(d.mapping, column, vi, 'vi');
      const shownEn = selfAssessedColumn(d.mapping, column, en, 'en');
      const appraised = d.mapping.columns.find((c) => c.target?.id === column.selfOf?.id);
      expect(appraised?.index).toBe(column.index + 1);
      const number = loaded.plan.criteria.find((c) => c.id === column.selfOf?.id)?.number;
      expect(shownVi?.value).toBe(selfValue(column.selfOf!));
      expect(shownVi?.text).toMatch(new RegExp(`^Tự chấm: ${number}\\. `));
      expect(shownVi?.why).toContain(`cột thẩm định (cột ${String.fromCharCode(65 + column.index + 1)})`);
      expect(shownVi?.why).toContain('"Điểm tự chấm", "Chênh lệch"');
      expect(shownEn?.text).toMatch(new RegExp(`^Self-assessed: ${number}\\. `));
      expect(shownEn?.why).toContain(`(column ${String.fromCharCode(65 + column.index + 1)})`);
    }
    // the shared rows alone say "not used" for them: the pane's card says what they are instead
    const rows = mappingRows(d.sheet, d.mapping, loaded.plan, 'vi', d.layout);
    expect(rows.filter((r) => selfColumns.some((c) => c.index === r.index)).map((r) => r.level)).toEqual([
      'none',
      'none',
    ]);
    // a column that feeds a criterion is not shown as self-assessed
    const fed = d.mapping.columns.find((c) => c.target)!;
    expect(selfAssessedColumn(d.mapping, fed, vi, 'vi')).toBeUndefined();
  });

  it('a self-assessed column the official points at a criterion (or clears) is no longer read as the unit’s own', async () => {
    const { loaded, d } = await detected(selfAssessedWorkbook());
    const own = d.mapping.columns.find((c) => c.selfOf)!;
    const cleared = setColumnTarget(d.mapping, own.index, null).columns.find((c) => c.index === own.index)!;
    expect(cleared.selfOf).toBeUndefined();
    const groups = mappingOptionGroups(loaded.plan, 'vi');
    expect(selfAssessedColumn(d.mapping, cleared, groups, 'vi')).toBeUndefined();
    // the other self-assessed column keeps its reading
    const other = setColumnTarget(d.mapping, own.index, null).columns.filter((c) => c.selfOf);
    expect(other).toHaveLength(1);
  });
});

describe('a run over the sheet', () => {
  it('shows both scores side by side and ranks on the appraised figures', async () => {
    const { host, loaded, d } = await detected(selfAssessedWorkbook());
    const run = await runScoring(host, { loaded, mapping: d.mapping, block: 'xa', lang: 'vi', api });
    expect(run.source).toBe('local');
    const appraisal = run.response.appraisal;
    expect(appraisal).toBeDefined();
    // every commune claimed more than it was appraised at somewhere: each has a self total and a difference
    const plain = await detected(exampleWorkbook());
    const reference = await runScoring(plain.host, {
      loaded: plain.loaded,
      mapping: plain.d.mapping,
      block: 'xa',
      lang: 'vi',
      api,
    });
    const totals = (r: typeof run) =>
      r.response.results.map((u) => [u.name, u.total, u.rank, u.award?.tier ?? null]);
    // the appraised figures rank: the same totals, ranks and awards as the sheet without the units' own columns
    expect(totals(run)).toEqual(totals(reference));
    const byName = new Map(run.response.results.map((u) => [u.unitId, u]));
    const units = appraisal!.units;
    expect(units.length).toBeGreaterThan(0);
    expect(appraisal!.rankOn).toBe('appraised');
    for (const u of units) {
      const result = byName.get(u.unitId)!;
      expect([u.name, u.appraisedTotal, u.appraisedRank]).toEqual([u.name, result.total, result.rank]);
      if (u.selfTotal !== null && u.appraisedTotal !== null)
        expect(u.difference).toBeCloseTo(u.appraisedTotal - u.selfTotal, 6);
    }
    // the communes claimed more than they were appraised at: some differ, none the other way
    const differing = units.filter((u) => u.difference !== null && u.difference !== 0);
    expect(differing.length).toBeGreaterThan(0);
    for (const u of differing) expect(u.difference).toBeLessThan(0);
    // on the sheet: "Điểm tự chấm" and "Chênh lệch" beside the results
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await host.save!()) as unknown as ArrayBuffer);
    const headers: string[] = [];
    wb.getWorksheet(SELF_SHEET)?.eachRow((row) =>
      row.eachCell((c) => {
        if (typeof c.value === 'string') headers.push(c.value);
      }),
    );
    expect(headers).toEqual(expect.arrayContaining(['Điểm tự chấm']));
    expect(headers.some((h) => h.startsWith('Chênh lệch'))).toBe(true);
  });
});
