import type { UnitInput, UnitResult } from '../../engine/types';
import type { Fact, Plan } from '../../plan/schema';
import { formatNumber, formatPoints, parseDate } from '../../values';
import { formatPercentBeside } from '../../values/format';
import type { Block, DossierDocument, Proposal, TableCell } from '../model';
import { body, cell, formsDecree, heading, paragraph, signature, type DossierContext } from '../context';
import { figures } from '../proposals';
import { blank, bold, field, placeDate, plain, shortDate, slug, upper } from '../text';

function show(value: unknown, type?: Fact['type']): string | null {
  if (value === null || value === undefined || value === '') return null;
  // a date fact read from a date cell is an Excel serial (46034) or a Date: the report shows 12/01/2026
  if (type === 'date' || value instanceof Date) {
    const date = parseDate(value);
    if (date.ok) return shortDate(date.value);
  }
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return formatNumber(value, undefined, 'vi');
  const text = String(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? shortDate(text) : text;
}

/** A fact's value for the unit; per-year facts read { "2021": … } or "<id>_2021" keys. */
function factText(fact: Fact, facts: Record<string, unknown>): string | null {
  const value = facts[fact.id];
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const years = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => show(v) !== null)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([year, v]) => `${year}: ${show(v)}`);
    return years.length ? years.join('; ') : null;
  }
  if (fact.years) {
    const years = fact.years
      .map((y) => [y, show(facts[`${fact.id}_${y}`])] as const)
      .filter(([, v]) => v !== null)
      .map(([y, v]) => `${y}: ${v}`);
    if (years.length) return years.join('; ');
  }
  return show(value, fact.type);
}

function factsTable(plan: Plan, u: UnitResult, input: UnitInput | undefined): Block | null {
  const facts = input?.facts ?? {};
  const rows: TableCell[][] = [];
  for (const fact of plan.facts) {
    if (fact.appliesTo && !fact.appliesTo.includes(u.block)) continue;
    const text = factText(fact, facts);
    if (text !== null)
      rows.push([cell(String(rows.length + 1), { align: 'center' }), cell(fact.label), cell(text)]);
  }
  if (!rows.length) return null;
  return {
    kind: 'table',
    columns: [
      { header: 'STT', width: 7 },
      { header: 'Nội dung', width: 54 },
      { header: 'Số liệu, kết quả', width: 40 },
    ],
    rows,
  };
}

const SIGN: Record<string, string> = { atLeast: '≥', moreThan: '>', atMost: '≤', lessThan: '<' };

function targetsTable(u: UnitResult): Block | null {
  const targets = u.targets ?? [];
  if (!targets.length) return null;
  // a result a hair off its target is printed with the decimals that tell it from the target
  const value = (v: number | null, unit: string, target: number) =>
    v === null
      ? '—'
      : unit === '%'
        ? formatPercentBeside(v, target, 'vi')
        : unit === 'yesNo'
          ? v
            ? 'Có'
            : 'Không'
          : formatNumber(v);
  return {
    kind: 'table',
    columns: [
      { header: 'STT', width: 7 },
      { header: 'Chỉ tiêu', width: 54 },
      { header: 'Mục tiêu', width: 12 },
      { header: 'Kết quả', width: 12 },
      { header: 'Đánh giá', width: 16 },
    ],
    rows: targets.map((t) => [
      cell(t.number, { align: 'center' }),
      cell(t.title),
      cell(`${SIGN[t.comparison] ?? '≥'} ${value(t.target, t.unit, t.target)}`, { align: 'center' }),
      cell(value(t.value, t.unit, t.target), { align: 'center' }),
      cell(
        t.met === null ? 'Thiếu số liệu' : t.exceeded && !t.unreachable ? 'Vượt' : t.met ? 'Đạt' : 'Chưa đạt',
        {
          align: 'center',
        },
      ),
    ]),
  };
}

function criteriaTable(plan: Plan, u: UnitResult): Block | null {
  // the criteria that apply to the unit, in the plan's order: the answer's points per criterion id
  const scored = plan.criteria.filter((c) => Object.hasOwn(u.points, c.id));
  if (!scored.length) return null;
  return {
    kind: 'table',
    columns: [
      { header: 'STT', width: 7 },
      { header: 'Tiêu chí', width: 66 },
      { header: 'Điểm đạt', width: 14 },
      { header: 'Điểm tối đa', width: 14 },
    ],
    rows: [
      ...scored.map((c) => [
        cell(c.number, { align: 'center' }),
        cell(c.title),
        cell(formatPoints(u.points[c.id]), { align: 'center' }),
        cell(formatPoints(c.maxPoints), { align: 'center' }),
      ]),
      [
        cell('Tổng cộng', { bold: true, span: 2 }),
        cell(formatPoints(u.total), { bold: true, align: 'center' }),
        cell(formatPoints(u.maxTotal), { bold: true, align: 'center' }),
      ],
    ],
  };
}

