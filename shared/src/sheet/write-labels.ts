import type { Lang } from '../values';

/** Headings and phrases written into workbooks, Vietnamese first. */
const LABELS = {
  points: { vi: 'Điểm TC', en: 'Points C' },
  total: { vi: 'Tổng điểm', en: 'Total' },
  rank: { vi: 'Xếp hạng', en: 'Rank' },
  targets: { vi: 'Chỉ tiêu', en: 'Targets' },
  eligible: { vi: 'Đủ điều kiện xét', en: 'Eligible' },
  reasons: { vi: 'Lý do', en: 'Reasons' },
  award: { vi: 'Giải', en: 'Award' },
  prize: { vi: 'Tiền thưởng (đồng)', en: 'Prize (VND)' },
  bonus: { vi: 'Điểm cộng', en: 'Bonus points' },
  certificates: { vi: 'Số cá nhân đề nghị khen', en: 'Individual commendations' },
  notes: { vi: 'Ghi chú dữ liệu', en: 'Data notes' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
  pending: { vi: 'Đồng điểm — chờ Hội đồng quyết định', en: 'Tied — for the council to decide' },
  resultsSheet: { vi: 'Kết quả', en: 'Results' },
  proposalsSheet: { vi: 'Đề nghị khen thưởng', en: 'Award proposals' },
  logSheet: { vi: 'Nhật ký chấm điểm', en: 'Scoring log' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  block: { vi: 'Khối', en: 'Block' },
  no_: { vi: 'STT', en: 'No.' },
  inWords: { vi: 'Số tiền bằng chữ', en: 'Amount in words' },
  dossierSets: { vi: 'Số bộ hồ sơ', en: 'Dossier sets' },
  sum: { vi: 'Cộng', en: 'Total' },
  explanationsSheet: { vi: 'Giải trình', en: 'Explanations' },
} as const;

export type LabelKey = keyof typeof LABELS;

export function label(key: LabelKey, lang: Lang = 'vi'): string {
  return LABELS[key][lang];
}

/** "2024-01-05" -> "05/01/2024" (the way Vietnamese documents write dates). */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Viet Nam keeps UTC+7 all year (no daylight saving time): no time zone database is needed. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** "01/01/2024 00:30": the moment in Viet Nam time, whatever the machine's time zone. */
export function vietnamTime(at: Date): string {
  const local = new Date(at.getTime() + VIETNAM_OFFSET_MS);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(local.getUTCDate())}/${p(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${p(local.getUTCHours())}:${p(local.getUTCMinutes())}`;
}

/** A run time as the sheets write it: "01/01/2024 00:30 (giờ Việt Nam)", "(Vietnam time)" in English. */
export function formatTimestamp(at: Date, lang: Lang = 'vi'): string {
  return `${vietnamTime(at)} (${lang === 'en' ? 'Vietnam time' : 'giờ Việt Nam'})`;
}
