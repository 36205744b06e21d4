import {
  MESSAGES,
  render,
  word,
  type Message,
  type MessageCode,
  type ParamsOf,
  type WordCode,
} from '../../src/messages';
import { FORM_PHRASES } from '../../src/messages/forms';
import { MAPPING_PHRASES } from '../../src/messages/mapping';
import { MONEY_PHRASES } from '../../src/messages/money';
import { SHEET_CHECK_PHRASES } from '../../src/messages/sheet-checks';
import { SHEET_PHRASES } from '../../src/messages/sheets';
import { TEMPLATE_PHRASES } from '../../src/messages/templates';
import { API_PHRASES } from '../../src/messages/api';
import { COUNCIL_PHRASES } from '../../src/messages/council';
import { COUNCIL_SHEET_PHRASES } from '../../src/messages/council-sheet';
import { CONDITION_PHRASES } from '../../src/messages/conditions';
import { DECISION_PHRASES } from '../../src/messages/decisions';
import { ENGINE_PHRASES } from '../../src/messages/engine';
import { READING_PHRASES } from '../../src/messages/reading';
import { TARGET_PHRASES } from '../../src/messages/targets';
import { WORKBOOK_PHRASES } from '../../src/messages/workbook';
import { WORKFLOW_PHRASES } from '../../src/messages/workflow';
import { DOSSIER_PHRASES } from '../../src/messages/dossier';
import { EXTRACTION_PHRASES } from '../../src/messages/extraction';
import { FORM_MERGE_PHRASES } from '../../src/messages/form-merge';
import { PLAN_SHEET_PHRASES } from '../../src/messages/plan-sheet';
import { HTTP_PHRASES } from '../../src/messages/http-problems';

const MODULES = {
  API_PHRASES,
  COUNCIL_PHRASES,
  COUNCIL_SHEET_PHRASES,
  CONDITION_PHRASES,
  DECISION_PHRASES,
  ENGINE_PHRASES,
  FORM_PHRASES,
  MAPPING_PHRASES,
  MONEY_PHRASES,
  READING_PHRASES,
  SHEET_PHRASES,
  SHEET_CHECK_PHRASES,
  TARGET_PHRASES,
  TEMPLATE_PHRASES,
  WORKBOOK_PHRASES,
  WORKFLOW_PHRASES,
  DOSSIER_PHRASES,
  EXTRACTION_PHRASES,
  FORM_MERGE_PHRASES,
  PLAN_SHEET_PHRASES,
  HTTP_PHRASES,
};

/** The phrases that take no parameters: each can be said as it is, in both languages. */
const words = (table: object) =>
  Object.entries(table)
    .filter(([, p]) => (p as { vi: () => string }).vi.length === 0)
    .map(([code]) => code as WordCode);

type Local =
  | keyof typeof SHEET_PHRASES
  | keyof typeof TEMPLATE_PHRASES
  | keyof typeof FORM_PHRASES
  | keyof typeof COUNCIL_SHEET_PHRASES;
const LOCAL = { ...SHEET_PHRASES, ...TEMPLATE_PHRASES, ...FORM_PHRASES, ...COUNCIL_SHEET_PHRASES };
type Sampled = Exclude<Local, WordCode> & MessageCode;

