/**
 * What the sheets a run writes say: the result columns beside the official's table, the "Kết quả", "Đề nghị khen
 * thưởng", "Giải trình" and log sheets. Vietnamese first; a heading is a phrase without parameters.
 */
import { formatNumber, type Lang } from '../values/format';
import { phrase } from './phrase';

/** The counts of a block's line on the results sheet. */
export interface BlockCounts {
  name: string;
  units: number;
  ranked: number;
  excluded: number;
  ineligible: number;
  incomplete: number;
}

/** The plan a sheet is based on: its source document and version. */
export interface PlanBasis {
  number: string;
  /** dd/mm/yyyy */
  date: string;
  issuer: string;
  plan: string;
  version: string | number;
}

/** Amounts already written in figures (formatMoney), the planned and pending ones only when there are any. */
export interface FundLine {
  block: string;
  used: string;
  planned: string | null;
  pending: string | null;
}

function fundLine(p: FundLine, lang: Lang): string {
  const currency = lang === 'en' ? 'VND' : 'đồng';
  const planned = p.planned === null ? '' : ` / ${p.planned}`;
  const pending =
    p.pending === null
      ? ''
      : `; ${lang === 'en' ? 'not yet settled' : 'chờ xác định'} ${p.pending} ${currency}`;
  return `${p.block}: ${p.used}${planned} ${currency}${pending}`;
}

const COLUMNS = {
  'column.points': phrase({ vi: () => 'Điểm TC', en: () => 'Points C' }),
  'column.total': phrase({ vi: () => 'Tổng điểm', en: () => 'Total' }),
  'column.rank': phrase({ vi: () => 'Xếp hạng', en: () => 'Rank' }),
  'column.targets': phrase({ vi: () => 'Chỉ tiêu', en: () => 'Targets' }),
  'column.eligible': phrase({ vi: () => 'Đủ điều kiện xét', en: () => 'Eligible' }),
  'column.reasons': phrase({ vi: () => 'Lý do', en: () => 'Reasons' }),
  /** The reason given for one decision or change. */
  'column.reason': phrase({ vi: () => 'Lý do', en: () => 'Reason' }),
  'column.award': phrase({ vi: () => 'Giải', en: () => 'Award' }),
  'column.prize': phrase({ vi: () => 'Tiền thưởng (đồng)', en: () => 'Prize (VND)' }),
  'column.bonus': phrase({ vi: () => 'Điểm cộng', en: () => 'Bonus points' }),
  'column.certificates': phrase({
    vi: () => 'Số cá nhân đề nghị khen',
    en: () => 'Individual commendations',
  }),
  'column.notes': phrase({ vi: () => 'Ghi chú dữ liệu', en: () => 'Data notes' }),
  'column.pending': phrase({
    vi: () => 'Đồng điểm — chờ Hội đồng quyết định',
    en: () => 'Tied — for the council to decide',
  }),
  'column.unit': phrase({ vi: () => 'Đơn vị', en: () => 'Unit' }),
  'column.block': phrase({ vi: () => 'Khối', en: () => 'Block' }),
  'column.no': phrase({ vi: () => 'STT', en: () => 'No.' }),
  'column.in-words': phrase({ vi: () => 'Số tiền bằng chữ', en: () => 'Amount in words' }),
  'column.dossier-sets': phrase({ vi: () => 'Số bộ hồ sơ', en: () => 'Dossier sets' }),
  'column.sum': phrase({ vi: () => 'Cộng', en: () => 'Total' }),
};

const SHEET_NAMES = {
  'sheet.results': phrase({ vi: () => 'Kết quả', en: () => 'Results' }),
  'sheet.proposals': phrase({ vi: () => 'Đề nghị khen thưởng', en: () => 'Award proposals' }),
  'sheet.log': phrase({ vi: () => 'Nhật ký chấm điểm', en: () => 'Scoring log' }),
  'sheet.explanations': phrase({ vi: () => 'Giải trình', en: () => 'Explanations' }),
};

