import type { Plan } from '../plan/schema';
import type { ScoreResponse, UnitResult } from '../engine/types';
import { moneyInWords, type Lang } from '../values';
import type { CellKind, CellValue, WriteBlock } from './model';
import { formatIsoDate, label } from './write-labels';
import { planBasis, type SheetPart } from './results-sheet';

const T = {
  title: { vi: 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', en: 'AWARD PROPOSALS' },
  due: { vi: 'Hạn nộp hồ sơ', en: 'Dossiers due' },
  noDue: {
    vi: 'chưa xác định (kế hoạch không ghi hạn nộp hồ sơ)',
    en: 'not set (the plan gives no due date)',
  },
  otherForm: { vi: 'Khen thưởng theo kế hoạch', en: 'Awards under the plan' },
  others: {
    vi: 'Khen cá nhân ở các đơn vị còn lại (không đạt giải)',
    en: 'Individual commendations in the other units (no prize)',
  },
  pending: {
    vi: 'Chưa đưa vào danh sách — đồng điểm, chờ Hội đồng Thi đua – Khen thưởng quyết định',
    en: 'Not listed yet — tied, for the Emulation and Commendation Council to decide',
  },
  none: { vi: 'Không có đơn vị nào đạt giải.', en: 'No unit received an award.' },
};

const KINDS: CellKind[] = ['number', 'text', 'text', 'text', 'money', 'text', 'number', 'number'];
const WIDTHS = [6, 34, 24, 18, 15, 45, 13, 10];
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
 * The "Đề nghị khen thưởng" sheet: per award form, who is proposed, the amounts (in words) and dossier sets.
 * The due date is the caller's (CLI --due-date), else the plan's awards.dueDate, else a decision's.
 */
export function buildProposalsSheet(
  name: string,
  response: ScoreResponse,
  plan: Plan,
  lang: Lang,
  dueDate?: string,
): SheetPart {
  const blocks: WriteBlock[] = [];
  let row = 0;
  const add = (values: CellValue[][], headerRows = 0) => {
    blocks.push({ sheet: name, at: { row, col: 0 }, values, columnKinds: KINDS, headerRows });
    row += values.length;
  };
  const addText = (lines: string[]) => {
    blocks.push({ sheet: name, at: { row, col: 0 }, values: lines.map((l) => [l]), columnKinds: ['text'] });
    row += lines.length;
  };
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
  addText([
    T.title[lang],
    plan.title,
    planBasis(response, plan, lang),
    `${T.due[lang]}: ${due ? formatIsoDate(due) : T.noDue[lang]}`,
  ]);
  row++;

  const awarded = response.results.filter((u) => u.award).sort(byRank);
  const forms: string[] = [];
  const formOf = (u: UnitResult) =>
    u.award?.awardForm ?? tierOf(u.award?.tier ?? '')?.awardForm ?? T.otherForm[lang];
  for (const u of awarded) if (!forms.includes(formOf(u))) forms.push(formOf(u));
  if (!awarded.length) addText([T.none[lang]]);
  forms.forEach((form, i) => {
    const units = awarded.filter((u) => formOf(u) === form);
    addText([`${roman(i)}. ${form}`]);
    let prize = 0;
    let certificates = 0;
    let sets = 0;
    const rows = units.map((u, n): CellValue[] => {
      const award = u.award as NonNullable<UnitResult['award']>;
      const tier = tierOf(award.tier);
      const dossierSets = award.dossierSets ?? tier?.dossierSets ?? null;
      prize += award.prize ?? 0;
      certificates += u.certificates ?? 0;
      sets += dossierSets ?? 0;
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
    add(
      [
        header,
        ...rows,
        [null, label('sum', lang), null, null, prize, moneyInWords(prize), certificates, sets],
      ],
      1,
    );
    row++;
  });

  const others = response.results.filter((u) => !u.award && (u.certificates ?? 0) > 0).sort(byRank);
  if (others.length) {
    addText([`${roman(forms.length)}. ${T.others[lang]}`]);
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
    row++;
  }

  const pending = response.results.filter((u) => u.pendingTiers.length).sort(byRank);
  if (pending.length) {
    addText([T.pending[lang]]);
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
  return {
    name,
    blocks,
    conditionalFormats: [],
    columnWidths: WIDTHS.map((width, col) => ({ sheet: name, col, width })),
  };
}