/** One message of every phrase with parameters these modules add (the type makes the list complete). */
const SAMPLES: { [C in Sampled]: ParamsOf<C> } = {
  'sheet.basis': { number: '45/KH-UBND', date: '05/01/2024', issuer: 'UBND huyện', plan: 'p', version: 2 },
  'sheet.run-stamp': { planHash: 'sha256:a', inputHash: 'sha256:b', engine: '1.0.0', at: '05/01/2024 14:00' },
  'sheet.vietnam-time': { time: '05/01/2024 14:00' },
  'sheet.block-line': { block: 'Khối xã', source: '45/KH-UBND' },
  'results.block-line': { name: 'Khối xã', units: 5, ranked: 3, excluded: 1, ineligible: 1, incomplete: 0 },
  'results.fund-line': { block: 'Khối xã', used: '24.000.000', planned: '26.000.000', pending: '2.000.000' },
  'results.targets-line': { met: 25, of: 28, exceeded: 10 },
  'proposals.due': { date: '31/03/2024' },
  'template.max': { max: '7,5' },
  'template.goal': { sign: '≥', goal: '80%' },
  'template.choose-level': { levels: ['Tốt', 'Khá'] },
  'template.rate-target': { target: 80.5 },
  'template.points': { max: '10' },
  'template.points-error': { max: '10' },
  'guide.plan': { title: 'Kế hoạch', number: '45/KH-UBND', version: 2, block: 'Khối xã' },
  'guide.register.rows': { sheet: 'Đăng ký thi đua' },
  'guide.register.deadline': { deadline: '31/03/2023' },
  'guide.register.then': { plan: 'p' },
  'guide.rows': { sheet: 'Bảng chấm điểm' },
  'guide.score': { plan: 'p' },
  'guide.tier': { name: { vi: 'Giải Nhất', en: 'First prize' }, count: 1, prize: 3_000_000, minTotal: 90 },
  'form.unit': { unit: 'Xã A' },
  'form.identity': { plan: 'p', version: 2, hash: 'abc', block: 'xa', unit: 'xa-a' },
  'appraisal.item': { number: '8', change: '10 → 7 (−3)', reason: null },
  'write.sheet-taken': { taken: 'Kết quả', used: 'Kết quả (2)' },
  'write.explanations-left-out': { rows: 25_000, max: 20_000 },
  'write.output-kept': { where: 'Sheet1!K5:Q30', now: 'K5:Q31', fingerprint: true, changed: 'K6, L7' },
  'council-sheet.no-header': { sheet: 'Quyết định của Hội đồng' },
  'council-sheet.too-many': { sheet: 'Quyết định của Hội đồng', max: 1000, row: 1006 },
  'council-sheet.row': {
    sheet: 'Quyết định của Hội đồng',
    row: 7,
    trouble: { kind: 'invalid', column: 'column.reason', issue: { vi: 'quá dài', en: 'too long' } },
  },
};

/** What a text must show of its parameters, whatever the language. */
const SHOWN: Partial<Record<Sampled, string[]>> = {
  'sheet.basis': ['45/KH-UBND', '05/01/2024', 'UBND huyện'],
  'results.fund-line': ['24.000.000 / 26.000.000', '2.000.000'],
  'results.targets-line': ['25/28', '10'],
  'template.choose-level': ['Tốt, Khá'],
  'form.identity': ['xa-a', 'abc'],
  'appraisal.item': ['8: 10 → 7 (−3)'],
  'write.sheet-taken': ['"Kết quả"', '"Kết quả (2)"'],
  'write.output-kept': ['Sheet1!K5:Q30', 'K5:Q31', 'K6, L7'],
  'council-sheet.too-many': ['1000', '1006'],
  'council-sheet.row': ['7'],
};

/** The phrases with parameters of money, column matching, sheet checks and the council, one message of each. */
type Moved =
  | keyof typeof MONEY_PHRASES
  | keyof typeof MAPPING_PHRASES
  | 'council.standing'
  | 'council.zero-by-council'
  | 'council.money'
  | 'council.stamp'
  | 'sheet.line'
  | 'sheet.changed';
const REASON = {
  id: 'tc8',
  target: 'Tiêu chí 8',
  targetEn: 'Criterion 8',
  number: 8,
  written: 'TC 8',
  abbr: 'DVCTT',
  score: 0.857,
  group: 'Nhóm A',
  value: 80.5,
  goal: 90,
  kind: 'percent',
  share: 40,
  year: 2024,
  other: 'Tiêu chí 9',
  otherEn: 'Criterion 9',
  line: 'dòng 3',
  lineEn: 'line 3',
  confidence: 0.91,
  range: '1–12',
  title: 'Hộ nghèo',
  role: 'total',
  read: 'rate',
};
/** Every reason of column matching with the same parameters: each says only those it needs. */
const everyReason = <C extends string>(codes: C[]) =>
  Object.fromEntries(codes.map((code) => [code, REASON])) as Record<C, typeof REASON>;
