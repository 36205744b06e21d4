import type { Block, DossierDocument, Run, TableCell } from '../model';
import {
  body,
  cell,
  countText,
  heading,
  lawBasis,
  moneyCell,
  planBasisLine,
  planRef,
  signerOf,
  type DossierContext,
} from '../context';
import {
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

/** Summary table: one row per award form, with collectives, individuals, money and dossier sets. */
function formsTable(ctx: DossierContext): Block {
  const rows: TableCell[][] = ctx.forms
    .filter((form) => ctx.proposals.some((p) => p.form === form))
    .map((form, i) => {
      const listed = ctx.proposals.filter((p) => p.form === form);
      const units = (kind: string) =>
        new Set(listed.filter((p) => p.kind === kind).map((p) => p.unitId)).size;
      const prize = listed.reduce((s, p) => s + (p.prize ?? 0), 0);
      const sets = Math.max(0, ...listed.map((p) => p.dossierSets ?? 0));
      return [
        cell(String(i + 1), { align: 'center' }),
        cell(form),
        cell(String(units('collective')), { align: 'center' }),
        cell(String(units('individual') + units('household')), { align: 'center' }),
        moneyCell(prize),
        cell(sets ? String(sets).padStart(2, '0') : '', { align: 'center' }),
      ];
    });
  rows.push([
    cell('Tổng cộng', { bold: true, span: 2, align: 'center' }),
    cell(String(new Set(ctx.proposals.filter((p) => p.kind === 'collective').map((p) => p.unitId)).size), {
      align: 'center',
      bold: true,
    }),
    cell(String(new Set(ctx.proposals.filter((p) => p.kind !== 'collective').map((p) => p.unitId)).size), {
      align: 'center',
      bold: true,
    }),
    { ...moneyCell(ctx.total), bold: true },
    cell(''),
  ]);
  return {
    kind: 'table',
    columns: [
      { header: 'STT', width: 7 },
      { header: 'Hình thức khen thưởng', width: 34 },
      { header: 'Tập thể', width: 10 },
      { header: 'Cá nhân', width: 10 },
      { header: 'Số tiền (đồng)', width: 18 },
      { header: 'Số bộ hồ sơ', width: 10 },
    ],
    rows,
  };
}

export function toTrinh(ctx: DossierContext): DossierDocument {
  const { settings: s, plan } = ctx;
  const issuer = field(s.issuer);
  const submitTo = field(s.submitTo);
  const blocks: Block[] = [
    ...lawBasis(ctx.basisDate).map((line) => body([plain(line)])),
    body(planBasisLine(plan)),
    ...(s.basis ?? []).map((line) => body([plain(line.replace(/[;.]?$/, ';'))])),
    body([
      plain('Căn cứ kết quả chấm điểm, xét khen thưởng và Biên bản họp Hội đồng Thi đua – Khen thưởng '),
      ...longDate(s.meetingDate),
      plain(';'),
    ]),
    body([
      issuer,
      plain(' kính trình '),
      submitTo,
      plain(
        ctx.proposals.length
          ? ` xem xét, khen thưởng cho ${countText(ctx.proposals)} có thành tích trong ${ctx.movement}, cụ thể như sau:`
          : ` xem xét kết quả chấm điểm, xét khen thưởng trong ${ctx.movement}, cụ thể như sau:`,
      ),
    ]),
  ];
  if (ctx.proposals.length) {
    blocks.push(formsTable(ctx));
    const unset = ctx.proposals.filter((p) => p.prize === null).length;
    blocks.push(
      body([
        plain('Tổng số tiền thưởng: '),
        bold(moneyWithWords(ctx.total)),
        plain(
          unset
            ? `, chưa gồm ${unset} trường hợp văn bản không quy định mức thưởng (đề nghị Hội đồng quyết định).`
            : '.',
        ),
      ]),
      body([plain('(Có danh sách đề nghị khen thưởng theo từng hình thức kèm theo).')]),
    );
  } else blocks.push(body([plain('Không có tập thể, cá nhân đủ điều kiện đề nghị khen thưởng.')]));

  if (ctx.pending.length) {
    blocks.push(
      body([
        plain(
          'Các trường hợp chờ Hội đồng Thi đua – Khen thưởng quyết định, chưa đưa vào danh sách đề nghị khen thưởng: ',
        ),
        plain(ctx.pending.map((p) => `${p.name} (${p.awards.join(', ')})`).join('; ')),
        plain('.'),
      ]),
    );
  }
  if (ctx.commendations.length) {
    const n = ctx.commendations.reduce((sum, c) => sum + c.count, 0);
    const forms = [...new Set(ctx.commendations.map((c) => c.form))].join('; ');
    blocks.push(
      body([
        plain(
          `Theo ${planRef(plan)}, các đơn vị được đề nghị khen thưởng tổng cộng ${n} cá nhân (${forms}); danh sách cá nhân do từng đơn vị lập, gửi kèm hồ sơ.`,
        ),
      ]),
    );
  }
  blocks.push(body([plain('Nguồn kinh phí khen thưởng: '), field(s.fundingSource), plain('.')]));

  const papers = [
    'Tờ trình đề nghị khen thưởng',
    'Danh sách đề nghị khen thưởng theo từng hình thức',
    'Biên bản họp Hội đồng Thi đua – Khen thưởng',
    ...(s.achievementReports ? ['Báo cáo thành tích của từng tập thể, cá nhân được đề nghị'] : []),
  ];
  const sets = ctx.forms
    .map((form) => {
      const n = Math.max(0, ...ctx.proposals.filter((p) => p.form === form).map((p) => p.dossierSets ?? 0));
      return n ? `${form}: ${String(n).padStart(2, '0')} bộ` : '';
    })
    .filter(Boolean);
  blocks.push(
    heading('Hồ sơ kèm theo'),
    body([
      plain(`Hồ sơ gồm: ${papers.join('; ')}${sets.length ? `. Số lượng hồ sơ: ${sets.join('; ')}` : ''}.`),
    ]),
    body(
      ctx.dueDate
        ? [plain(`Hạn gửi hồ sơ theo ${planRef(plan)}: ngày `), bold(shortDate(ctx.dueDate)), plain('.')]
        : [plain('Hạn gửi hồ sơ: '), field(undefined), plain(' (kế hoạch không ghi hạn).')],
    ),
    body([plain('Kính trình '), submitTo, plain(' xem xét, quyết định./.')]),
  );

  const addressee: Run[] = [plain('Kính gửi: '), submitTo];
  return {
    kind: 'to-trinh',
    fileName: '01-to-trinh',
    label: 'Tờ trình đề nghị khen thưởng',
    header: {
      superior: [field(upper(s.superior))],
      issuer: [field(upper(s.issuer))],
      numberLine: numberLine(s.number, 'TTr', s.symbol),
      placeDate: placeDate(s.place, s.date),
    },
    title: 'TỜ TRÌNH',
    subtitle: [`Về việc đề nghị khen thưởng trong ${ctx.movement}`],
    addressee,
    body: blocks,
    signatures: [signerOf(s)],
    recipients: ['Như trên;', ...(s.recipients ?? []).map((r) => r.replace(/[;.]?$/, ';')), 'Lưu: VT.'],
    orientation: 'portrait',
  };
}
