import { scoreUnits } from '../../src/engine/score';
import type { ScoreResponse, UnitInput } from '../../src/engine/types';
import type { Plan } from '../../src/plan/schema';
import type { CellValue, SheetModel } from '../../src/sheet/model';
import type { UnitCells, WriteMapping } from '../../src/sheet/writing';
import { compile, testPlan } from '../fixtures';

/** Two criteria, one exclusion fact, two tiers (one with a prize, one without), four units. */
export function smallPlan(): Plan {
  return compile(
    testPlan({
      facts: [{ id: 'late', label: 'Số hồ sơ trễ hạn', type: 'count' }],
      exclusions: [
        {
          id: 'late',
          code: 'excluded-late',
          when: { fact: 'late', op: '>=', value: 2 },
          reason: 'Không xét thi đua: {late} hồ sơ trễ hạn',
        },
      ],
      awards: {
        tiers: [
          {
            id: 'nhat',
            name: 'Giải Nhất',
            count: 1,
            minTotal: 15,
            prize: 3_000_000,
            certificates: 2,
            awardForm: 'Giấy khen',
            dossierSets: 2,
          },
          {
            id: 'kk',
            name: 'Giải Khuyến khích',
            count: 1,
            minTotal: 10,
            prize: null,
            awardForm: 'Giấy khen',
          },
        ],
        others: { certificates: 1 },
      },
    }),
  ).plan;
}

export const UNITS: UnitInput[] = [
  { id: 'a', name: 'Xã A', block: 'a', values: { yn: 'Có', rate: '80%' }, facts: { late: 0 } },
  { id: 'b', name: '=HYPERLINK("x")', block: 'a', values: { yn: 'Có', rate: '60%' }, facts: { late: 0 } },
  { id: 'c', name: 'Xã C', block: 'a', values: { yn: 'Có', rate: '80%' }, facts: { late: 3 } },
  { id: 'd', name: 'Xã D', block: 'a', values: { yn: 'Không', rate: 'khoảng 50' }, facts: { late: 0 } },
];

export function smallResponse(plan: Plan = smallPlan()): ScoreResponse {
  return scoreUnits(compile(plan), UNITS);
}

/**
 * A sheet like an official's: a title row, two header rows (1-based rows 3-4), units on rows 5, 6, 8, 9
 * (row 7 is a sub-heading), a notes column E, a signature below. Origin A1.
 */
export function officialSheet(name = 'Bảng điểm'): SheetModel {
  const values: CellValue[][] = [
    ['BẢNG TỔNG HỢP', null, null, null, null],
    [null, null, null, null, null],
    ['STT', 'Tên đơn vị', '1. Có kế hoạch', '2. Tỷ lệ', 'Ghi chú'],
    [null, null, '(1)', '(2)', null],
    [1, 'Xã A', 'Có', '80%', null],
    [2, '=HYPERLINK("x")', 'Có', '60%', 'ghi chú dài'],
    ['I', 'Nhóm 2', null, null, null],
    [3, 'Xã C', 'Có', '80%', null],
    [4, 'Xã D', 'Không', 'khoảng 50', null],
    [null, null, null, null, null],
    [null, 'NGƯỜI LẬP BIỂU', null, null, null],
  ];
  return { name, origin: { row: 0, col: 0 }, values, merges: [{ top: 0, left: 0, bottom: 0, right: 4 }] };
}

export const MAPPING: WriteMapping = {
  sheet: 'Bảng điểm',
  orientation: 'rows',
  headerRows: [2, 3],
  dataStart: 4,
  dataEnd: 8,
};

export function cellsFor(rows: Record<string, number> = { a: 4, b: 5, c: 7, d: 8 }): Map<string, UnitCells> {
  return new Map(
    Object.entries(rows).map(([id, row]) => [
      id,
      { row, name: { row, col: 1 }, values: { yn: { row, col: 2 }, rate: { row, col: 3 } } },
    ]),
  );
}
