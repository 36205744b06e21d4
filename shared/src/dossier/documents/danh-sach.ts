import type { Block, DossierDocument, PendingAward, Proposal, TableCell } from '../model';
import {
  attachedTo,
  body,
  cell,
  countText,
  heading,
  moneyCell,
  paragraph,
  signerOf,
  type DossierContext,
} from '../context';
import { bold, blank, field, moneyWithWords, placeDate, plain, slug, upper } from '../text';

const SECTION: Record<Proposal['kind'], { title: string; name: string }> = {
  collective: { title: 'TẬP THỂ', name: 'Tên tập thể' },
  individual: { title: 'CÁ NHÂN', name: 'Họ và tên, chức vụ, đơn vị công tác' },
  household: { title: 'HỘ GIA ĐÌNH', name: 'Tên hộ gia đình' },
};
const ROMAN = ['I', 'II', 'III'];

function proposalsTable(listed: Proposal[], kind: Proposal['kind']): Block {
  const rows: TableCell[][] = listed.map((p, i) => [
    cell(String(i + 1), { align: 'center' }),
    cell(p.name),
    cell(p.achievement),
    cell(p.award),
    moneyCell(p.prize),
  ]);
  rows.push([
    cell(`Cộng: ${listed.length}`, { bold: true, span: 4 }),
    { ...moneyCell(listed.reduce((s, p) => s + (p.prize ?? 0), 0)), bold: true },
  ]);
  return {
    kind: 'table',
    columns: [
      { header: 'STT', width: 7 },
      { header: SECTION[kind].name, width: 26 },
      { header: 'Thành tích / điểm', width: 42 },
      { header: 'Hình thức khen thưởng', width: 18 },
      { header: 'Số tiền (đồng)', width: 12 },
    ],
    rows,
  };
}

export function pendingTable(pending: PendingAward[]): Block {
  return {
    kind: 'table',
    columns: [
      { header: 'STT', width: 7 },
      { header: 'Tên tập thể, cá nhân', width: 26 },
      { header: 'Xét khen thưởng', width: 22 },
      { header: 'Lý do chờ Hội đồng quyết định', width: 47 },
    ],
    rows: pending.map((p, i) => [
      cell(String(i + 1), { align: 'center' }),
      cell(p.name),
      cell(p.awards.join('; ')),
      cell(p.why),
    ]),
  };
}

function header(ctx: DossierContext): DossierDocument['header'] {
  return {
    superior: [field(upper(ctx.settings.superior))],
    issuer: [field(upper(ctx.settings.issuer))],
    numberLine: null,
    placeDate: placeDate(ctx.settings.place, ctx.settings.date),
  };
}

/** One list per award form: collectives, individuals and households in sections; held awards apart. */
export function danhSach(ctx: DossierContext, form: string, index: number): DossierDocument {
  const listed = ctx.proposals.filter((p) => p.form === form);
  const waiting = ctx.pending.filter((p) => p.forms.includes(form));
  const blocks: Block[] = [];
  const kinds = (['collective', 'individual', 'household'] as const).filter((k) =>
    listed.some((p) => p.kind === k),
  );
  kinds.forEach((kind, i) => {
    blocks.push(
      heading(`${ROMAN[i]}. ${SECTION[kind].title}`),
      proposalsTable(
        listed.filter((p) => p.kind === kind),
        kind,
      ),
    );
  });
  if (listed.length) {
    const total = listed.reduce((s, p) => s + (p.prize ?? 0), 0);
    const unset = listed.filter((p) => p.prize === null).length;
    blocks.push(
      body([
        plain(`Tổng cộng: ${countText(listed)}; tổng số tiền thưởng: `),
        bold(moneyWithWords(total)),
        plain(unset ? `, chưa gồm ${unset} trường hợp do Hội đồng quyết định mức thưởng.` : '.'),
      ]),
    );
  } else blocks.push(body([plain('Chưa có tập thể, cá nhân được đề nghị theo hình thức này.')]));
  if (waiting.length)
    blocks.push(
      heading('Chờ Hội đồng Thi đua – Khen thưởng quyết định (không thuộc danh sách đề nghị)'),
      pendingTable(waiting),
    );
  return {
    kind: 'danh-sach',
    fileName: `02-danh-sach-${String(index + 1).padStart(2, '0')}-${slug(form)}`,
    label: `Danh sách đề nghị ${form}`,
    header: header(ctx),
    title: 'DANH SÁCH',
    subtitle: [`Đề nghị tặng ${form}`, `trong ${ctx.movement}`],
    addressee: attachedTo(ctx.settings),
    body: blocks,
    signatures: [signerOf(ctx.settings)],
    recipients: null,
    orientation: 'landscape',
  };
}

/** Individual commendations by count (Phụng Hiệp): the names come from each unit. */
export function danhSachCaNhan(ctx: DossierContext): DossierDocument {
  const rows: TableCell[][] = ctx.commendations.map((c, i) => [
    cell(String(i + 1), { align: 'center' }),
    cell(c.name),
    cell(String(c.count), { align: 'center' }),
    cell(c.form),
    cell([blank()]),
  ]);
  rows.push([
    cell('Tổng cộng', { bold: true, span: 2 }),
    cell(String(ctx.commendations.reduce((s, c) => s + c.count, 0)), { bold: true, align: 'center' }),
    cell(''),
    cell(''),
  ]);
  return {
    kind: 'danh-sach',
    fileName: '02-danh-sach-ca-nhan',
    label: 'Danh sách cá nhân đề nghị khen thưởng',
    header: header(ctx),
    title: 'DANH SÁCH',
    subtitle: ['Số cá nhân đề nghị khen thưởng theo kết quả xếp giải', `trong ${ctx.movement}`],
    addressee: attachedTo(ctx.settings),
    body: [
      {
        kind: 'table',
        columns: [
          { header: 'STT', width: 7 },
          { header: 'Đơn vị', width: 28 },
          { header: 'Số cá nhân', width: 10 },
          { header: 'Hình thức khen thưởng', width: 27 },
          { header: 'Họ và tên cá nhân (đơn vị ghi)', width: 30 },
        ],
        rows,
      },
      paragraph(
        [plain('Họ và tên, chức vụ của từng cá nhân do đơn vị lập danh sách riêng, gửi kèm hồ sơ.')],
        {
          small: true,
        },
      ),
    ],
    signatures: [signerOf(ctx.settings)],
    recipients: null,
    orientation: 'landscape',
  };
}
