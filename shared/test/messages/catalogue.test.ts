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

const MODULES = {
  API_PHRASES,
  COUNCIL_PHRASES,
  COUNCIL_SHEET_PHRASES,
  CONDITION_PHRASES,
  DECISION_PHRASES,
  ENGINE_PHRASES,
  FORM_PHRASES,
  READING_PHRASES,
  SHEET_PHRASES,
  TARGET_PHRASES,
  TEMPLATE_PHRASES,
  WORKBOOK_PHRASES,
  WORKFLOW_PHRASES,
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
    trouble: { kind: 'invalid', column: 'column.reason', issue: 'quá dài' },
  },
};

/** What a text must show of its parameters, whatever the language. */
const SHOWN: Partial<Record<Sampled, string[]>> = {
  'sheet.basis': ['45/KH-UBND', '05/01/2024', 'UBND huyện'],
  'results.fund-line': ['24.000.000 / 26.000.000', '2.000.000'],
  'template.choose-level': ['Tốt, Khá'],
  'form.identity': ['xa-a', 'abc'],
  'appraisal.item': ['8: 10 → 7 (−3)'],
  'write.sheet-taken': ['"Kết quả"', '"Kết quả (2)"'],
  'write.output-kept': ['Sheet1!K5:Q30', 'K5:Q31', 'K6, L7'],
  'council-sheet.too-many': ['1000', '1006'],
  'council-sheet.row': ['7', 'quá dài'],
};

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
});
