import type { UnitResult } from '../../engine/types';
import type { Block, DossierDocument, TableCell } from '../model';
import {
  body,
  cell,
  countText,
  heading,
  moneyCell,
  planRef,
  signature,
  type DossierContext,
} from '../context';
import { byRank, figures } from '../proposals';
import {
  blank,
  bold,
  field,
  longDate,
  moneyWithWords,
  numberLine,
  placeDate,
  plain,
  shortDate,
  upper,
} from '../text';

const BLANK_MEMBER_ROWS = 5;

function outcome(ctx: DossierContext, u: UnitResult): string {
  const proposed = ctx.proposals.filter((p) => p.unitId === u.unitId).map((p) => p.award);
  const waiting = ctx.pending.find((p) => p.unitId === u.unitId);
  const parts: string[] = [];
  if (proposed.length) parts.push(`Đề nghị ${proposed.join('; ')}`);
  if (waiting) parts.push(`Chờ Hội đồng quyết định: ${waiting.awards.join('; ')}`);
  if (!parts.length)
    parts.push(u.reasons.length ? u.reasons.join('; ') : 'Không đạt giải, chưa đề nghị khen thưởng');
  return parts.join('. ');
}

function membersTable(ctx: DossierContext): Block {
  const members = ctx.settings.members ?? [];
  const rows: TableCell[][] = members.length
    ? members.map((m, i) => [
        cell(String(i + 1), { align: 'center' }),
        cell(m.name),
        cell([field(m.position)]),
        cell([field(m.role)]),
        cell(''),
      ])
    : Array.from({ length: BLANK_MEMBER_ROWS }, (_, i) => [
        cell(String(i + 1), { align: 'center' }),
        cell([blank()]),
        cell([blank()]),
        cell([blank()]),
        cell(''),
      ]);
  return {
    kind: 'table',
    columns: [
      { header: 'STT', width: 7 },
      { header: 'Họ và tên', width: 28 },
      { header: 'Chức vụ, đơn vị', width: 30 },
      { header: 'Chức danh trong Hội đồng', width: 20 },
      { header: 'Ký tên', width: 16 },
    ],
    rows,
  };
}

function resultsTable(ctx: DossierContext): Block {
  const units = [...ctx.response.results].sort(byRank);
  return {
    kind: 'table',
    columns: [
      { header: 'STT', width: 7 },
      { header: 'Tên tập thể, cá nhân', width: 30 },
      { header: 'Điểm / chỉ tiêu', width: 22 },
      { header: 'Kết quả xét', width: 42 },
    ],
    rows: units.map((u, i) => [
      cell(String(i + 1), { align: 'center' }),
      cell(u.name),
      cell(figures(u, ctx.plan) || '—'),
      cell(outcome(ctx, u)),
    ]),
  };
}

function agreedTable(ctx: DossierContext, form: string): Block {
  const listed = ctx.proposals.filter((p) => p.form === form);
  return {
    kind: 'table',
    columns: [
      { header: 'STT', width: 7 },
      { header: 'Tên tập thể, cá nhân', width: 40 },
      { header: 'Hình thức khen thưởng', width: 34 },
      { header: 'Số tiền (đồng)', width: 20 },
    ],
    rows: listed.map((p, i) => [
      cell(String(i + 1), { align: 'center' }),
      cell(p.name),
      cell(p.award),
      moneyCell(p.prize),
    ]),
  };
}

