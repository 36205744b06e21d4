import { formatNumber } from '../values/format';
import { moneyInWords } from '../values/words';

/**
 * Statutory prize money (tiền thưởng theo Luật Thi đua, khen thưởng): coefficient × base salary
 * (mức lương cơ sở) in force on the date the award decision is signed, rounded UP to the next 10.000 đ.
 * Coefficients are integers in hundredths (150 = 1,5) so no amount passes through a float.
 * Every entry carries its legal basis and whether law.md verified it ([V]) or not ([M]/[P]).
 */
export type Recipient = 'individual' | 'collective' | 'household';

export interface BaseSalaryEntry {
  validFrom: string;
  validTo?: string;
  amount: number;
  basis: string;
  verified: boolean;
}

export interface CoefficientEntry {
  form: string;
  validFrom: string;
  validTo?: string;
  /** Individual coefficient in hundredths; absent for forms given only to collectives (Cờ thi đua…). */
  individual?: number;
  /** Collective coefficient in hundredths (2× the individual one for medals, bằng khen, giấy khen). */
  collective?: number;
  /** Household multiplier in hundredths of the individual amount (150 under NĐ 152/2025); absent = no rule. */
  household?: number;
  basis: string;
  verified: boolean;
}

export interface PrizeTable {
  baseSalaries: BaseSalaryEntry[];
  coefficients: CoefficientEntry[];
}

const ND91 = 'NĐ 91/2017/NĐ-CP';
const ND98 = 'NĐ 98/2023/NĐ-CP';
const ND152 = 'NĐ 152/2025/NĐ-CP';
const ND91_FROM = '2017-09-15';
const ND98_FROM = '2024-01-01';
const ND152_FROM = '2025-07-01';

export const BASE_SALARIES: BaseSalaryEntry[] = [
  {
    validFrom: '2019-07-01',
    validTo: '2023-06-30',
    amount: 1_490_000,
    basis: 'NĐ 38/2019/NĐ-CP',
    verified: true,
  },
  {
    validFrom: '2023-07-01',
    validTo: '2024-06-30',
    amount: 1_800_000,
    basis: 'NĐ 24/2023/NĐ-CP',
    verified: true,
  },
  {
    validFrom: '2024-07-01',
    validTo: '2026-06-30',
    amount: 2_340_000,
    basis: 'NĐ 73/2024/NĐ-CP',
    verified: true,
  },
  { validFrom: '2026-07-01', amount: 2_530_000, basis: 'NĐ 161/2026/NĐ-CP', verified: true },
];

type Row = [
  form: string,
  individual: number | undefined,
  collective: number | undefined,
  verified: boolean,
  article: string,
];

function period(
  basis: string,
  from: string,
  to: string | undefined,
  household: number | undefined,
  rows: Row[],
) {
  return rows.map(([form, individual, collective, verified, article]): CoefficientEntry => ({
    form,
    validFrom: from,
    ...(to ? { validTo: to } : {}),
    ...(individual !== undefined ? { individual } : {}),
    ...(collective !== undefined ? { collective } : {}),
    ...(household !== undefined ? { household } : {}),
    basis: `${basis} ${article}`,
    verified,
  }));
}

