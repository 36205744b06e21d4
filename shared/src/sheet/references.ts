/**
 * What a header label says besides its words: a reference to a criterion or target by number ("TC 8", "Tiêu chí
 * 8", "Chỉ tiêu a.1:", "(8)", "8.", "ND1."), and a target figure inside the title ("(chỉ tiêu 80%)", "mục tiêu
 * 98%", "≥ 60%"), which is never a criterion number: it is evidence for the criterion whose target it is.
 */
import { normalizeText } from '../values';

export type ReferenceRule = 'named' | 'code' | 'bracket' | 'leading' | 'bare' | 'trailing';

export interface NumberReference {
  /** Canonical number ("8", "a.1", "a.6 (huyen)"), compared with canonicalNumber of the plan's numbers. */
  number: string;
  rule: ReferenceRule;
  /** The reference as the header writes it: "TC 8", "(8)". */
  written: string;
}

export interface TitleTarget {
  /** The figure, in percent: "(chỉ tiêu 80%)" → 80. */
  value: number;
  comparison?: 'atLeast' | 'moreThan';
  written: string;
}

export interface ReadTitle {
  reference?: NumberReference;
  targets: TitleTarget[];
  /** The label without its reference, its target figures and "(%)", for comparing words. */
  text: string;
}

/** "08" → "8", "A.1" → "a.1", "a.6 (tỉnh)" → "a.6 (tinh)": how numbers are compared. */
export function canonicalReference(n: string): string {
  return normalizeText(n)
    .replace(/\.$/, '')
    .replace(/\s*\(\s*/, ' (')
    .replace(/\s*\)\s*$/, ')')
    .replace(/(^|[^\d])0+(?=\d)/g, '$1')
    .trim();
}

const ROMAN: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
  xi: 11,
  xii: 12,
  xiii: 13,
  xiv: 14,
  xv: 15,
};

/** "III" → "3" (a criterion numbered in Roman figures on the sheet, in Arabic in the plan); undefined otherwise. */
export function romanToArabic(n: string): string | undefined {
  const v = ROMAN[normalizeText(n).replace(/\.$/, '')];
  return v === undefined ? undefined : String(v);
}

// a number as plans write them: 8, 08, 2.1, 8a, a.1, b.10, a.6 (tỉnh)
const NUM = '((?:[a-e]\\.)?\\d{1,3}(?:\\.\\d{1,2})?[a-z]?(?:\\s*\\((?:tinh|huyen|xa)\\))?)';
const END = '(?=$|[\\s:.)\\-–,;])';

// "(chỉ tiêu 80%)", "mục tiêu 98%", "≥ 60%", and a goal word with its comparison: "(chỉ tiêu từ 80%)", "mục tiêu trên 95%"
const PERCENT =
  /\(?\s*(?:(chi tieu|muc tieu|target)\s*)?(?:(toi thieu|it nhat|dat|tu|tren)\s*)?(>=|≥|>|=)?\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*%\s*(?:tro len\s*)?\)?/g;

/** Target figures in a (folded) title and the title without them ("(%)" too). */
export function takeTargets(folded: string): { targets: TitleTarget[]; rest: string } {
  const targets: TitleTarget[] = [];
  const rest = folded
    .replace(
      PERCENT,
      (
        written,
        goal: string | undefined,
        word: string | undefined,
        sign: string | undefined,
        figure: string,
      ) => {
        const value = Number(figure.replace(',', '.'));
        const comparison =
          sign === '>' || word === 'tren' ? 'moreThan' : sign || word || goal ? 'atLeast' : undefined;
        targets.push({ value, ...(comparison ? { comparison } : {}), written: written.trim() });
        return ' ';
      },
    )
    .replace(/\(\s*%\s*\)/g, ' ');
  return { targets, rest: rest.replace(/\s+/g, ' ').trim() };
}

