import type { WriteBlock } from '../../src/sheet/model';
import { fundLine } from '../../src/sheet/results-sheet';
import { buildProposalsSheet, buildResultsSheet, buildRunLog, buildWritePlan } from '../../src/sheet/writing';
import { cellsFor, MAPPING, officialSheet, smallPlan, smallResponse } from './fixtures';

const NOW = new Date(Date.UTC(2024, 0, 5, 7, 0, 0));

function rows(blocks: WriteBlock[]): unknown[][] {
  const out: unknown[][] = [];
  for (const b of blocks) b.values.forEach((row, r) => (out[b.at.row + r] = row));
  return out;
}

function texts(blocks: WriteBlock[]): string[] {
  return blocks.flatMap((b) => b.values.flat()).filter((v): v is string => typeof v === 'string');
}

describe('results sheet', () => {
  const plan = smallPlan();
  const response = smallResponse(plan);
  const part = buildResultsSheet('Kết quả', response, plan, 'vi', NOW);

  it('ranks each block, with a data bar over the totals', () => {
    const grid = rows(part.blocks);
    const header = grid.findIndex((r) => r?.[0] === 'Xếp hạng');
    expect(grid[header + 1].slice(0, 5)).toEqual([1, 'Xã A', 20, 'Giải Nhất', 3_000_000]);
    expect(part.conditionalFormats).toEqual([
      {
        sheet: 'Kết quả',
        range: { top: header + 1, left: 2, bottom: header + 3, right: 2 },
        kind: 'dataBar',
        color: '#638EC6',
      },
    ]);
  });

  it('shows the prize fund used against the plan, in figures and in words', () => {
    const grid = rows(part.blocks);
    expect(grid.find((r) => r?.[1] === 'Quỹ thưởng đã dùng')).toEqual([
      null,
      'Quỹ thưởng đã dùng',
      null,
      null,
      3_000_000,
      null,
      null,
      'Ba triệu đồng',
    ]);
    expect(grid.find((r) => r?.[1] === 'Quỹ thưởng theo kế hoạch')?.[4]).toBe(30_000_000);
    expect(grid.find((r) => r?.[1] === 'Còn lại')?.[7]).toBe('Hai mươi bảy triệu đồng');
  });

  it('shows the money still held by ties or missing data, and says the remainder does not count it', () => {
    const held = structuredClone(response);
    const block = held.summary.blocks[0];
    block.prizeFundPending = 2_000_000;
    const grid = rows(buildResultsSheet('Kết quả', held, plan, 'vi', NOW).blocks);
    const labels = grid.map((r) => r?.[1]);
    expect(grid.find((r) => r?.[1]?.toString().startsWith('Tiền thưởng chờ xác định'))?.slice(4, 8)).toEqual([
      2_000_000,
      null,
      null,
      'Hai triệu đồng',
    ]);
    expect(labels).toContain('Còn lại (chưa trừ tiền chờ xác định)');
    expect(labels).not.toContain('Còn lại');
    expect(fundLine(block, 'vi')).toBe(
      `${block.name}: 3.000.000 / 30.000.000 đồng; chờ xác định 2.000.000 đồng`,
    );
    expect(fundLine(response.summary.blocks[0], 'vi')).toBe(`${block.name}: 3.000.000 / 30.000.000 đồng`);
  });

  it('lists the units left out with their reasons, and stamps plan and input hashes', () => {
    const all = texts(part.blocks);
    expect(all).toContain('Không xét thi đua: 3 hồ sơ trễ hạn');
    expect(
      all.some(
        (t) =>
          t.includes(response.planHash) &&
          t.includes(response.inputHash) &&
          t.includes('05/01/2024 14:00 (giờ Việt Nam)'),
      ),
    ).toBe(true);
    expect(
      part.blocks.filter((b) => b.values[0].length > 1).every((b) => b.columnKinds?.[1] === 'text'),
    ).toBe(true);
  });
});

describe('proposals sheet', () => {
  const plan = smallPlan();
  const response = smallResponse(plan);

  it('groups awards by form, with amounts in words, commendations and dossier sets, and the due date', () => {
    const part = buildProposalsSheet('Đề nghị', response, plan, 'vi', '2024-01-05');
    const grid = rows(part.blocks);
    expect(grid.find((r) => r?.[0] === 'Hạn nộp hồ sơ: 05/01/2024')).toBeDefined();
    expect(grid.find((r) => r?.[0] === 'I. Giấy khen')).toBeDefined();
    expect(grid.find((r) => r?.[1] === 'Xã A')).toEqual([
      1,
      'Xã A',
      'Khối A',
      'Giải Nhất',
      3_000_000,
      'Ba triệu đồng',
      2,
      2,
    ]);
    const other = grid.find((r) => r?.[1] === '=HYPERLINK("x")');
    expect(other).toEqual([2, '=HYPERLINK("x")', 'Khối A', 'Giải Khuyến khích', null, null, 0, null]);
    expect(grid.find((r) => r?.[1] === 'Cộng')).toEqual([
      null,
      'Cộng',
      null,
      null,
      3_000_000,
      'Ba triệu đồng',
      2,
      2,
    ]);
  });

  it('says when the plan sets no due date', () => {
    const part = buildProposalsSheet('Đề nghị', response, plan, 'vi');
    expect(texts(part.blocks)).toContain('Hạn nộp hồ sơ: chưa xác định (kế hoạch không ghi hạn nộp hồ sơ)');
  });
});

describe('run log', () => {
  it('appends one row naming plan, version, hashes, engine, counts and prize fund', () => {
    const plan = smallPlan();
    const response = smallResponse(plan);
    const log = buildRunLog('Nhật ký', response, 'vi', NOW, {
      sheet: 'Bảng điểm',
      output: { sheet: 'Bảng điểm', top: 2, left: 6, bottom: 8, right: 14 },
      source: 'bang-diem.xlsx',
    });
    expect(log.blocks[0].values[0][0]).toBe('Thời điểm chấm');
    expect(log.appends).toEqual([
      {
        sheet: 'Nhật ký',
        values: [
          [
            '05/01/2024 14:00 (giờ Việt Nam)',
            'test-plan',
            '1.0.0',
            response.planHash,
            response.inputHash,
            response.engineVersion,
            'bang-diem.xlsx',
            'Bảng điểm',
            'G3:O9',
            4,
            1,
            response.summary.ineligible,
            response.summary.incomplete,
            2,
            3_000_000,
            30_000_000,
            null,
            // council decisions and final status (council/run-record.ts): none given here
            null,
            null,
          ],
        ],
      },
    ]);
    const warned = buildRunLog('Nhật ký', response, 'en', NOW, {
      sheet: 'Bảng điểm',
      output: { sheet: 'Bảng điểm', top: 2, left: 6, bottom: 8, right: 14 },
      warnings: ['one', 'two'],
    });
    expect(warned.blocks[0].values[0][16]).toBe('Write warnings');
    expect(warned.appends[0].values[0][16]).toBe('one\ntwo');
  });

  it('is part of every write plan, created once and appended to', () => {
    const plan = smallPlan();
    const wp = buildWritePlan({
      sheet: officialSheet(),
      mapping: MAPPING,
      cells: cellsFor(),
      response: smallResponse(plan),
      plan,
      now: NOW,
    });
    expect(wp.sheets).toContainEqual({ name: 'Nhật ký chấm điểm', mode: 'createIfMissing' });
    expect(wp.appends).toHaveLength(1);
  });
});
