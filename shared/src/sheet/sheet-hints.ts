/**
 * What the lines above a table say about it: the issuing body (left of the national motto), the title lines
 * ("BẢNG TỔNG HỢP … KHỐI XÃ, THỊ TRẤN", "Đơn vị: UBND xã Tân Long"), and from them the one unit of a form and the
 * plan block of the sheet. Sheet names count too ("Xã", "Cá nhân").
 */
import type { Plan } from '../plan/schema';
import { normalizeText } from '../values';
import { cellText } from './grid';
import type { CellRef, SheetModel } from './model';
import { isNationalMotto, looksLikeUnit } from './patterns';
import type { FormUnit } from './detect';

export interface TitleText {
  text: string;
  cell: CellRef;
}

export interface SheetTitles {
  /** Left of the national motto, top to bottom ("UBND HUYỆN PHỤNG HIỆP", "PHÒNG VĂN HÓA VÀ THÔNG TIN"). */
  agency: TitleText[];
  /** The other lines above the table, top to bottom. */
  titles: TitleText[];
}

/** The text lines above the table (rows before `tableTop`), split into the issuing body and the titles. */
export function sheetTitles(sheet: SheetModel, tableTop: number): SheetTitles {
  const out: SheetTitles = { agency: [], titles: [] };
  const { row: r0, col: c0 } = sheet.origin;
  const end = Math.min(sheet.values.length, tableTop - r0);
  for (let i = 0; i < end; i++) {
    const row = sheet.values[i] ?? [];
    const texts: TitleText[] = [];
    row.forEach((v, j) => {
      const text = typeof v === 'string' ? cellText(v) : '';
      if (text) texts.push({ text, cell: { row: r0 + i, col: c0 + j } });
    });
    const motto = texts.find((t) => isNationalMotto(t.text));
    if (motto) out.agency.push(...texts.filter((t) => t.cell.col < motto.cell.col));
    else out.titles.push(...texts);
  }
  return out;
}

/** "Đơn vị: UBND xã Tân Long, huyện Phụng Hiệp" → "UBND xã Tân Long". */
const UNIT_LINE =
  /^\s*(?:tên\s+)?(?:đơn vị|cơ quan|địa phương|tập thể)(?:\s+(?:báo cáo|tự chấm|tự đánh giá|đề nghị))?\s*:\s*(.+)$/i;

function unitFromLine(text: string): string | undefined {
  const m = UNIT_LINE.exec(text.normalize('NFC'));
  if (!m) return undefined;
  const name = m[1]
    .split(/,\s*(?=(?:huyện|tỉnh|thành phố|quận|thị xã|tp\.?)\s)/i)[0]
    .replace(/[.;]+$/, '')
    .trim();
  return name || undefined;
}

/** The one unit of a form: a "Đơn vị: …" title line, else the issuing body when it reads as a unit, else the sheet. */
export function formUnitOf(sheet: SheetModel, tableTop: number): FormUnit {
  const { agency, titles } = sheetTitles(sheet, tableTop);
  for (const t of titles) {
    const name = unitFromLine(t.text);
    if (name) return { name, source: 'title', cell: t.cell };
  }
  const body = [...agency].reverse().find((a) => looksLikeUnit(a.text));
  if (body) return { name: body.text, source: 'agency', cell: body.cell };
  return { name: sheet.name, source: 'sheet' };
}

/** Title lines and the sheet name, in the order they are tried for the sheet's block. */
export function blockHints(
  sheet: SheetModel,
  tableTop: number,
): { text: string; source: 'title' | 'sheet' }[] {
  const { titles } = sheetTitles(sheet, tableTop);
  return [
    // "Căn cứ Kế hoạch số 215/KH-SKHĐT … của Sở …": a preamble cites other documents and bodies, not the sheet's units
    ...titles
      .filter((t) => !/^can cu\b/.test(normalizeText(t.text)))
      .map((t) => ({ text: t.text, source: 'title' as const })),
    { text: sheet.name, source: 'sheet' as const },
  ];
}

const STOP = new Set(['khoi', 'cum', 'cac', 'ubnd', 'uy', 'ban', 'thuoc', 'va', 'co', 'cua', 'cho']);

const wordsOf = (s: string) =>
  normalizeText(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

/** The longest run of consecutive words of `name` (stop words left out of its ends) found in `text`. */
function commonRun(name: string[], text: string[]): number {
  let best = 0;
  for (let i = 0; i < name.length; i++)
    for (let j = 0; j < text.length; j++) {
      let k = 0;
      while (i + k < name.length && j + k < text.length && name[i + k] === text[j + k]) k++;
      // a run made only of stop words ("các", "và") says nothing
      let content = 0;
      for (let x = 0; x < k; x++) if (!STOP.has(name[i + x])) content++;
      if (content && k > best) best = k;
    }
  return best;
}

/**
 * The plan block a title or sheet name names: "Khối xã, thị trấn", "CÁC HUYỆN, THÀNH PHỐ", a sheet "Sở, ngành",
 * "Tập thể" / "Cá nhân" (the plan's only collective / individual block). A run of two words or more of the block's
 * name, or the block's whole id or name; one shared word is not enough ("huyện" in "UBND HUYỆN CHÂU THÀNH").
 */
export function blockFromText(text: string, plan: Plan): string | undefined {
  const t = wordsOf(text);
  if (!t.length) return undefined;
  const joined = ` ${t.join(' ')} `;
  const scored = plan.blocks.map((b) => {
    const keys = [b.id, b.name, b.nameEn ?? ''].filter(Boolean).map(wordsOf);
    // a one-word key ("huyen", "xa") names the block only as (nearly) the whole text: a sheet "Xã", not "… huyện X"
    const whole = keys.some(
      (k) => k.length > 0 && (k.length > 1 || t.length <= 2) && joined.includes(` ${k.join(' ')} `),
    );
    const run = Math.max(...keys.map((k) => commonRun(k, t)));
    return { id: b.id, kind: b.kind, score: whole ? 100 : run };
  });
  const best = Math.max(...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best);
  if (best >= 2 && top.length === 1) return top[0].id;
  // "Tập thể" / "Cá nhân": the plan's only block of that kind
  const kind = /\b(tap the|collectives?)\b/.test(joined)
    ? 'collective'
    : /\b(ca nhan|individuals?)\b/.test(joined)
      ? 'individual'
      : undefined;
  if (kind) {
    const ofKind = plan.blocks.filter((b) => (b.kind ?? 'collective') === kind);
    if (ofKind.length === 1) return ofKind[0].id;
  }
  return undefined;
}

/** The block the first hint naming one gives, with where it came from. */
export function blockFromHints(
  hints: { text: string; source: 'title' | 'sheet' }[],
  plan: Plan,
): { block: string; text: string; source: 'title' | 'sheet' } | undefined {
  for (const h of hints) {
    const block = blockFromText(h.text, plan);
    if (block) return { block, text: h.text, source: h.source };
  }
  return undefined;
}
