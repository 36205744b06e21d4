import type { ScoreResponse } from '../engine/types';
import { word, type WordCode } from '../messages';
import type { Lang } from '../values';
import { rangeAddress, type CellValue, type RangeRef, type WriteBlock } from './model';
import type { SheetPart } from './print-layout';
import { formatTimestamp } from './write-labels';

const HEADERS: WordCode[] = [
  'log.scored-at',
  'log.plan-id',
  'log.version',
  'log.plan-hash',
  'log.input-hash',
  'log.engine-version',
  'log.source',
  'log.sheet',
  'log.output-range',
  'log.units',
  'decision.not-considered',
  'sheet.not-eligible',
  'log.missing-data',
  'log.awards',
  'log.fund-used',
  'log.fund-planned',
  'log.warnings',
  'log.council',
  'log.final',
];
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
  const titles = HEADERS.map((code) => word(code, lang));
  const header: WriteBlock = {
    sheet: name,
    at: { row: 0, col: 0 },
    values: [titles],
    columnKinds: titles.map(() => 'text'),
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
