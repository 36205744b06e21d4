import type { Plan } from '../../src/plan/schema';
import { parsePlan } from '../../src/plan/validate';
import { detectTable, proposeMapping, type ColumnMapping } from '../../src/sheet';
import type { CellValue, SheetModel } from '../../src/sheet/model';
import { testPlan } from '../fixtures';
import { sheet } from '../sheet/helpers';

/**
 * Two blocks; criteria yn (1) and rate (2); target online (a.1) for block b only; facts late (required), note
 * (optional) and cchc per year 2021–2022.
 */
export function workflowPlan(): Plan {
  const parsed = parsePlan(
    testPlan({
      blocks: [
        { id: 'a', name: 'Khối A' },
        { id: 'b', name: 'Khối B' },
      ],
      targets: [
        { id: 'online', number: 'a.1', title: 'Tỷ lệ dịch vụ công trực tuyến', target: 80, appliesTo: ['b'] },
      ],
      facts: [
        { id: 'late', label: 'Số hồ sơ trễ hạn', type: 'count' },
        { id: 'note', label: 'Ghi chú', type: 'text', required: false },
        {
          id: 'cchc',
          label: 'Xếp loại CCHC',
          type: 'ratingByYear',
          scale: ['Kém', 'Tốt'],
          years: [2021, 2022],
        },
      ],
    }),
  );
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  return parsed.plan;
}

/** A sheet headed by ids (each maps with certainty) over the given rows: [name, block, ...values]. */
export function idSheet(name: string, headers: string[], rows: CellValue[][]): SheetModel {
  return sheet(name, [['Tên đơn vị', 'Khối', ...headers], ...rows]);
}

export function proposed(s: SheetModel, plan: Plan): ColumnMapping {
  const layout = detectTable(s);
  if (!layout) throw new Error(`no table on ${s.name}`);
  return proposeMapping(s, layout, plan);
}
