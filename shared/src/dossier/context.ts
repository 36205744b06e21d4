import type { ScoreResponse, UnitInput } from '../engine/types';
import type { Plan } from '../plan/schema';
import type { DossierSettings } from './settings';
import type { Block, Commendations, PendingAward, Proposal, Run, Signature, TableCell } from './model';
import { collectCommendations, collectPending, collectProposals, formsOf } from './proposals';
import { blank, bold, field, longDate, money, plain, upper } from './text';

export interface DossierInput {
  response: ScoreResponse;
  plan: Plan;
  settings: DossierSettings;
  /** The units as scored: their facts prefill the achievement reports. */
  units?: readonly UnitInput[];
}

/** What every document of one dossier draws on, computed once. */
export interface DossierContext extends DossierInput {
  proposals: Proposal[];
  pending: PendingAward[];
  commendations: Commendations[];
  /** Forms with a list: proposed ones, then forms only pending awards wait for. */
  forms: string[];
  total: number;
  dueDate: string | null;
  /** "phong trào thi đua “…” năm 2023". */
  movement: string;
  /** The date the law in force is chosen by (decision date, else the dossier's dates). */
  basisDate: string;
}

/** "phong trào thi đua …" from the plan's title, or a reference to the plan. */
function movementOf(plan: Plan): string {
  const title = plan.source.title ?? plan.title;
  const found = /phong trào thi đua.*$/i.exec(title);
  return found
    ? found[0].charAt(0).toLowerCase() + found[0].slice(1)
    : `phong trào thi đua theo ${planRef(plan)}`;
}

/** "Kế hoạch số 167/KH-UBND", or the plan's own reference when it has no number. */
export function planRef(plan: Plan): string {
  const n = plan.source.number;
  return /^\d/.test(n) ? `Kế hoạch số ${n}` : `Kế hoạch ${n}`;
}

export function createContext(input: DossierInput): DossierContext {
  const { response, plan, settings } = input;
  const proposals = collectProposals(response, plan);
  const pending = collectPending(response, plan);
  const forms = [...new Set([...formsOf(proposals), ...pending.flatMap((p) => p.forms)])];
  const dates = proposals.map((p) => p.dueDate).filter((d): d is string => Boolean(d));
  const dueDate = settings.dueDate ?? plan.awards.dueDate ?? (dates.length ? [...dates].sort()[0] : null);
  return {
    ...input,
    proposals,
    pending,
    commendations: collectCommendations(response, plan),
    forms,
    total: proposals.reduce((sum, p) => sum + (p.prize ?? 0), 0),
    dueDate,
    movement: movementOf(plan),
    basisDate: plan.awards.decisionDate ?? settings.date ?? dueDate ?? plan.period.to,
  };
}

/** The law and decree in force on the date (law.md §1.1); titles are left out rather than guessed. */
export function lawBasis(date: string): string[] {
  if (date >= '2025-07-01')
    return [
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ;',
    ];
  if (date >= '2024-01-01')
    return [
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ;',
    ];
  return [
    'Căn cứ Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2005, năm 2013);',
    'Căn cứ Nghị định số 91/2017/NĐ-CP của Chính phủ;',
  ];
}

/** The decree whose forms the achievement reports follow. */
export function formsDecree(date: string): string {
  if (date >= '2025-07-01') return 'Nghị định số 152/2025/NĐ-CP';
  if (date >= '2024-01-01') return 'Nghị định số 98/2023/NĐ-CP';
  return 'Nghị định số 91/2017/NĐ-CP';
}

/** "Căn cứ Kế hoạch số 167/KH-UBND ngày 08 tháng 8 năm 2023 của Ủy ban nhân dân huyện … về …;" */
export function planBasisLine(plan: Plan): Run[] {
  const title = plan.source.title?.replace(/^kế hoạch\s+/i, '');
  return [
    plain(`Căn cứ ${planRef(plan)} `),
    ...longDate(plan.source.date),
    plain(
      ` của ${plan.source.issuer}${title ? ` về việc ${title.charAt(0).toLowerCase()}${title.slice(1)}` : ''};`,
    ),
  ];
}

export function paragraph(
  runs: Run[],
  options: Omit<Block & { kind: 'paragraph' }, 'kind' | 'runs'> = {},
): Block {
  return { kind: 'paragraph', runs, ...options };
}

export const body = (runs: Run[]): Block => paragraph(runs, { body: true });
export const heading = (text: string): Block => paragraph([bold(text)], { heading: true });

export function cell(text: string | Run[], options: Omit<TableCell, 'runs'> = {}): TableCell {
  return { runs: typeof text === 'string' ? [plain(text)] : text, ...options };
}

export function moneyCell(prize: number | null): TableCell {
  return prize === null
    ? cell([plain('Hội đồng quyết định '), blank()], { align: 'right' })
    : cell(money(prize).replace(/ đồng$/, ''), { align: 'right' });
}

/** NĐ 30 ô 7: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" / name; "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC"; "Q. GIÁM ĐỐC". */
export function signature(
  prefix: DossierSettings['signerPrefix'],
  on: string | undefined,
  title: string | undefined,
  name: string | undefined,
): Signature {
  const authority: Run[] | null =
    prefix === 'Q.'
      ? null
      : prefix
        ? [bold(`${prefix} `), field(upper(on), { bold: true })]
        : prefix === ''
          ? null
          : // not said at all: leave a place for TM./KT. and the body or head
            [blank(), bold(' '), field(upper(on), { bold: true })];
  const titleRuns =
    prefix === 'Q.'
      ? [bold('Q. '), field(upper(title), { bold: true })]
      : [field(upper(title), { bold: true })];
  return { authority, title: titleRuns, name: [field(name, { bold: true })] };
}

export function signerOf(settings: DossierSettings): Signature {
  return signature(settings.signerPrefix, settings.signerOn, settings.signerTitle, settings.signerName);
}

/** "(Kèm theo Tờ trình số …/TTr-… ngày … của …)" */
export function attachedTo(settings: DossierSettings): Run[] {
  return [
    plain('(Kèm theo Tờ trình số '),
    field(settings.number),
    plain('/TTr-'),
    field(settings.symbol),
    plain(' '),
    ...longDate(settings.date),
    plain(' của '),
    field(settings.issuer),
    plain(')'),
  ].map((r) => ({ ...r, italic: true }));
}

const KIND_WORD: Record<Proposal['kind'], string> = {
  collective: 'tập thể',
  individual: 'cá nhân',
  household: 'hộ gia đình',
};

/** "3 tập thể, 2 cá nhân": each unit counted once. */
export function countText(items: { kind: Proposal['kind']; unitId: string }[]): string {
  const counts = (['collective', 'individual', 'household'] as const)
    .map((k) => [k, new Set(items.filter((p) => p.kind === k).map((p) => p.unitId)).size] as const)
    .filter(([, n]) => n > 0);
  return counts.length
    ? counts.map(([k, n]) => `${n} ${KIND_WORD[k]}`).join(', ')
    : 'không có tập thể, cá nhân nào';
}

export { KIND_WORD };
