import type { Plan } from '../plan/schema';
import type { BlockSummary, ScoreResponse, UnitResult } from '../engine/types';
import { formatMoney, moneyInWords, type Lang } from '../values';
import type { CellKind, CellValue, ConditionalFormat, WriteBlock } from './model';
import { formatIsoDate, formatTimestamp, label } from './write-labels';
import { reasonsText, targetsText } from './output-columns';

export interface SheetPart {
  name: string;
  blocks: WriteBlock[];
  conditionalFormats: ConditionalFormat[];
  columnWidths: { sheet: string; col: number; width: number }[];
}

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
  fundLeft: { vi: 'Còn lại', en: 'Remaining' },
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
const WIDTHS = [8, 34, 11, 20, 15, 10, 13, 60];

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
  return `${T.hashes[lang]}: ${response.planHash}; ${T.inputHash[lang]}: ${response.inputHash}; ${T.engine[lang]} ${response.engineVersion}; ${T.scoredAt[lang]} ${formatTimestamp(now)}`;
}

function fundRows(used: number, planned: number | null, lang: Lang): CellValue[][] {
  const rows: CellValue[][] = [[null, T.fundUsed[lang], null, null, used, null, null, moneyInWords(used)]];
  if (planned !== null) {
    rows.push([null, T.fundPlanned[lang], null, null, planned, null, null, moneyInWords(planned)]);
    const left = planned - used;
    rows.push([
      null,
      left >= 0 ? T.fundLeft[lang] : T.fundOver[lang],
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

/** The "Kết quả" sheet: ranking per block, prize fund used vs planned, units left out and why, ties. */
export function buildResultsSheet(
  name: string,
  response: ScoreResponse,
  plan: Plan,
  lang: Lang,
  now: Date,
): SheetPart {
  const blocks: WriteBlock[] = [];
  const conditionalFormats: ConditionalFormat[] = [];
  let row = 0;
  // Plans that compare values with targets have no points: the third column shows the targets met instead.
  const scored = plan.criteria.length > 0;
  const kinds: CellKind[] = scored ? KINDS : KINDS.map((k, i) => (i === 2 ? 'text' : k));
  const third = (u: UnitResult): CellValue => (scored ? u.total : targetsText(u, lang));
  const add = (values: CellValue[][], headerRows = 0): number => {
    const at = row;
    blocks.push({ sheet: name, at: { row, col: 0 }, values, columnKinds: kinds, headerRows });
    row += values.length;
    return at;
  };
  const addText = (lines: string[]) => {
    blocks.push({ sheet: name, at: { row, col: 0 }, values: lines.map((l) => [l]), columnKinds: ['text'] });
    row += lines.length;
  };

  addText([T.title[lang], plan.title, planBasis(response, plan, lang), runStamp(response, lang, now)]);
  row++;
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
    addText([T.blockLine[lang](summary)]);
    const listed = (u: UnitResult) => u.rank !== null || (u.eligible && !u.excluded);
    const ranked = units.filter(listed);
    const top = add(
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
      1,
    );
    if (ranked.length && scored)
      conditionalFormats.push({
        sheet: name,
        range: { top: top + 1, left: 2, bottom: top + ranked.length, right: 2 },
        kind: 'dataBar',
        color: '#638EC6',
      });
    row++;
    add(fundRows(summary.prizeFundUsed, summary.prizeFundPlanned, lang));
    row++;
    const left = units.filter((u) => !listed(u));
    if (left.length) {
      addText([T.notRanked[lang]]);
      add(
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
        1,
      );
      row++;
    }
    if (summary.ties.length) {
      addText([T.ties[lang]]);
      const names = new Map(units.map((u) => [u.unitId, u.name]));
      add(
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
      );
    } else addText([T.noTies[lang]]);
    row++;
  }
  if (response.summary.blocks.filter((b) => b.units > 0).length > 1) {
    addText([T.allBlocks[lang]]);
    add(fundRows(response.summary.prizeFundUsed, response.summary.prizeFundPlanned, lang));
  }
  return {
    name,
    blocks,
    conditionalFormats,
    columnWidths: WIDTHS.map((width, col) => ({ sheet: name, col, width })),
  };
}

/** One line an official can paste into a report: "Khối xã: 24.000.000 / 26.000.000 đồng". */
export function fundLine(summary: BlockSummary, lang: Lang): string {
  const planned =
    summary.prizeFundPlanned === null ? '' : ` / ${formatMoney(summary.prizeFundPlanned, lang)}`;
  return `${summary.name}: ${formatMoney(summary.prizeFundUsed, lang)}${planned} ${lang === 'en' ? 'VND' : 'đồng'}`;
}
