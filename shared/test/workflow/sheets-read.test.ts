import type { CellValue } from '../../src/sheet/model';
import { chooseSheets, readUnits, readWorkbookForPlan } from '../../src/workflow';
import { sheet } from '../sheet/helpers';
import { workflowPlan } from './helpers';

const plan = workflowPlan();
const headers = ['yn', 'rate', 'late', 'cchc_2021', 'cchc_2022'];

/** The same communes on every sheet, each sheet its own figures. */
function period(name: string, rate: string): ReturnType<typeof sheet> {
  const rows: CellValue[][] = [
    ['Xã Mỹ Hương', 'Có', rate, 0, 'Tốt', 'Tốt'],
    ['Xã Long Hưng', 'Không', rate, 1, 'Tốt', 'Kém'],
  ];
  return sheet(name, [['KHỐI A'], [], ['Tên đơn vị', ...headers], ...rows]);
}

describe('one sheet per quarter and one for the whole year', () => {
  it('reads the year’s sheet ("Ca nam"), even when it is the last', () => {
    const sheets = [
      period('Quy I', '20%'),
      period('Quy II', '40%'),
      period('Quy III', '60%'),
      period('Ca nam', '85%'),
    ];
    const choice = chooseSheets(sheets, plan, {});
    expect(choice.ambiguous).toBeUndefined();
    expect(choice.chosen.map((c) => c.sheet.name)).toEqual(['Ca nam']);
    expect(readUnits(choice.chosen[0], plan).units.map((u) => u.values.rate)).toEqual(['85%', '85%']);
  });

  it('"Tổng hợp cả năm" beside "Tháng 10", "Tháng 11" is the year’s too', () => {
    const choice = chooseSheets(
      [period('Tháng 10', '20%'), period('Tổng hợp cả năm', '85%'), period('Tháng 11', '40%')],
      plan,
      {},
    );
    expect(choice.chosen.map((c) => c.sheet.name)).toEqual(['Tổng hợp cả năm']);
  });

  it('quarters alone, or a sheet that is no part of the year beside them, are still the official’s choice', () => {
    expect(chooseSheets([period('Quy I', '20%'), period('Quy II', '40%')], plan, {}).ambiguous).toEqual([
      'Quy I',
      'Quy II',
    ]);
    expect(
      chooseSheets([period('Quy I', '20%'), period('Ca nam', '85%'), period('Ban sao', '85%')], plan, {})
        .ambiguous,
    ).toEqual(['Quy I', 'Ca nam', 'Ban sao']);
  });
});

describe('the units’ own figures on every sheet read', () => {
  it('are gathered by the ids the units have once read together', () => {
    const part = (name: string, units: [string, string, string][]) =>
      sheet(name, [
        ['KHỐI A'],
        [],
        ['STT', 'Tên đơn vị', '1. Có kế hoạch', null, 'late', 'cchc_2021', 'cchc_2022', 'rate'],
        [null, null, 'Đơn vị tự chấm', 'Thẩm định'],
        ...units.map(([n, own, appraised], i) => [i + 1, n, own, appraised, 0, 'Tốt', 'Tốt', '90%']),
      ]);
    const merges = [
      { top: 2, left: 2, bottom: 2, right: 3 },
      ...[0, 1, 4, 5, 6, 7].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
    ];
    const a = { ...part('Phần 1', [['Xã Mỹ Hương', 'Có', 'Không']]), merges };
    const b = { ...part('Phần 2', [['Xã Long Hưng', 'Có', 'Có']]), merges };
    const read = readWorkbookForPlan({ sheets: [a, b] }, plan);
    expect(read?.parts.map((p) => p.resolved.sheet.name)).toEqual(['Phần 1', 'Phần 2']);
    expect(read?.extraction.units.map((u) => [u.id, u.values.yn])).toEqual([
      ['xa-my-huong', 'Không'],
      ['xa-long-hung', 'Có'],
    ]);
    expect(read?.extraction.selfAssessments).toEqual({
      'xa-my-huong': { values: { yn: 'Có' } },
      'xa-long-hung': { values: { yn: 'Có' } },
    });
  });
});