/** Values and tags as in law.md §1.5 (A: danh hiệu, B: huân chương, C: bằng khen, giấy khen). */
export const COEFFICIENTS: CoefficientEntry[] = [
  // NĐ 91/2017: law.md only says later decrees kept these values ([P]/[M]); its effective date is from memory.
  ...period(ND91, ND91_FROM, '2023-12-31', undefined, [
    ['bang-khen-thu-tuong', 350, 700, false, '(giá trị cũ, law.md [P])'],
    ['bang-khen-chu-tich-tinh', 100, 200, false, '(giá trị cũ, law.md [M/P])'],
    // not in law.md for NĐ 91/2017: the values NĐ 98/2023 kept, from memory ([M])
    ['giay-khen', 30, 60, false, '(giá trị cũ, chưa đối chiếu [M])'],
    ['huan-chuong-lao-dong-hang-ba', 450, 900, false, '(giá trị cũ, chưa đối chiếu [M])'],
    ['co-thi-dua-tinh', undefined, 800, false, '(giá trị cũ, chưa đối chiếu [M])'],
  ]),
  ...period(ND98, ND98_FROM, '2025-06-30', undefined, [
    ['chien-si-thi-dua-toan-quoc', 450, undefined, true, 'Điều 54'],
    ['chien-si-thi-dua-tinh', 300, undefined, true, 'Điều 54'],
    ['chien-si-thi-dua-co-so', 100, undefined, true, 'Điều 54'],
    ['lao-dong-tien-tien', 30, undefined, true, 'Điều 54'],
    ['tap-the-lao-dong-xuat-sac', undefined, 150, true, 'Điều 54'],
    ['tap-the-lao-dong-tien-tien', undefined, 80, true, 'Điều 54'],
    ['co-thi-dua-chinh-phu', undefined, 1200, true, 'Điều 54'],
    ['co-thi-dua-tinh', undefined, 800, true, 'Điều 54'],
    ['huan-chuong-lao-dong-hang-nhat', 900, 1800, true, 'Điều 55'],
    ['huan-chuong-lao-dong-hang-nhi', 750, 1500, true, 'Điều 55'],
    ['huan-chuong-lao-dong-hang-ba', 450, 900, true, 'Điều 55'],
    ['bang-khen-thu-tuong', 350, 700, false, 'Điều 58 (law.md [P])'],
    ['bang-khen-chu-tich-tinh', 100, 200, false, 'Điều 58 k1 b (law.md [M/P])'],
    ['giay-khen', 30, 60, true, 'Điều 58'],
    ['giay-khen-chu-tich-xa', 15, 30, true, 'Điều 58 k1 g'],
  ]),
  ...period(ND152, ND152_FROM, undefined, 150, [
    ['chien-si-thi-dua-toan-quoc', 450, undefined, true, '(giữ mức NĐ 98)'],
    ['chien-si-thi-dua-tinh', 300, undefined, true, '(giữ mức NĐ 98)'],
    ['chien-si-thi-dua-co-so', 100, undefined, true, '(giữ mức NĐ 98)'],
    ['lao-dong-tien-tien', 30, undefined, true, '(giữ mức NĐ 98)'],
    ['tap-the-lao-dong-xuat-sac', undefined, 150, true, '(giữ mức NĐ 98)'],
    ['tap-the-lao-dong-tien-tien', undefined, 80, true, '(giữ mức NĐ 98)'],
    ['co-thi-dua-chinh-phu', undefined, 1200, true, '(giữ mức NĐ 98)'],
    ['co-thi-dua-tinh', undefined, 800, true, '(giữ mức NĐ 98)'],
    ['huan-chuong-lao-dong-hang-nhat', 900, 1800, true, 'Điều 51'],
    ['huan-chuong-lao-dong-hang-nhi', 750, 1500, true, 'Điều 51'],
    ['huan-chuong-lao-dong-hang-ba', 450, 900, true, 'Điều 51'],
    ['bang-khen-thu-tuong', 350, 700, true, 'Điều 54'],
    ['bang-khen-chu-tich-tinh', 150, 300, true, 'Điều 54 k1 b'],
    ['giay-khen', 30, 60, true, 'Điều 54'],
    ['giay-khen-chu-tich-xa', 30, 60, true, 'Điều 54'],
  ]),
];

export const STATUTORY_TABLE: PrizeTable = { baseSalaries: BASE_SALARIES, coefficients: COEFFICIENTS };

/** Award forms the statutory table knows, with their Vietnamese names. */
export const AWARD_FORM_NAMES: Record<string, string> = {
  'chien-si-thi-dua-toan-quoc': 'Chiến sĩ thi đua toàn quốc',
  'chien-si-thi-dua-tinh': 'Chiến sĩ thi đua cấp tỉnh',
  'chien-si-thi-dua-co-so': 'Chiến sĩ thi đua cơ sở',
  'lao-dong-tien-tien': 'Lao động tiên tiến',
  'tap-the-lao-dong-xuat-sac': 'Tập thể lao động xuất sắc',
  'tap-the-lao-dong-tien-tien': 'Tập thể lao động tiên tiến',
  'co-thi-dua-chinh-phu': 'Cờ thi đua của Chính phủ',
  'co-thi-dua-tinh': 'Cờ thi đua của UBND tỉnh',
  'huan-chuong-lao-dong-hang-nhat': 'Huân chương Lao động hạng Nhất',
  'huan-chuong-lao-dong-hang-nhi': 'Huân chương Lao động hạng Nhì',
  'huan-chuong-lao-dong-hang-ba': 'Huân chương Lao động hạng Ba',
  'bang-khen-thu-tuong': 'Bằng khen của Thủ tướng Chính phủ',
  'bang-khen-chu-tich-tinh': 'Bằng khen của Chủ tịch UBND tỉnh',
  'giay-khen': 'Giấy khen (thủ trưởng cơ quan, đơn vị)',
  'giay-khen-chu-tich-xa': 'Giấy khen của Chủ tịch UBND cấp xã',
};

export interface StatutoryPrize {
  /** Whole đồng, rounded up to the next 10.000 đ. */
  amount: number;
  /** Coefficient applied, including the collective or household multiple, e.g. 1.5 or 2.25. */
  coefficient: number;
  baseSalary: number;
  basis: string;
  verified: boolean;
  inWords: string;
}

export type StatutoryOutcome =
  ({ ok: true } & StatutoryPrize) | { ok: false; reason: string; reasonEn: string };

const inForce = (date: string) => (e: { validFrom: string; validTo?: string }) =>
  e.validFrom <= date && (e.validTo === undefined || date <= e.validTo);

/** Entries of `overrides` win over the statutory ones for the dates they cover. */
function pick<T extends { validFrom: string; validTo?: string }>(
  date: string,
  overrides: T[] | undefined,
  table: T[],
  match: (e: T) => boolean,
): T | undefined {
  return (overrides ?? []).filter(match).find(inForce(date)) ?? table.filter(match).find(inForce(date));
}