const MOVED_SAMPLES: { [C in Moved]: ParamsOf<C> } = {
  'money.tiers-too-large': { amount: 9_999_999_999_999_990 },
  'money.decisions-too-large': { amount: 9_999_999_999_999_990 },
  'money.funds-too-large': { amount: 9_999_999_999_999_990 },
  'request.prize-total-too-large': { amount: 12_000_000_002_999_988, units: 1500, fitting: 9 },
  'council.standing': { rank: 2, award: { tier: 'Giải Nhì' } },
  'council.zero-by-council': { date: '2024-01-05' },
  'council.stamp': { plan: 'a1b2c3', data: 'd4e5f6', decisions: '—', engine: '0.1.0' },
  'council.money': { dong: 10_000_000 },
  'sheet.line': { column: 'F' },
  'sheet.changed': {
    sheet: 'Bảng chấm điểm',
    mismatches: [
      { kind: 'missing' },
      { kind: 'values', what: 'header', at: 'C3', before: 'Tên', now: null },
      { kind: 'fingerprint', at: 'K5:Q30' },
      { kind: 'blank', at: 'K31', now: 5 },
    ],
  },
  ...everyReason(Object.keys(MAPPING_PHRASES) as (keyof typeof MAPPING_PHRASES)[]),
};
const MOVED_SHOWN: Partial<Record<Moved, Record<'vi' | 'en', string[]>>> = {
  'money.tiers-too-large': {
    vi: ['9.999.999.999.999.990 đồng', '9.007.199.254.740.991 đồng'],
    en: ['9,999,999,999,999,990 đồng', '9,007,199,254,740,991 đồng'],
  },
  'request.prize-total-too-large': {
    vi: ['1.500 đơn vị', 'tối đa 9 đơn vị'],
    en: ['1,500 units', 'at most 9 units'],
  },
  'council.standing': { vi: ['hạng 2, Giải Nhì'], en: ['rank 2, Giải Nhì'] },
  'council.zero-by-council': { vi: ['05/01/2024'], en: ['05/01/2024'] },
  'council.money': { vi: ['10.000.000 đ'], en: ['10,000,000 VND'] },
  'council.stamp': { vi: ['kế hoạch a1b2c3', 'quyết định —'], en: ['plan a1b2c3', 'decisions —'] },
  'sheet.line': { vi: ['cột F'], en: ['column F'] },
  'sheet.changed': {
    vi: ['"Bảng chấm điểm"', 'ô C3: trước là "Tên", nay là trống', 'K5:Q30', 'ô K31', 'nay có "5"'],
    en: ['"Bảng chấm điểm"', 'cell C3: was "Tên", now empty', 'K5:Q30', 'cell K31', 'now holds "5"'],
  },
  'mapping.id': { vi: ['"tc8"', 'Tiêu chí 8'], en: ['"tc8"', 'Criterion 8'] },
  'mapping.text': { vi: ['0,86'], en: ['0.86'] },
  'mapping.values': { vi: ['tỷ lệ %'], en: ['percentages'] },
  'mapping.family-part': { vi: ['tổng số', 'tỷ lệ'], en: ['total', 'rate'] },
  'mapping.user-moved': { vi: ['dòng 3'], en: ['line 3'] },
};
/** The parameterless words moved into the catalogue: the council's kinds, TRUE/FALSE cells, the print footer. */
const COUNCIL_WORDS: WordCode[] = [
  'council.kind.tie',
  'council.kind.missing-zero',
  'council.kind.missing-hold',
  'council.kind.exclude',
  'council.kind.include',
  'council.kind.vote',
  'council.not-granted',
  'criterion.zero-by-plan',
  'cell.true',
  'cell.false',
  'print.footer',
];

