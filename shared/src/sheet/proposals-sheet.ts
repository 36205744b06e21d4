import type { Plan } from '../plan/schema';
import type { ScoreResponse, UnitResult } from '../engine/types';
import { moneyInWords, type Lang } from '../values';
import type { CellKind, CellValue } from './model';
import { named, render, say, word, type Named } from '../messages';
import { formatIsoDate, label } from './write-labels';
import { planBasis } from './results-sheet';
import {
  PRINT_STYLES,
  PrintedSheet,
  type ColumnFit,
  type PrintOptions,
  type SheetPart,
} from './print-layout';

const KINDS: CellKind[] = ['number', 'text', 'text', 'text', 'money', 'text', 'number', 'number'];
const FITS: ColumnFit[] = [
  { min: 5, max: 6 },
  { min: 16, max: 34 },
  { min: 10, max: 24 },
  { min: 10, max: 20 },
  { min: 11, max: 15 },
  { min: 14, max: 45 },
  { min: 9, max: 13 },
  { min: 7, max: 10 },
];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

function roman(i: number): string {
  return ROMAN[i] ?? String(i + 1);
}

function byRank(a: UnitResult, b: UnitResult): number {
  return (
    (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
    a.name.localeCompare(b.name, 'vi') ||
    a.unitId.localeCompare(b.unitId)
  );
}

/**
 * The "Đề nghị khen thưởng" sheet — the one the office signs: the national header, per award form who is proposed,
 * the amounts (in words) and dossier sets, and the signature block, laid out to print.
 * The due date is the caller's (CLI --due-date), else the plan's awards.dueDate, else a decision's.
 */
export function buildProposalsSheet(
  name: string,
  response: ScoreResponse,
  plan: Plan,
  lang: Lang,
  dueDate?: string,
  print: PrintOptions = {},
): SheetPart {
  const sheet = new PrintedSheet(name, FITS, lang);
  const add = (values: CellValue[][], headerRows = 0) => {
    sheet.table(values, KINDS, headerRows);
    sheet.skip();
  };
  const settings = print.settings ?? {};
  const blockName = new Map(plan.blocks.map((b) => [b.id, (lang === 'en' ? b.nameEn : undefined) ?? b.name]));
  const tierOf = (id: string) => plan.awards.tiers.find((t) => t.id === id);
  const header = [
    label('no_', lang),
    label('unit', lang),
    label('block', lang),
    label('award', lang),
    label('prize', lang),
    label('inWords', lang),
    label('certificates', lang),
    label('dossierSets', lang),
  ];

  const due =
    dueDate ??
    plan.awards.dueDate ??
    response.results.flatMap((u) => u.decisions ?? []).find((d) => d.granted && d.dueDate)?.dueDate;
  sheet.nationalHeader(settings);
  sheet.line(word('proposals.title', lang), PRINT_STYLES.title);
  sheet.line(plan.title, PRINT_STYLES.subtitle);
  sheet.line(planBasis(response, plan, lang), PRINT_STYLES.basis);
  sheet.line(
    render(say('proposals.due', { date: due ? formatIsoDate(due) : null }), lang),
    PRINT_STYLES.text,
  );
  sheet.skip();

  const awarded = response.results.filter((u) => u.award).sort(byRank);
  const forms: string[] = [];
  const formOf = (u: UnitResult) =>
    u.award?.awardForm ?? tierOf(u.award?.tier ?? '')?.awardForm ?? word('proposals.other-form', lang);
  for (const u of awarded) if (!forms.includes(formOf(u))) forms.push(formOf(u));
  if (!awarded.length) {
    sheet.line(word('proposals.none', lang));
    sheet.skip();
  }
  forms.forEach((form, i) => {
    const units = awarded.filter((u) => formOf(u) === form);
    sheet.line(`${roman(i)}. ${form}`, PRINT_STYLES.heading);
    let prize = 0;
    let certificates = 0;
    let sets = 0;
    // tiers whose prize the document does not set: the sum leaves them out, and a line under the table says so
    const unset: Named[] = [];
    const rows = units.map((u, n): CellValue[] => {
      const award = u.award as NonNullable<UnitResult['award']>;
      const tier = tierOf(award.tier);
      const dossierSets = award.dossierSets ?? tier?.dossierSets ?? null;
      prize += award.prize ?? 0;
      certificates += u.certificates ?? 0;
      sets += dossierSets ?? 0;
      if (
        award.prize === null &&
        u.flags.some((f) => f.code === 'prize-not-specified') &&
        !unset.some((t) => t.vi === (tier?.name ?? award.name))
      )
        unset.push(named(tier?.name ?? award.name, tier?.nameEn));
      return [
        n + 1,
        u.name,
        blockName.get(u.block) ?? u.block,
        (lang === 'en' ? tier?.nameEn : undefined) ?? award.name,
        award.prize,
        award.prize === null ? null : moneyInWords(award.prize),
        u.certificates,
        dossierSets,
      ];
    });
    sheet.table(
      [
        header,
        ...rows,
        [null, label('sum', lang), null, null, prize, moneyInWords(prize), certificates, sets],
      ],
      KINDS,
      1,
    );
    sheet.styleRows([{ row: rows.length + 1, style: { bold: true } }]);
    for (const tier of unset)
      sheet.line(render(say('tier.prize-not-specified', { tier }), lang), PRINT_STYLES.text);
    sheet.skip();
  });

  const others = response.results.filter((u) => !u.award && (u.certificates ?? 0) > 0).sort(byRank);
  if (others.length) {
    sheet.line(`${roman(forms.length)}. ${word('proposals.others', lang)}`, PRINT_STYLES.heading);
    const total = others.reduce((s, u) => s + (u.certificates ?? 0), 0);
    add(
      [
        header,
        ...others.map((u, n) => [
          n + 1,
          u.name,
          blockName.get(u.block) ?? u.block,
          null,
          null,
          null,
          u.certificates,
          null,
        ]),
        [null, label('sum', lang), null, null, null, null, total, null],
      ],
      1,
    );
    sheet.styleRows([{ row: others.length + 1, style: { bold: true } }]);
  }

  const pending = response.results.filter((u) => u.pendingTiers.length).sort(byRank);
  if (pending.length) {
    sheet.line(word('proposals.pending', lang), PRINT_STYLES.heading);
    add(
      pending.map((u, n) => [
        n + 1,
        u.name,
        blockName.get(u.block) ?? u.block,
        u.pendingTiers
          .map((id) => (lang === 'en' ? tierOf(id)?.nameEn : undefined) ?? tierOf(id)?.name ?? id)
          .join(', '),
        null,
        null,
        null,
        null,
      ]),
    );
  }
  sheet.signature(settings);
  return sheet.finish();
}