function recordedAwardsTable(): Block {
  return {
    kind: 'table',
    columns: [
      { header: 'Năm', width: 14 },
      { header: 'Danh hiệu thi đua, hình thức khen thưởng', width: 50 },
      { header: 'Số, ngày quyết định; cơ quan ban hành', width: 36 },
    ],
    rows: [0, 1, 2].map(() => [cell([blank()]), cell([blank()]), cell([blank()])]),
  };
}

/** Báo cáo thành tích skeleton for one proposed unit, its figures filled in from the scoring. */
export function baoCao(
  ctx: DossierContext,
  u: UnitResult,
  proposals: Proposal[],
  index: number,
): DossierDocument {
  const { plan } = ctx;
  const individual = proposals[0].kind === 'individual';
  const input = ctx.units?.find((x) => x.id === u.unitId);
  const collective = u.collective
    ? ctx.response.results.find((r) => r.unitId === u.collective)?.name
    : undefined;
  const forms = [...new Set(proposals.map((p) => p.form))];
  const blocks: Block[] = individual
    ? [
        heading('I. SƠ LƯỢC LÝ LỊCH'),
        body([plain('Họ và tên: '), bold(u.name), plain('. Ngày, tháng, năm sinh: '), blank(), plain('.')]),
        body([plain('Chức vụ, đơn vị công tác: '), field(collective), plain('.')]),
        body([plain('Trình độ chuyên môn, nghiệp vụ: '), blank(), plain('.')]),
      ]
    : [
        body([plain('Tên tập thể đề nghị khen thưởng: '), bold(u.name), plain('.')]),
        heading('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH'),
        body([plain('1. Đặc điểm, tình hình: '), blank()]),
        body([plain('2. Chức năng, nhiệm vụ được giao: '), blank()]),
      ];
  blocks.push(
    heading('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
    body([
      plain(`1. Kết quả thực hiện các chỉ tiêu, nhiệm vụ trong ${ctx.movement}`),
      plain(figures(u, plan) ? ` (${figures(u, plan)})` : ''),
      plain(':'),
    ]),
  );
  for (const table of [targetsTable(u), criteriaTable(plan, u), factsTable(plan, u, input)])
    if (table) blocks.push(table);
  blocks.push(
    body([
      plain('Kết quả xét theo kế hoạch: '),
      plain(proposals.map((p) => `${p.award}: ${p.reason}`).join('; ')),
    ]),
    body([plain('2. Các giải pháp, sáng kiến, mô hình đã thực hiện: '), blank()]),
    body([
      plain(
        individual
          ? '3. Việc thực hiện chủ trương, chính sách của Đảng, pháp luật của Nhà nước; rèn luyện, học tập: '
          : '3. Việc thực hiện chủ trương, chính sách của Đảng, pháp luật của Nhà nước; công tác xây dựng Đảng, đoàn thể: ',
      ),
      blank(),
    ]),
    heading('III. CÁC DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN'),
    recordedAwardsTable(),
    heading('IV. ĐỀ NGHỊ KHEN THƯỞNG'),
    body([
      plain(`Căn cứ thành tích nêu trên, đề nghị xét tặng ${proposals.map((p) => p.award).join('; ')}.`),
    ]),
    paragraph(
      [
        plain(
          `Theo mẫu báo cáo thành tích ban hành kèm theo ${formsDecree(ctx.basisDate)}; số liệu mục II.1 lấy từ kết quả chấm điểm, đơn vị kiểm tra và bổ sung.`,
        ),
      ],
      { small: true },
    ),
  );
  return {
    kind: 'bao-cao',
    fileName: `05-bao-cao-thanh-tich-${String(index + 1).padStart(2, '0')}-${slug(u.name)}`,
    label: `Báo cáo thành tích — ${u.name}`,
    header: {
      superior: individual ? null : [blank()],
      issuer: [field(upper(individual ? collective : u.name))],
      numberLine: null,
      placeDate: placeDate(undefined, undefined),
    },
    title: 'BÁO CÁO THÀNH TÍCH',
    subtitle: [`Đề nghị tặng ${forms.join('; ')}`, `trong ${ctx.movement}`],
    body: blocks,
    signatures: individual
      ? [
          signature('', undefined, 'XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ', undefined),
          signature('', undefined, 'NGƯỜI BÁO CÁO THÀNH TÍCH', u.name),
        ]
      : [
          signature('', undefined, 'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG', undefined),
          signature('', undefined, 'THỦ TRƯỞNG ĐƠN VỊ', undefined),
        ],
    recipients: null,
    orientation: 'portrait',
  };
}
