import { render, say, word, type WordCode } from '../messages';
import type { Lang } from '../values';

/** Headings and phrases written into workbooks, by the catalogue's codes. */
const LABELS = {
  points: 'column.points',
  total: 'column.total',
  rank: 'column.rank',
  targets: 'column.targets',
  eligible: 'column.eligible',
  reasons: 'column.reasons',
  award: 'column.award',
  prize: 'column.prize',
  bonus: 'column.bonus',
  certificates: 'column.certificates',
  notes: 'column.notes',
  yes: 'value.yes',
  no: 'value.no',
  pending: 'column.pending',
  resultsSheet: 'sheet.results',
  proposalsSheet: 'sheet.proposals',
  logSheet: 'sheet.log',
  unit: 'column.unit',
  block: 'column.block',
  no_: 'column.no',
  inWords: 'column.in-words',
  dossierSets: 'column.dossier-sets',
  sum: 'column.sum',
  explanationsSheet: 'sheet.explanations',
} as const satisfies Record<string, WordCode>;

export type LabelKey = keyof typeof LABELS;

export function label(key: LabelKey, lang: Lang = 'vi'): string {
  return word(LABELS[key], lang);
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
  return render(say('sheet.vietnam-time', { time: vietnamTime(at) }), lang);
}
