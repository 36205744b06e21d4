import type { ScoreResponse } from '../engine/types';
import type { Lang } from '../values';
import { rangeAddress, type CellValue, type RangeRef, type WriteBlock } from './model';
import type { SheetPart } from './print-layout';
import { formatTimestamp } from './write-labels';

const HEADERS = {
  vi: [
    'Thời điểm chấm',
    'Mã kế hoạch',
    'Phiên bản',
    'Mã kiểm tra kế hoạch',
    'Mã kiểm tra dữ liệu',
    'Phiên bản phần mềm',
    'Nguồn dữ liệu',
    'Sheet',
    'Vùng kết quả',
    'Số đơn vị',
    'Không xét thi đua',
    'Chưa đủ điều kiện',
    'Thiếu dữ liệu',
    'Số giải',
    'Quỹ thưởng đã dùng (đồng)',
    'Quỹ thưởng kế hoạch (đồng)',
    'Cảnh báo khi ghi',
    'Quyết định của Hội đồng',
    'Kết quả chính thức',
  ],
  en: [
    'Scored at',
    'Plan id',
    'Version',
    'Plan hash',
    'Input hash',
    'Engine version',
    'Source',
    'Sheet',
    'Output range',
    'Units',
    'Not considered',
    'Not eligible',
    'Missing data',
    'Awards',
    'Prize fund used (VND)',
    'Prize fund planned (VND)',
    'Write warnings',
    'Council decisions',
    'Final results',
  ],
};
const WIDTHS = [27, 26, 9, 30, 30, 10, 30, 18, 14, 9, 10, 10, 10, 8, 16, 16, 60, 60, 40];

export interface RunLogPart extends SheetPart {
  appends: { sheet: string; values: CellValue[][] }[];
}

/**
 * One appended row per run, so the council can show which data and which rules produced the results.
 * The header is rewritten each time (same text); the rows below it are only ever added to.
 */
export function buildRunLog(
  name: string,
  response: ScoreResponse,
  lang: Lang,
  now: Date,
  where: {
    sheet: string;
    output: RangeRef;
    source?: string;
    warnings?: string[];
    /** The council's decisions applied and refused, and the final status (council/run-record.ts). */
    council?: { decisions: string | null; final: string };
  },
): RunLogPart {
  const header: WriteBlock = {
    sheet: name,
    at: { row: 0, col: 0 },
    values: [HEADERS[lang]],
    columnKinds: HEADERS[lang].map(() => 'text'),
    headerRows: 1,
  };
  const s = response.summary;
  const awards = response.results.filter((u) => u.award).length;
  const row: CellValue[] = [
    formatTimestamp(now, lang),
    response.planId,
    response.planVersion,
    response.planHash,
    response.inputHash,
    response.engineVersion,
    where.source ?? null,
    where.sheet,
    rangeAddress(where.output),
    s.units,
    s.excluded,
    s.ineligible,
    s.incomplete,
    awards,
    s.prizeFundUsed,
    s.prizeFundPlanned,
    where.warnings?.length ? where.warnings.join('\n') : null,
    where.council?.decisions ?? null,
    where.council?.final ?? null,
  ];
  return {
    name,
    blocks: [header],
    conditionalFormats: [],
    columnWidths: WIDTHS.map((width, col) => ({ sheet: name, col, width })),
    appends: [{ sheet: name, values: [row] }],
  };
}
