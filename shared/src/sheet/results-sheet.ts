import type { Plan } from '../plan/schema';
import type { BlockSummary, ScoreResponse, UnitResult } from '../engine/types';
import { formatMoney, moneyInWords, type Lang } from '../values';
import type { CellKind, CellValue, ConditionalFormat } from './model';
import { formatIsoDate, formatTimestamp, label } from './write-labels';
import { reasonsText, targetsText } from './output-columns';
import {
  PRINT_STYLES,
  PrintedSheet,
  type ColumnFit,
  type PrintOptions,
  type SheetPart,
} from './print-layout';

export type { SheetPart } from './print-layout';

const T = {
  title: { vi: 'KẾT QUẢ CHẤM ĐIỂM THI ĐUA', en: 'EMULATION SCORING RESULTS' },
  basis: { vi: 'Căn cứ', en: 'Basis' },
  dated: { vi: 'ngày', en: 'of' },
  version: { vi: 'phiên bản', en: 'version' },
  hashes: { vi: 'Mã kiểm tra kế hoạch', en: 'Plan hash' },
  inputHash: { vi: 'dữ liệu', en: 'input' },
  engine: { vi: 'phần mềm', en: 'engine' },
  scoredAt: { vi: 'Chấm lúc', en: 'Scored at' },
  blockLine: {
    vi: (b: BlockSummary) =>
      `${b.name}: ${b.units} đơn vị, ${b.ranked} được xếp hạng, ${b.excluded} không xét thi đua, ${b.ineligible} chưa đủ điều kiện, ${b.incomplete} thiếu dữ liệu`,
    en: (b: BlockSummary) =>
      `${b.name}: ${b.units} units, ${b.ranked} ranked, ${b.excluded} not considered, ${b.ineligible} not eligible, ${b.incomplete} with missing data`,
  },
  fundUsed: { vi: 'Quỹ thưởng đã dùng', en: 'Prize fund used' },
  fundPlanned: { vi: 'Quỹ thưởng theo kế hoạch', en: 'Prize fund planned' },
  fundPending: {
    vi: 'Tiền thưởng chờ xác định (đồng hạng, chờ số liệu)',
    en: 'Prize money not yet settled (ties, missing data)',
  },
  pendingShort: { vi: 'chờ xác định', en: 'not yet settled' },
  fundLeft: { vi: 'Còn lại', en: 'Remaining' },
  fundLeftBeforePending: {
    vi: 'Còn lại (chưa trừ tiền chờ xác định)',
    en: 'Remaining (before the money not yet settled)',
  },
  fundOver: { vi: 'Vượt quỹ', en: 'Over the fund' },
  notRanked: {
    vi: 'Đơn vị không xét thi đua hoặc chưa đủ điều kiện',
    en: 'Units not considered or not eligible',
  },
  excluded: { vi: 'Không xét thi đua', en: 'Not considered' },
  ineligible: { vi: 'Chưa đủ điều kiện', en: 'Not eligible' },
  ties: {
    vi: 'Đồng điểm ở ranh giới giải — đề nghị Hội đồng quyết định',
    en: 'Ties at a tier boundary — for the council',
  },
  noTies: { vi: 'Không có trường hợp đồng điểm ở ranh giới giải.', en: 'No ties at a tier boundary.' },
  allBlocks: { vi: 'Tổng các khối', en: 'All blocks' },
};

/** Column structure shared by every section, so the sheet reads as one table. */
const KINDS: CellKind[] = ['number', 'text', 'points', 'text', 'money', 'number', 'number', 'text'];
const FITS: ColumnFit[] = [
  { min: 6, max: 8 },
  { min: 16, max: 34 },
  { min: 8, max: 14 },
  { min: 10, max: 22 },
  { min: 11, max: 15 },
  { min: 7, max: 10 },
  { min: 9, max: 13 },
  { min: 16, max: 60 },
];

function tierName(plan: Plan, tierId: string, fallback: string, lang: Lang): string {
  const tier = plan.awards.tiers.find((t) => t.id === tierId);
  return (lang === 'en' ? tier?.nameEn : undefined) ?? tier?.name ?? fallback;
}

