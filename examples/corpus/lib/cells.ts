/** How officials type a value: the same meaning written the many ways real sheets hold it. */
import type ExcelJS from 'exceljs';
import type { Meaning } from './truth';

export interface Cell {
  value: ExcelJS.CellValue;
  numFmt?: string;
}

export type Write = (meaning: Meaning | undefined, row: number) => Cell;

const blank: Cell = { value: null };
const comma = (n: number) => String(n).replace('.', ',');

/**
 * A rate in percent. text "87,5%", space "87,5 %", fmt 0.875 in a % cell, plain 87.5, fraction 0.875 in a General
 * cell (a whole column of them), mixed: text / fmt / plain by row. Booleans (all-or-nothing rates) are "Đạt"/"Chưa đạt".
 */
export function rate(style: 'text' | 'space' | 'fmt' | 'plain' | 'fraction' | 'mixed'): Write {
  return (m, row) => {
    if (m === undefined) return blank;
    if (typeof m === 'boolean') return { value: m ? 'Đạt' : 'Chưa đạt' };
    if (typeof m !== 'number') return { value: m };
    const s = style === 'mixed' ? (['text', 'fmt', 'plain'] as const)[row % 3] : style;
    if (s === 'text') return { value: `${comma(m)}%` };
    if (s === 'space') return { value: `${comma(m)} %` };
    if (s === 'fmt') return { value: Math.round(m * 10) / 1000, numFmt: m % 1 ? '0.0%' : '0%' };
    if (s === 'fraction') return { value: Math.round(m * 10) / 1000 };
    // a plain 0.8 would mean 80%: officials who type plain numbers write 0,8% for small rates
    return m > 1 ? { value: m } : { value: `${comma(m)}%` };
  };
}

/** Yes/no: co "Có"/"Không", x "x"/blank, dat "Đạt"/"Chưa đạt", bool TRUE/FALSE, num 1/0, mixed by row. */
export function yesNo(style: 'co' | 'x' | 'dat' | 'bool' | 'num' | 'mixed'): Write {
  return (m, row) => {
    if (m === undefined) return blank;
    const yes = m === true;
    const s = style === 'mixed' ? (['co', 'x', 'dat'] as const)[row % 3] : style;
    if (s === 'co') return { value: yes ? 'Có' : 'Không' };
    if (s === 'x') return { value: yes ? 'x' : null };
    if (s === 'dat') return { value: yes ? 'Đạt' : 'Chưa đạt' };
    if (s === 'bool') return { value: yes };
    return { value: yes ? 1 : 0 };
  };
}

/** A count, as a number or typed with its unit ("36 tin", "02 SP", "1.250 HS"). */
export function count(opts: { unit?: string; pad?: number; every?: number } = {}): Write {
  return (m, row) => {
    if (m === undefined) return blank;
    if (typeof m !== 'number') return { value: m };
    if (!opts.unit || (opts.every && row % opts.every !== 0)) return { value: m };
    const digits = m === 0 ? '0' : String(m).padStart(opts.pad ?? 1, '0');
    const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    return { value: `${grouped} ${opts.unit}` };
  };
}

/** A label (rating, scale level, text) written as typed, optionally through the office's own abbreviations. */
export function label(spelling: Record<string, string> = {}, capitalise = false): Write {
  return (m) => {
    if (m === undefined) return blank;
    const s = String(m);
    const written = spelling[s] ?? s;
    return { value: capitalise ? written.charAt(0).toUpperCase() + written.slice(1) : written };
  };
}

/** An ISO date as a date cell, or typed as "25/03/2022" on odd rows (mixed). */
export function date(style: 'date' | 'text' | 'mixed'): Write {
  return (m, row) => {
    if (typeof m !== 'string') return blank;
    const [y, mo, d] = m.split('-').map(Number);
    const asText = style === 'text' || (style === 'mixed' && row % 2 === 1);
    if (asText) return { value: `${String(d).padStart(2, '0')}/${String(mo).padStart(2, '0')}/${y}` };
    return { value: new Date(Date.UTC(y, mo - 1, d)), numFmt: 'dd/mm/yyyy' };
  };
}

/** A plain number (money, percent facts typed as numbers). */
export function plain(): Write {
  return (m) => (m === undefined ? blank : { value: m as ExcelJS.CellValue });
}
