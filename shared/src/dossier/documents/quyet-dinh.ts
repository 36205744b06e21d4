import type { Block, DossierDocument } from '../model';
import {
  body,
  cell,
  countText,
  lawBasis,
  moneyCell,
  paragraph,
  planBasisLine,
  signature,
  type DossierContext,
} from '../context';
import { blank, bold, field, longDate, moneyWithWords, numberLine, placeDate, plain, upper } from '../text';

function listTable(ctx: DossierContext, form: string): Block {
  const listed = ctx.proposals.filter((p) => p.form === form);
  return {
    kind: 'table',
    columns: [
      { header: 'STT', width: 7 },
      { header: 'Tên tập thể, cá nhân', width: 42 },
      { header: 'Hình thức khen thưởng', width: 32 },
      { header: 'Số tiền (đồng)', width: 20 },
    ],
    rows: [
      ...listed.map((p, i) => [
        cell(String(i + 1), { align: 'center' }),
        cell(p.name),
        cell(p.award),
        moneyCell(p.prize),
      ]),
      [
        cell(`Cộng: ${listed.length}`, { bold: true, span: 3 }),
        { ...moneyCell(listed.reduce((s, p) => s + (p.prize ?? 0), 0)), bold: true },
      ],
    ],
  };
}

const italicBody = (runs: Block & { kind: 'paragraph' }) => ({
  ...runs,
  runs: runs.runs.map((r) => ({ ...r, italic: true })),
});

/** Dự thảo Quyết định khen thưởng: căn cứ, Điều 1 the list and amounts, Điều 2 funding, Điều 3 who executes. */
export function quyetDinh(ctx: DossierContext): DossierDocument {
  const { settings: s, plan } = ctx;
  const forms = ctx.forms.filter((form) => ctx.proposals.some((p) => p.form === form));
  const basis = s.decisionBasis?.length
    ? s.decisionBasis.map((line) => [plain(line.replace(/[;.]?$/, ';'))])
    : [[plain('Căn cứ '), blank(), plain(' (văn bản quy định thẩm quyền của cơ quan ban hành);')]];
  const blocks: Block[] = [
    paragraph([field(upper(s.decisionAuthority), { bold: true })], { align: 'center' }),
    ...basis.map((runs) => italicBody({ kind: 'paragraph', runs, body: true })),
    ...lawBasis(ctx.basisDate).map((line) =>
      italicBody({ kind: 'paragraph', runs: [plain(line)], body: true }),
    ),
    italicBody({ kind: 'paragraph', runs: planBasisLine(plan), body: true }),
    italicBody({
      kind: 'paragraph',
      body: true,
      runs: [
        plain('Xét đề nghị của '),
        field(s.issuer),
        plain(' tại Tờ trình số '),
        field(s.number),
        plain('/TTr-'),
        field(s.symbol),
        plain(' '),
        ...longDate(s.date),
        plain('.'),
      ],
    }),
    paragraph([bold('QUYẾT ĐỊNH:')], { align: 'center' }),
  ];
  if (forms.length === 1) {
    blocks.push(
      body([
        bold('Điều 1. '),
        plain(
          `Tặng ${forms[0]} cho ${countText(ctx.proposals)} đã có thành tích trong ${ctx.movement}, gồm:`,
        ),
      ]),
      listTable(ctx, forms[0]),
    );
  } else if (forms.length > 1) {
    blocks.push(
      body([
        bold('Điều 1. '),
        plain(`Khen thưởng ${countText(ctx.proposals)} đã có thành tích trong ${ctx.movement}, gồm:`),
      ]),
    );
    forms.forEach((form, i) => {
      const listed = ctx.proposals.filter((p) => p.form === form);
      blocks.push(
        body([bold(`${i + 1}. Tặng ${form}: `), plain(`${countText(listed)}.`)]),
        listTable(ctx, form),
      );
    });
  } else blocks.push(body([bold('Điều 1. '), plain('Không có tập thể, cá nhân đủ điều kiện khen thưởng.')]));
  const unset = ctx.proposals.filter((p) => p.prize === null).length;
  blocks.push(
    body([
      bold('Điều 2. '),
      plain('Tổng số tiền thưởng: '),
      bold(moneyWithWords(ctx.total)),
      plain(unset ? ` (chưa gồm ${unset} trường hợp do Hội đồng quyết định mức thưởng)` : ''),
      plain(', chi từ '),
      field(s.fundingSource),
      plain('.'),
    ]),
    body([
      bold('Điều 3. '),
      plain('Quyết định này có hiệu lực kể từ ngày ký. '),
      s.executors?.length ? plain(s.executors.join(', ')) : blank(),
      plain(' và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.'),
    ]),
  );
  const subject =
    forms.length === 1
      ? `Về việc tặng ${forms[0]} cho các tập thể, cá nhân có thành tích trong ${ctx.movement}`
      : `Về việc khen thưởng các tập thể, cá nhân có thành tích trong ${ctx.movement}`;
  return {
    kind: 'quyet-dinh',
    fileName: '04-du-thao-quyet-dinh',
    label: 'Dự thảo Quyết định khen thưởng',
    draft: true,
    header: {
      superior: [field(upper(s.decisionSuperior))],
      issuer: [field(upper(s.decisionIssuer))],
      numberLine: numberLine(undefined, 'QĐ', s.decisionSymbol),
      placeDate: placeDate(s.place, undefined),
    },
    title: 'QUYẾT ĐỊNH',
    subtitle: [subject],
    body: blocks,
    signatures: [
      signature(s.decisionSignerPrefix, s.decisionSignerOn, s.decisionSignerTitle, s.decisionSignerName),
    ],
    recipients: [
      'Như Điều 3;',
      ...(s.decisionRecipients ?? []).map((r) => r.replace(/[;.]?$/, ';')),
      'Lưu: VT.',
    ],
    orientation: 'portrait',
  };
}