function byRank(a: UnitResult, b: UnitResult): number {
  return (
    (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
    a.name.localeCompare(b.name, 'vi') ||
    a.unitId.localeCompare(b.unitId)
  );
}

export function planBasis(response: ScoreResponse, plan: Plan, lang: Lang): string {
  const s = plan.source;
  return `${T.basis[lang]}: ${s.number} ${T.dated[lang]} ${formatIsoDate(s.date)} (${s.issuer}); ${plan.id} ${T.version[lang]} ${response.planVersion}`;
}

export function runStamp(response: ScoreResponse, lang: Lang, now: Date): string {
  return `${T.hashes[lang]}: ${response.planHash}; ${T.inputHash[lang]}: ${response.inputHash}; ${T.engine[lang]} ${response.engineVersion}; ${T.scoredAt[lang]} ${formatTimestamp(now, lang)}`;
}

type Fund = Pick<BlockSummary, 'prizeFundUsed' | 'prizeFundPlanned' | 'prizeFundPending'>;

function fundRows(fund: Fund, lang: Lang): CellValue[][] {
  const { prizeFundUsed: used, prizeFundPlanned: planned, prizeFundPending: pending } = fund;
  const rows: CellValue[][] = [[null, T.fundUsed[lang], null, null, used, null, null, moneyInWords(used)]];
  if (pending > 0)
    rows.push([null, T.fundPending[lang], null, null, pending, null, null, moneyInWords(pending)]);
  if (planned !== null) {
    rows.push([null, T.fundPlanned[lang], null, null, planned, null, null, moneyInWords(planned)]);
    const left = planned - used;
    rows.push([
      null,
      left < 0 ? T.fundOver[lang] : pending > 0 ? T.fundLeftBeforePending[lang] : T.fundLeft[lang],
      null,
      null,
      Math.abs(left),
      null,
      null,
      moneyInWords(Math.abs(left)),
    ]);
  }
  return rows;
}

/**
 * The "Kết quả" sheet: ranking per block, prize fund used vs planned, units left out and why, ties — under the
 * national header, signed at the bottom, laid out to print.
 */
export function buildResultsSheet(
  name: string,
  response: ScoreResponse,
  plan: Plan,
  lang: Lang,
  now: Date,
  print: PrintOptions = {},
  /** Lines under the run's stamp (the council's final status and the run's fingerprint). */
  notes: string[] = [],
): SheetPart {
  const sheet = new PrintedSheet(name, FITS, lang);
  const conditionalFormats: ConditionalFormat[] = [];
  // Plans that compare values with targets have no points: the third column shows the targets met instead.
  const scored = plan.criteria.length > 0;
  const kinds: CellKind[] = scored ? KINDS : KINDS.map((k, i) => (i === 2 ? 'text' : k));
  const third = (u: UnitResult): CellValue => (scored ? u.total : targetsText(u, lang));
  const settings = print.settings ?? {};

  sheet.nationalHeader(settings);
  sheet.line(T.title[lang], PRINT_STYLES.title);
  sheet.line(plan.title, PRINT_STYLES.subtitle);
  sheet.line(planBasis(response, plan, lang), PRINT_STYLES.basis);
  sheet.line(runStamp(response, lang, now), PRINT_STYLES.note);
  for (const note of notes) sheet.line(note, PRINT_STYLES.note);
  sheet.skip();
  const header = [
    label('rank', lang),
    label('unit', lang),
    scored ? label('total', lang) : label('targets', lang),
    label('award', lang),
    label('prize', lang),
    label('bonus', lang),
    label('certificates', lang),
    label('reasons', lang),
  ];
  for (const summary of response.summary.blocks) {
    if (!summary.units) continue;
    const units = response.results.filter((u) => u.block === summary.block).sort(byRank);
    sheet.line(T.blockLine[lang](summary), PRINT_STYLES.heading);
    const listed = (u: UnitResult) => u.rank !== null || (u.eligible && !u.excluded);
    const ranked = units.filter(listed);
    const top = sheet.table(
      [
        header,
        ...ranked.map((u) => [
          u.rank,
          u.name,
          third(u),
          u.award ? tierName(plan, u.award.tier, u.award.name, lang) : null,
          u.award?.prize ?? null,
          u.award?.bonusPoints ?? null,
          u.certificates,
          reasonsText(u, plan, lang) || null,
        ]),
      ],
      kinds,
      1,
    );
    if (ranked.length && scored)
      conditionalFormats.push({
        sheet: name,
        range: { top: top + 1, left: 2, bottom: top + ranked.length, right: 2 },
        kind: 'dataBar',
        color: '#638EC6',
      });
    sheet.skip();
    sheet.table(fundRows(summary, lang), kinds);
    sheet.skip();
    const left = units.filter((u) => !listed(u));
    if (left.length) {
      sheet.line(T.notRanked[lang], PRINT_STYLES.heading);
      sheet.table(
        [
          header,
          ...left.map((u) => [
            null,
            u.name,
            third(u),
            u.excluded ? T.excluded[lang] : T.ineligible[lang],
            null,
            null,
            u.certificates,
            reasonsText(u, plan, lang) || null,
          ]),
        ],
        kinds,
        1,
      );
      sheet.skip();
    }
    if (summary.ties.length) {
      sheet.line(T.ties[lang], PRINT_STYLES.heading);
      const names = new Map(units.map((u) => [u.unitId, u.name]));
      sheet.table(
        summary.ties.map((t) => [
          t.rank,
          t.unitIds.map((id) => names.get(id) ?? id).join(', '),
          t.total,
          t.tiers.map((id) => tierName(plan, id, id, lang)).join(', '),
          null,
          null,
          null,
          t.message,
        ]),
        kinds,
      );
    } else sheet.line(T.noTies[lang]);
    sheet.skip();
  }
  if (response.summary.blocks.filter((b) => b.units > 0).length > 1) {
    sheet.line(T.allBlocks[lang], PRINT_STYLES.heading);
    sheet.table(fundRows(response.summary, lang), kinds);
  }
  sheet.signature(settings);
  return sheet.finish(conditionalFormats);
}

/**
 * One line an official can paste into a report: "Khối xã: 24.000.000 / 26.000.000 đồng", and the money still held
 * ("; chờ xác định 2.000.000 đồng") when ties or missing data hold some prizes.
 */
export function fundLine(summary: BlockSummary, lang: Lang): string {
  const currency = lang === 'en' ? 'VND' : 'đồng';
  const planned =
    summary.prizeFundPlanned === null ? '' : ` / ${formatMoney(summary.prizeFundPlanned, lang)}`;
  const pending =
    summary.prizeFundPending > 0
      ? `; ${T.pendingShort[lang]} ${formatMoney(summary.prizeFundPending, lang)} ${currency}`
      : '';
  return `${summary.name}: ${formatMoney(summary.prizeFundUsed, lang)}${planned} ${currency}${pending}`;
}