const RULES: { re: RegExp; rule: ReferenceRule }[] = [
  {
    re: new RegExp(
      `(?:^|[^a-z])(?:tieu chi|chi tieu|criterion|target|noi dung)\\s*(?:so\\s*|no\\.?\\s*|#\\s*)?${NUM}${END}`,
    ),
    rule: 'named',
  },
  { re: new RegExp(`(?:^|[^a-z])(?:tc|ct|nd)\\s*[-_.]?\\s*${NUM}${END}`), rule: 'code' },
  { re: new RegExp(`^[([]\\s*${NUM}\\s*[)\\]]$`), rule: 'bracket' },
  { re: new RegExp(`^${NUM}\\.?$`), rule: 'bare' },
  { re: new RegExp(`^${NUM}\\s*[.):]\\s+(?=\\S)`), rule: 'leading' },
  { re: new RegExp(`^[([]\\s*${NUM}\\s*[)\\]]\\s*[.:]?\\s+(?=\\S)`), rule: 'leading' },
  { re: new RegExp(`(?<=\\S)\\s*\\(\\s*${NUM}\\s*\\)$`), rule: 'trailing' },
];

/** "Nhóm tiêu chí 1", "Nhóm TC 2": the number of the office's group of criteria, never a criterion's own. */
const GROUP_NUMBER = new RegExp(
  `(?:^|[^a-z])nhom\\s+(?:cac\\s+)?(?:tieu chi|chi tieu|tc|ct|noi dung|nd)\\s*(?:so\\s*)?(?:${NUM}|[ivx]{1,4})${END}`,
);

/**
 * Reads one header label: its reference by number (the first rule that matches, on the label without its target
 * figures, so "(chỉ tiêu 80%)" is never criterion 80), its target figures, and its words.
 */
export function readTitle(label: string): ReadTitle {
  const folded = normalizeText(label);
  const taken = takeTargets(folded);
  const { targets } = taken;
  const rest = taken.rest.replace(GROUP_NUMBER, ' ').replace(/\s+/g, ' ').trim();
  for (const { re, rule } of RULES) {
    const m = re.exec(rest);
    if (!m) continue;
    // as written: "TC 8", "Tiêu chí 8", "(8)"; a leading or trailing number by itself ("8", "a.1", "(10)")
    const span = rule === 'leading' ? m[1] : rule === 'trailing' ? `(${m[1]})` : m[0];
    const written = span.replace(/^[^a-z0-9([]+/, '').trim();
    const text =
      rule === 'bracket' || rule === 'bare' ? '' : rest.replace(m[0], ' ').replace(/\s+/g, ' ').trim();
    return {
      reference: { number: canonicalReference(m[1]), rule, written: originalSpan(label, written) },
      targets,
      text: text.replace(/^[\s:.)\-–]+/, ''),
    };
  }
  const roman = /^([ivx]{1,4})\.?$/.exec(rest);
  if (roman && romanToArabic(roman[1]))
    return {
      reference: { number: romanToArabic(roman[1]) as string, rule: 'bare', written: label.trim() },
      targets,
      text: '',
    };
  // an office's own outline code before the title ("II.b. TL HS…", "IV.2 Số tin…", "II. Dịch vụ công") is no word of
  // it, nor a number of the plan
  return { targets, text: rest.replace(OUTLINE_CODE, '') };
}

const OUTLINE_CODE = /^[ivx]{1,4}\.(?:(?:[a-z]|\d{1,2})\.?)?\s+(?=\S)/;

/** The span of the original label a folded match came from (same length: folding keeps one letter per letter). */
function originalSpan(label: string, foldedSpan: string): string {
  const folded = normalizeText(label);
  const at = folded.indexOf(foldedSpan);
  if (at < 0) return foldedSpan;
  const trimmed = label.replace(/\s+/g, ' ').trim();
  return trimmed.length === folded.length ? trimmed.slice(at, at + foldedSpan.length) : foldedSpan;
}