/** For each held award: what the engine found, and blanks for the council's discussion, vote and decision. */
function councilDecisions(ctx: DossierContext): Block[] {
  const decided = (ctx.response.council?.decisions ?? []).filter((d) => d.status === 'applied');
  if (!ctx.pending.length && !decided.length)
    return [body([plain('Không có trường hợp đồng điểm hoặc vượt số lượng phải để Hội đồng xem xét.')])];
  const out: Block[] = [];
  let n = 0;
  // what the council already decided (its "Quyết định của Hội đồng" sheet, options.councilDecisions), as applied
  for (const d of decided) {
    n++;
    out.push(
      body([
        bold(`${n}) `),
        plain(
          `${d.message}. Lý do: ${d.reason} (ghi ngày ${shortDate(d.date)}, người ghi: ${d.recordedBy}).`,
        ),
      ]),
    );
  }
  const ties = ctx.response.summary.blocks.flatMap((b) => b.ties);
  const seen = new Set<string>();
  for (const p of ctx.pending) {
    const tie = ties.find((t) => t.unitIds.includes(p.unitId));
    const key = tie ? `tie:${tie.block}:${tie.rank}` : `unit:${p.unitId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    n++;
    out.push(
      body([bold(`${n}) `), plain(tie ? tie.message : `${p.name} — ${p.awards.join('; ')}: ${p.why}`)]),
      body([plain('Ý kiến của các thành viên Hội đồng: '), blank()]),
      body([
        plain('Kết quả biểu quyết: '),
        blank(),
        plain('/'),
        blank(),
        plain(' thành viên dự họp đồng ý.'),
      ]),
      body([plain('Hội đồng quyết định: '), blank()]),
    );
  }
  return out;
}

export function bienBan(ctx: DossierContext): DossierDocument {
  const { settings: s, plan } = ctx;
  const present = s.members?.length;
  const blocks: Block[] = [
    body([plain('Thời gian: '), field(s.meetingTime), plain(', '), ...longDate(s.meetingDate), plain('.')]),
    body([plain('Địa điểm: '), field(s.meetingPlace), plain('.')]),
    body([plain('Chủ trì: '), field(s.chair), plain('. Thư ký: '), field(s.secretary), plain('.')]),
    body([
      plain('Thành phần: có mặt '),
      field(present ? String(present) : undefined),
      plain('/'),
      field(s.membersTotal ? String(s.membersTotal) : undefined),
      plain(' thành viên Hội đồng; vắng mặt: '),
      blank(),
      plain('. Các thành viên dự họp gồm:'),
    ]),
    membersTable(ctx),
    heading('NỘI DUNG CUỘC HỌP'),
    heading('1. Kết quả chấm điểm, xét khen thưởng'),
    body([plain(`Thư ký Hội đồng báo cáo kết quả chấm điểm, xét khen thưởng theo ${planRef(plan)}:`)]),
  ];
  for (const b of ctx.response.summary.blocks.filter((x) => x.units > 0)) {
    const ranked = plan.criteria.length
      ? `${b.ranked} được xếp hạng, ${b.excluded} không xét thi đua, ${b.ineligible} chưa đủ điều kiện, ${b.incomplete} thiếu dữ liệu`
      : `${b.excluded} không xét thi đua, ${b.ineligible} chưa đủ điều kiện, ${b.incomplete} thiếu dữ liệu`;
    const kind = plan.blocks.find((x) => x.id === b.block)?.kind ?? 'collective';
    const who = { collective: 'đơn vị', individual: 'cá nhân', household: 'hộ gia đình' }[kind];
    blocks.push(body([plain(`${b.name}: ${b.units} ${who} được xét; ${ranked}.`)]));
  }
  blocks.push(
    resultsTable(ctx),
    heading('2. Các trường hợp đồng điểm, vượt số lượng, chờ số liệu — Hội đồng thảo luận, quyết định'),
    ...councilDecisions(ctx),
    heading('3. Hội đồng thống nhất đề nghị khen thưởng'),
  );
  if (!ctx.proposals.length)
    blocks.push(body([plain('Không có tập thể, cá nhân đủ điều kiện đề nghị khen thưởng.')]));
  ctx.forms
    .filter((form) => ctx.proposals.some((p) => p.form === form))
    .forEach((form, i) => {
      const listed = ctx.proposals.filter((p) => p.form === form);
      blocks.push(
        body([bold(`${String.fromCharCode(97 + (i % 26))}) ${form}: `), plain(`${countText(listed)}.`)]),
        agreedTable(ctx, form),
      );
    });
  if (ctx.proposals.length) {
    // a prize the document does not set is not counted as nothing: the sum says what it leaves out
    const unset = ctx.proposals.filter((p) => p.prize === null).length;
    blocks.push(
      body([
        plain('Tổng số tiền thưởng: '),
        bold(moneyWithWords(ctx.total)),
        plain(unset ? `, chưa gồm ${unset} trường hợp do Hội đồng quyết định mức thưởng.` : '.'),
      ]),
    );
  }
  if (ctx.pending.length)
    blocks.push(
      body([
        plain('Các trường hợp được Hội đồng quyết định khen thưởng tại mục 2 được bổ sung vào danh sách: '),
        blank(),
      ]),
    );
  blocks.push(
    body([
      plain('Cuộc họp kết thúc vào lúc '),
      blank(),
      plain(
        ' cùng ngày. Biên bản đã được đọc lại trước các thành viên dự họp và được thống nhất thông qua./.',
      ),
    ]),
  );
  return {
    kind: 'bien-ban',
    fileName: '03-bien-ban-hop-hoi-dong',
    label: 'Biên bản họp Hội đồng Thi đua – Khen thưởng',
    header: {
      superior: [field(upper(s.councilSuperior))],
      issuer: [plain(upper(s.council) ?? 'HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG')],
      numberLine: numberLine(undefined, 'BB', undefined),
      placeDate: placeDate(s.place, s.meetingDate),
    },
    title: 'BIÊN BẢN',
    subtitle: [`Họp Hội đồng Thi đua – Khen thưởng xét khen thưởng trong ${ctx.movement}`],
    body: blocks,
    signatures: [
      signature('', undefined, 'THƯ KÝ', s.secretary),
      signature('', undefined, 'CHỦ TRÌ', s.chair),
    ],
    recipients: null,
    orientation: 'portrait',
  };
}
