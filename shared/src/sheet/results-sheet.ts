import type { Plan } from '../plan/schema';
import type { BlockSummary, ScoreResponse, UnitResult } from '../engine/types';
import { formatMoney, moneyInWords, type Lang } from '../values';
import type { CellKind, CellValue, ConditionalFormat } from './model';
import { render, say, word } from '../messages';
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
  const { number, date, issuer } = plan.source;
  const basis = { number, date: formatIsoDate(date), issuer, plan: plan.id, version: response.planVersion };
  return render(say('sheet.basis', basis), lang);
}

export function runStamp(response: ScoreResponse, lang: Lang, now: Date): string {
  const { planHash, inputHash, engineVersion: engine } = response;
  const stamp = { planHash, inputHash, engine, at: formatTimestamp(now, lang) };
  return render(say('sheet.run-stamp', stamp), lang);
}

type Fund = Pick<BlockSummary, 'prizeFundUsed' | 'prizeFundPlanned' | 'prizeFundPending'>;

function fundRows(fund: Fund, lang: Lang): CellValue[][] {
  const { prizeFundUsed: used, prizeFundPlanned: planned, prizeFundPending: pending } = fund;
  const rows: CellValue[][] = [
    [null, word('results.fund-used', lang), null, null, used, null, null, moneyInWords(used)],
  ];
  if (pending > 0)
    rows.push([
      null,
      word('results.fund-pending', lang),
      null,
      null,
      pending,
      null,
      null,
      moneyInWords(pending),
    ]);
  if (planned !== null) {
    rows.push([
      null,
      word('results.fund-planned', lang),
      null,
      null,
      planned,
      null,
      null,
      moneyInWords(planned),
    ]);
    const left = planned - used;
    rows.push([
      null,
      left < 0
        ? word('results.fund-over', lang)
        : pending > 0
          ? word('results.fund-left-before-pending', lang)
          : word('results.fund-left', lang),
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
  sheet.line(word('results.title', lang), PRINT_STYLES.title);
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
    sheet.line(render(say('results.block-line', summary), lang), PRINT_STYLES.heading);
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
      sheet.line(word('results.not-ranked', lang), PRINT_STYLES.heading);
      sheet.table(
        [
          header,
          ...left.map((u) => [
            null,
            u.name,
            third(u),
            u.excluded ? word('decision.not-considered', lang) : word('sheet.not-eligible', lang),
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
      sheet.line(word('results.ties', lang), PRINT_STYLES.heading);
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
    } else sheet.line(word('results.no-ties', lang));
    sheet.skip();
  }
  if (response.summary.blocks.filter((b) => b.units > 0).length > 1) {
    sheet.line(word('results.all-blocks', lang), PRINT_STYLES.heading);
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
  const line = {
    block: summary.name,
    used: formatMoney(summary.prizeFundUsed, lang),
    planned: summary.prizeFundPlanned === null ? null : formatMoney(summary.prizeFundPlanned, lang),
    pending: summary.prizeFundPending > 0 ? formatMoney(summary.prizeFundPending, lang) : null,
  };
  return render(say('results.fund-line', line), lang);
}