/** ceil(coefficient × base / 10 000) × 10 000 with the coefficient in ten-thousandths, in integers. */
export function roundUpTo10k(coefficientTenThousandths: number, baseSalary: number): number {
  return Math.ceil((coefficientTenThousandths * baseSalary) / 100_000_000) * 10_000;
}

/**
 * The most a statutory prize of `form` can be for any recipient on any date of the table (and its overrides):
 * the bound the request check uses so that prize totals stay safe integers.
 */
export function maxStatutoryPrize(form: string, overrides?: Partial<PrizeTable>): number {
  let tenThousandths = 0;
  for (const c of [...(overrides?.coefficients ?? []), ...COEFFICIENTS]) {
    if (c.form !== form) continue;
    const individual = c.individual ?? 0;
    tenThousandths = Math.max(
      tenThousandths,
      (c.collective ?? 0) * 100,
      individual * 100,
      individual * (c.household ?? 0),
    );
  }
  let base = 0;
  for (const b of [...(overrides?.baseSalaries ?? []), ...BASE_SALARIES]) base = Math.max(base, b.amount);
  return roundUpTo10k(tenThousandths, base);
}

export function statutoryPrize(
  form: string,
  at: { decisionDate: string; recipient: Recipient },
  overrides?: Partial<PrizeTable>,
): StatutoryOutcome {
  const date = at.decisionDate;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    return {
      ok: false,
      reason: `Ngày quyết định "${date}" không đúng dạng YYYY-MM-DD`,
      reasonEn: `Decision date "${date}" is not YYYY-MM-DD`,
    };
  const coef = pick(date, overrides?.coefficients, COEFFICIENTS, (e) => e.form === form);
  if (!coef)
    return {
      ok: false,
      reason: `Không có hệ số tiền thưởng cho hình thức "${form}" vào ngày ${date}`,
      reasonEn: `No prize coefficient for "${form}" on ${date}`,
    };
  const base = pick(date, overrides?.baseSalaries, BASE_SALARIES, () => true);
  if (!base)
    return {
      ok: false,
      reason: `Không có mức lương cơ sở áp dụng vào ngày ${date}`,
      reasonEn: `No base salary in force on ${date}`,
    };
  let tenThousandths: number | undefined;
  if (at.recipient === 'collective' && coef.collective !== undefined) tenThousandths = coef.collective * 100;
  else if (at.recipient === 'individual' && coef.individual !== undefined)
    tenThousandths = coef.individual * 100;
  else if (at.recipient === 'household' && coef.individual !== undefined && coef.household !== undefined)
    tenThousandths = coef.individual * coef.household;
  if (tenThousandths === undefined) {
    const who = { individual: 'cá nhân', collective: 'tập thể', household: 'hộ gia đình' }[at.recipient];
    return {
      ok: false,
      reason: `${coef.basis}: không quy định mức thưởng "${form}" cho ${who}`,
      reasonEn: `${coef.basis}: no amount for "${form}" given to a ${at.recipient}`,
    };
  }
  const amount = roundUpTo10k(tenThousandths, base.amount);
  if (at.recipient === 'household' && coef.individual !== undefined && coef.household !== undefined) {
    // "gấp 1,5 lần mức tiền thưởng đối với cá nhân": 1,5 × coefficient × base rounded once (as a collective's
    // double is), or 1,5 × the individual's rounded amount rounded again. Where the two differ (Giấy khen 0,3 ×
    // 2.340.000: 1.053.000 → 1.060.000, or 1,5 × 710.000 = 1.065.000 → 1.070.000) the amount is not guessed.
    const individual = roundUpTo10k(coef.individual * 100, base.amount);
    const onRounded = roundUpTo10k(coef.household * 100, individual);
    if (onRounded !== amount) {
      const vi = (n: number) => formatNumber(n);
      const en = (n: number) => formatNumber(n, undefined, 'en');
      const times = coef.household / 100;
      return {
        ok: false,
        reason: `${coef.basis}: hộ gia đình được thưởng gấp ${vi(times)} lần mức của cá nhân — ${vi(times)} × hệ số × mức lương cơ sở ${vi(base.amount)} làm tròn là ${vi(amount)} đồng, ${vi(times)} × ${vi(individual)} đồng (mức cá nhân đã làm tròn) làm tròn là ${vi(onRounded)} đồng: hai cách tính khác nhau, Hội đồng xác định số tiền`,
        reasonEn: `${coef.basis}: a household gets ${en(times)} times an individual's amount — ${en(times)} × coefficient × base salary ${en(base.amount)} rounded is ${en(amount)} đồng, ${en(times)} × ${en(individual)} đồng (the individual's rounded amount) rounded is ${en(onRounded)} đồng: the two readings differ, the council sets the amount`,
      };
    }
  }
  return {
    ok: true,
    amount,
    coefficient: tenThousandths / 10_000,
    baseSalary: base.amount,
    basis: `${coef.basis}; mức lương cơ sở ${base.basis}`,
    verified: coef.verified && base.verified,
    inWords: moneyInWords(amount),
  };
}