const HEADS = {
  'sheet.basis': phrase<PlanBasis>({
    vi: (p) => `Căn cứ: ${p.number} ngày ${p.date} (${p.issuer}); ${p.plan} phiên bản ${p.version}`,
    en: (p) => `Basis: ${p.number} of ${p.date} (${p.issuer}); ${p.plan} version ${p.version}`,
  }),
  'sheet.run-stamp': phrase<{ planHash: string; inputHash: string; engine: string; at: string }>({
    vi: (p) =>
      `Mã kiểm tra kế hoạch: ${p.planHash}; dữ liệu: ${p.inputHash}; phần mềm ${p.engine}; Chấm lúc ${p.at}`,
    en: (p) => `Plan hash: ${p.planHash}; input: ${p.inputHash}; engine ${p.engine}; Scored at ${p.at}`,
  }),
  /** A moment already written as "01/01/2024 00:30", in Viet Nam time. */
  'sheet.vietnam-time': phrase<{ time: string }>({
    vi: (p) => `${p.time} (giờ Việt Nam)`,
    en: (p) => `${p.time} (Vietnam time)`,
  }),
  /** "Khối: Xã — 45/KH-UBND", under a sheet's title. */
  'sheet.block-line': phrase<{ block: string; source: string }>({
    vi: (p) => `Khối: ${p.block} — ${p.source}`,
    en: (p) => `Block: ${p.block} — ${p.source}`,
  }),
  'sheet.not-eligible': phrase({ vi: () => 'Chưa đủ điều kiện', en: () => 'Not eligible' }),
};

const RESULTS = {
  'results.title': phrase({ vi: () => 'KẾT QUẢ CHẤM ĐIỂM THI ĐUA', en: () => 'EMULATION SCORING RESULTS' }),
  'results.block-line': phrase<BlockCounts>({
    vi: (b) =>
      `${b.name}: ${b.units} đơn vị, ${b.ranked} được xếp hạng, ${b.excluded} không xét thi đua, ${b.ineligible} chưa đủ điều kiện, ${b.incomplete} thiếu dữ liệu`,
    en: (b) =>
      `${b.name}: ${b.units} units, ${b.ranked} ranked, ${b.excluded} not considered, ${b.ineligible} not eligible, ${b.incomplete} with missing data`,
  }),
  'results.fund-used': phrase({ vi: () => 'Quỹ thưởng đã dùng', en: () => 'Prize fund used' }),
  'results.fund-planned': phrase({ vi: () => 'Quỹ thưởng theo kế hoạch', en: () => 'Prize fund planned' }),
  'results.fund-pending': phrase({
    vi: () => 'Tiền thưởng chờ xác định (chờ Hội đồng hoặc chờ số liệu)',
    en: () => 'Prize money not yet settled (for the council, or missing data)',
  }),
  'results.fund-left': phrase({ vi: () => 'Còn lại', en: () => 'Remaining' }),
  'results.fund-left-before-pending': phrase({
    vi: () => 'Còn lại (chưa trừ tiền chờ xác định)',
    en: () => 'Remaining (before the money not yet settled)',
  }),
  'results.fund-over': phrase({ vi: () => 'Vượt quỹ', en: () => 'Over the fund' }),
  /** "Khối xã: 24.000.000 / 26.000.000 đồng; chờ xác định 2.000.000 đồng" */
  /** "đạt 25/28, vượt 10" for plans that compare values with targets instead of scoring points. */
  'results.targets-line': phrase<{ met: number; of: number; exceeded: number }>({
    vi: (p) => `đạt ${p.met}/${p.of}, vượt ${p.exceeded}`,
    en: (p) => `met ${p.met}/${p.of}, exceeded ${p.exceeded}`,
  }),
  'results.fund-line': phrase<FundLine>({ vi: (p) => fundLine(p, 'vi'), en: (p) => fundLine(p, 'en') }),
  'results.not-ranked': phrase({
    vi: () => 'Đơn vị không xét thi đua hoặc chưa đủ điều kiện',
    en: () => 'Units not considered or not eligible',
  }),
  'results.ties': phrase({
    vi: () => 'Đồng điểm ở ranh giới giải — đề nghị Hội đồng quyết định',
    en: () => 'Ties at a tier boundary — for the council',
  }),
  'results.no-ties': phrase({
    vi: () => 'Không có trường hợp đồng điểm ở ranh giới giải.',
    en: () => 'No ties at a tier boundary.',
  }),
  'results.all-blocks': phrase({ vi: () => 'Tổng các khối', en: () => 'All blocks' }),
};

