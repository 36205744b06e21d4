/** What the engine says about a unit's targets (chỉ tiêu): the value read, the goal, met or not. Vietnamese first. */
import { formatNumber, formatPercent, formatPercentBeside, type Lang } from '../values/format';
import { nameIn, phrase, type Named } from './phrase';
import { unusable } from './reading';

const SIGN = { atLeast: '≥', moreThan: '>' } as const;

/** One target of one unit, as its explanation line says it. */
export interface TargetLine {
  number: string;
  title: Named;
  unit: '%' | 'yesNo' | 'number';
  comparison: keyof typeof SIGN;
  target: number;
  outcome:
    | { status: 'missing' | 'ambiguous' | 'invalid' }
    | { status: 'ok'; value: number; met: boolean; ratio: number | null };
}

function show(value: number, unit: TargetLine['unit'], lang: Lang): string {
  const vi = lang === 'vi';
  if (unit === '%') return formatPercent(value, lang);
  if (unit === 'yesNo') return value >= 1 ? (vi ? 'Có' : 'Yes') : vi ? 'Không' : 'No';
  return formatNumber(value, undefined, lang);
}

function targetLine(p: TargetLine, lang: Lang): string {
  const vi = lang === 'vi';
  const title = nameIn(p.title, lang);
  const head = vi ? `Chỉ tiêu ${p.number} '${title}'` : `Target ${p.number} '${title}'`;
  const goal =
    p.unit === 'yesNo'
      ? vi
        ? 'mục tiêu: Có'
        : 'target: Yes'
      : `${vi ? 'mục tiêu' : 'target'} ${SIGN[p.comparison]}${show(p.target, p.unit, lang)}`;
  const o = p.outcome;
  if (o.status !== 'ok') {
    const what = o.status === 'missing' ? (vi ? 'thiếu số liệu' : 'missing value') : unusable(o.status, lang);
    return `${head}: ${what} / ${goal} → ${vi ? 'chưa xác định' : 'undetermined'}`;
  }
  const met = o.met ? (vi ? 'đạt' : 'met') : vi ? 'chưa đạt' : 'not met';
  // a missed target's ratio is cut, not rounded: 89,9 of 90 is "0,99", never "1,00"
  const shown =
    o.ratio === null ? null : o.met ? o.ratio : Math.min(o.ratio, Math.floor(o.ratio * 100 + 1e-9) / 100);
  const ratio = shown === null ? '' : ` (${vi ? 'tỷ lệ' : 'ratio'} ${formatNumber(shown, 2, lang)})`;
  const value = p.unit === '%' ? formatPercentBeside(o.value, p.target, lang) : show(o.value, p.unit, lang);
  return `${head}: ${value} / ${goal} → ${met}${ratio}`;
}

export const TARGET_PHRASES = {
  /** "Chỉ tiêu a.2 'Tỷ lệ hồ sơ trực tuyến': 85% / mục tiêu ≥80% → đạt (tỷ lệ 1,06)". */
  'target.line': phrase<TargetLine>({ vi: (p) => targetLine(p, 'vi'), en: (p) => targetLine(p, 'en') }),
  /** A target's number beyond what the engine computes with. */
  'target.too-large': phrase<{ value: number }>({
    vi: (p) => `giá trị ${formatNumber(p.value, undefined, 'vi')} lớn hơn 10^15`,
    en: (p) => `value ${formatNumber(p.value, undefined, 'en')} is above 10^15`,
  }),
};