describe('the catalogue', () => {
  it('says each code in one module only (a spread would hide the second silently)', () => {
    const owners = new Map<string, string[]>();
    for (const [name, table] of Object.entries(MODULES))
      for (const code of Object.keys(table)) owners.set(code, [...(owners.get(code) ?? []), name]);
    expect([...owners].filter(([, o]) => o.length > 1)).toEqual([]);
    expect(Object.keys(MESSAGES).sort()).toEqual([...owners.keys()].sort());
  });

  it('says no heading of the sheets and forms twice: no other code carries the same pair of texts', () => {
    const pairs = new Map<string, string[]>();
    for (const code of words(MESSAGES)) {
      const pair = `${word(code, 'vi')} | ${word(code, 'en')}`;
      pairs.set(pair, [...(pairs.get(pair) ?? []), code]);
    }
    const local = new Set<string>(words(LOCAL));
    const twice = [...pairs].filter(([, codes]) => codes.length > 1 && codes.some((c) => local.has(c)));
    expect(twice).toEqual([]);
  });

  it.each(words(LOCAL))('%s has a Vietnamese and an English text, not the same', (code) => {
    const [vi, en] = [word(code, 'vi'), word(code, 'en')];
    expect(vi.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    // a sheet title written the same way in both languages is the only one allowed
    if (code !== 'log.sheet') expect(en).not.toBe(vi);
  });

  it.each(Object.keys(SAMPLES) as Sampled[])('%s says its parameters in both languages', (code) => {
    const message = { code, params: SAMPLES[code] } as Message;
    const [vi, en] = [render(message, 'vi'), render(message, 'en')];
    expect(vi).not.toBe(en);
    for (const text of [vi, en]) {
      expect(text).not.toMatch(/undefined|null|\[object/);
      for (const shown of SHOWN[code] ?? []) expect(text).toContain(shown);
    }
  });

  it.each(Object.keys(MOVED_SAMPLES) as Moved[])('%s says its parameters in both languages', (code) => {
    const message = { code, params: MOVED_SAMPLES[code] } as Message;
    for (const lang of ['vi', 'en'] as const) {
      const text = render(message, lang);
      expect(text).not.toMatch(/undefined|null|\[object/);
      for (const shown of MOVED_SHOWN[code]?.[lang] ?? []) expect(text).toContain(shown);
    }
    expect(render(message, 'vi')).not.toBe(render(message, 'en'));
  });

  it.each(COUNCIL_WORDS)('%s has a Vietnamese and an English text, not the same', (code) => {
    expect(word(code, 'vi').trim()).not.toBe('');
    expect(word(code, 'en')).not.toBe(word(code, 'vi'));
  });

  it('says where a unit stands without a tier, and a prize total no request can carry', () => {
    const standing = (award: ParamsOf<'council.standing'>['award'], lang: 'vi' | 'en') =>
      render({ code: 'council.standing', params: { rank: 0, award } }, lang);
    expect(standing({ none: 'data' }, 'vi')).toBe('không xếp hạng, chờ số liệu');
    expect(standing({ none: 'pending' }, 'en')).toBe('not ranked, pending');
    expect(standing({ none: 'award' }, 'vi')).toBe('không xếp hạng, không đạt giải');
    const none = {
      code: 'request.prize-total-too-large',
      params: { amount: 1e16, units: 2, fitting: 0 },
    } as const;
    expect(render(none, 'vi')).toMatch(/Hãy kiểm tra lại tiền thưởng\.$/);
    expect(render(none, 'en')).toMatch(/Check the prizes\.$/);
    expect(render({ code: 'sheet.line', params: { row: 7 } }, 'vi')).toBe('dòng 7');
    expect(render({ code: 'sheet.line', params: { row: 7 } }, 'en')).toBe('row 7');
  });
});