const PROPOSALS = {
  'proposals.title': phrase({ vi: () => 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', en: () => 'AWARD PROPOSALS' }),
  /** The due date as dd/mm/yyyy, or none when neither the caller, the plan nor a decision gives one. */
  'proposals.due': phrase<{ date: string | null }>({
    vi: (p) => `Hạn nộp hồ sơ: ${p.date ?? 'chưa xác định (kế hoạch không ghi hạn nộp hồ sơ)'}`,
    en: (p) => `Dossiers due: ${p.date ?? 'not set (the plan gives no due date)'}`,
  }),
  'proposals.other-form': phrase({
    vi: () => 'Khen thưởng theo kế hoạch',
    en: () => 'Awards under the plan',
  }),
  'proposals.others': phrase({
    vi: () => 'Khen cá nhân ở các đơn vị còn lại (không đạt giải)',
    en: () => 'Individual commendations in the other units (no prize)',
  }),
  'proposals.pending': phrase({
    vi: () => 'Chưa đưa vào danh sách — đồng điểm, chờ Hội đồng Thi đua – Khen thưởng quyết định',
    en: () => 'Not listed yet — tied, for the Emulation and Commendation Council to decide',
  }),
  'proposals.none': phrase({
    vi: () => 'Không có đơn vị nào đạt giải.',
    en: () => 'No unit received an award.',
  }),
};

const EXPLANATIONS = {
  'explanations.title': phrase({
    vi: () => 'GIẢI TRÌNH KẾT QUẢ CHẤM ĐIỂM THI ĐUA',
    en: () => 'HOW EVERY RESULT WAS REACHED',
  }),
  'explanations.intro': phrase({
    vi: () =>
      'Mỗi đơn vị: dòng tổng (đậm), rồi điểm và cách tính của từng tiêu chí, chỉ tiêu, hình thức khen thưởng.',
    en: () =>
      'Each unit: its summary line (bold), then the points and how they were reached, criterion by criterion.',
  }),
  'explanations.unit-criterion': phrase({ vi: () => 'Đơn vị / tiêu chí', en: () => 'Unit / criterion' }),
  'explanations.unit-target': phrase({ vi: () => 'Đơn vị / chỉ tiêu', en: () => 'Unit / target' }),
  'explanations.points': phrase({ vi: () => 'Điểm', en: () => 'Points' }),
  'explanations.max': phrase({ vi: () => 'Điểm tối đa', en: () => 'Maximum' }),
  'explanations.outcome': phrase({ vi: () => 'Kết quả', en: () => 'Outcome' }),
  'explanations.explanation': phrase({ vi: () => 'Giải trình', en: () => 'Explanation' }),
  'outcome.met': phrase({ vi: () => 'Đạt', en: () => 'Met' }),
  'outcome.not-met': phrase({ vi: () => 'Chưa đạt', en: () => 'Not met' }),
  'outcome.unknown': phrase({ vi: () => 'Chưa xác định', en: () => 'Undetermined' }),
  'status.granted': phrase({ vi: () => 'Đề nghị', en: () => 'Proposed' }),
  'status.superseded': phrase({ vi: () => 'Đã có hình thức cao hơn', en: () => 'A higher form instead' }),
  'status.over-quota': phrase({
    vi: () => 'Vượt số lượng — chờ Hội đồng',
    en: () => 'Over the quota — for the council',
  }),
  'status.tie': phrase({ vi: () => 'Đồng điểm — chờ Hội đồng', en: () => 'Tied — for the council' }),
  'status.not-this-round': phrase({ vi: () => 'Không xét đợt này', en: () => 'Not this round' }),
  'status.collective-not-awarded': phrase({
    vi: () => 'Tập thể không được khen',
    en: () => 'Collective not awarded',
  }),
  'status.collective-pending': phrase({
    vi: () => 'Chờ kết quả của tập thể',
    en: () => 'Waiting for the collective',
  }),
  'status.awaiting-vote': phrase({
    vi: () => 'Chờ Hội đồng bỏ phiếu',
    en: () => "Waiting for the council's vote",
  }),
};

/** The run log's columns (with the words for not considered and not eligible said elsewhere). */
const LOG = {
  'log.scored-at': phrase({ vi: () => 'Thời điểm chấm', en: () => 'Scored at' }),
  'log.plan-id': phrase({ vi: () => 'Mã kế hoạch', en: () => 'Plan id' }),
  'log.version': phrase({ vi: () => 'Phiên bản', en: () => 'Version' }),
  'log.plan-hash': phrase({ vi: () => 'Mã kiểm tra kế hoạch', en: () => 'Plan hash' }),
  'log.input-hash': phrase({ vi: () => 'Mã kiểm tra dữ liệu', en: () => 'Input hash' }),
  'log.engine-version': phrase({ vi: () => 'Phiên bản phần mềm', en: () => 'Engine version' }),
  'log.source': phrase({ vi: () => 'Nguồn dữ liệu', en: () => 'Source' }),
  'log.sheet': phrase({ vi: () => 'Sheet', en: () => 'Sheet' }),
  'log.output-range': phrase({ vi: () => 'Vùng kết quả', en: () => 'Output range' }),
  'log.units': phrase({ vi: () => 'Số đơn vị', en: () => 'Units' }),
  'log.missing-data': phrase({ vi: () => 'Thiếu dữ liệu', en: () => 'Missing data' }),
  'log.awards': phrase({ vi: () => 'Số giải', en: () => 'Awards' }),
  'log.fund-used': phrase({ vi: () => 'Quỹ thưởng đã dùng (đồng)', en: () => 'Prize fund used (VND)' }),
  'log.fund-planned': phrase({
    vi: () => 'Quỹ thưởng kế hoạch (đồng)',
    en: () => 'Prize fund planned (VND)',
  }),
  'log.warnings': phrase({ vi: () => 'Cảnh báo khi ghi', en: () => 'Write warnings' }),
  'log.council': phrase({ vi: () => 'Quyết định của Hội đồng', en: () => 'Council decisions' }),
  'log.final': phrase({ vi: () => 'Kết quả chính thức', en: () => 'Final results' }),
};

/** A previous block of results found changed (or written without a fingerprint), kept as the official's. */
export interface KeptOutput {
  /** "Sheet1!K5:Q30" */
  where: string;
  /** Where the new results go ("K5:Q30"). */
  now: string;
  /** Whether the block carried the fingerprint that shows it changed; the cells changed, when it did. */
  fingerprint: boolean;
  changed: string | null;
}

function keptWhy(p: KeptOutput, lang: Lang): string {
  if (!p.fingerprint)
    return lang === 'en'
      ? ' (written by an earlier version, without a fingerprint)'
      : ' (ghi bằng phiên bản trước, không có dấu nhận biết)';
  if (p.changed === null) return '';
  return lang === 'en' ? ` (cells changed: ${p.changed})` : ` (ô đã sửa: ${p.changed})`;
}

/** What writing the results warns about. */
const WARNINGS = {
  'write.sheet-taken': phrase<{ taken: string; used: string }>({
    vi: (p) =>
      `Trang "${p.taken}" không do chương trình tạo (hoặc đã được sửa sau lần ghi trước) nên được giữ nguyên; ` +
      `kết quả ghi vào trang "${p.used}".`,
    en: (p) =>
      `Sheet "${p.taken}" was not made by the program (or was changed since it was written), so it is left as it ` +
      `is; the results go to "${p.used}".`,
  }),
  'write.explanations-left-out': phrase<{ rows: number; max: number }>({
    vi: (p) =>
      `Trang "${SHEET_NAMES['sheet.explanations'].vi({})}" cần ${formatNumber(p.rows, 0, 'vi')} dòng, quá ${formatNumber(p.max, 0, 'vi')} dòng, nên không ghi; ` +
      `mỗi đơn vị vẫn có điểm và dòng giải thích của mình bên cạnh số liệu; để có trang này, chấm từng khối một.`,
    en: (p) =>
      `The "${SHEET_NAMES['sheet.explanations'].en({})}" sheet would need ${formatNumber(p.rows, 0, 'en')} rows, over ${formatNumber(p.max, 0, 'en')}, so it ` +
      `is not written; each unit still has its points and its explanation line beside its data; to have this sheet, score one block at a time.`,
  }),
  'write.output-kept': phrase<KeptOutput>({
    vi: (p) =>
      `Vùng kết quả lần trước ${p.where} không còn đúng như chương trình đã ghi${keptWhy(p, 'vi')}, ` +
      `nên được giữ nguyên, không xoá; kết quả mới ghi ở ${p.now}. Xoá vùng cũ nếu không cần nữa.`,
    en: (p) =>
      `The previous results in ${p.where} are no longer as the program wrote them${keptWhy(p, 'en')}, ` +
      `so they are kept, not cleared; the new results are in ${p.now}. Delete the old range if you no longer need it.`,
  }),
};

export const SHEET_PHRASES = {
  ...COLUMNS,
  ...SHEET_NAMES,
  ...HEADS,
  ...RESULTS,
  ...PROPOSALS,
  ...EXPLANATIONS,
  ...LOG,
  ...WARNINGS,
};
