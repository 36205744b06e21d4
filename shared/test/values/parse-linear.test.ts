import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import {
  MAX_VALUE_TEXT,
  parseBoolean,
  parseCount,
  parseDate,
  parseNumber,
  parseRate,
} from '../../src/values';

const VALUES_DIR = join(__dirname, '../../src/values');

describe('a cell longer than 1,000 characters is an invalid value, not work', () => {
  const tooLong = (detail: string) => expect.stringContaining(detail);
  it.each([
    ['100,000 spaces then "x%"', () => parseRate(`${' '.repeat(100_000)}x%`), 'ô có 100.002 ký tự'],
    ['"1", 50,000 spaces, "đ"', () => parseNumber(`1${' '.repeat(50_000)}đ`), 'ô có 50.002 ký tự'],
    ['"1,5" and 10,000 spaces', () => parseCount(`1,5${' '.repeat(10_000)}`), 'ô có 10.003 ký tự'],
    ['10,000 spaces (not blank)', () => parseBoolean(' '.repeat(10_000)), 'ô có 10.000 ký tự'],
    ['a date padded to 2,000', () => parseDate(`05/01/2024${' '.repeat(1_990)}`), 'ô có 2.000 ký tự'],
  ])('%s', (_name, parse, detail) => {
    expect(parse()).toEqual({
      ok: false,
      reason: 'invalid',
      detail: tooLong(`${detail}; một giá trị dài tối đa 1.000 ký tự`),
      detailEn: tooLong('a value has at most 1,000'),
    });
  });

  it('up to the cap, padded values read as before', () => {
    const pad = ' '.repeat(MAX_VALUE_TEXT - 20);
    expect(parseNumber(`1${pad}đ`)).toEqual({ ok: true, value: 1 });
    expect(parseNumber(`${pad}10.000 đồng`)).toEqual({ ok: true, value: 10_000 });
    expect(parseRate(`80,5${pad}%`)).toEqual({ ok: true, value: 80.5 });
    expect(parseRate(`1${pad}x%`)).toMatchObject({
      ok: false,
      detail: expect.stringContaining('không phải là tỷ lệ'),
    });
    expect(parseNumber(`1${pad}x`)).toMatchObject({
      ok: false,
      detail: expect.stringContaining('không phải là số'),
    });
  });

  it('unit words and separators read as before (index scanning, no suffix regex)', () => {
    const read = (s: string) => parseNumber(s);
    expect(read('10.000 đồng')).toEqual({ ok: true, value: 10_000 });
    expect(read('10.000 ĐỒNG.')).toEqual({ ok: true, value: 10_000 });
    expect(read('3 VNĐ')).toEqual({ ok: true, value: 3 });
    expect(read('7đ')).toEqual({ ok: true, value: 7 });
    expect(read('2 vnd')).toEqual({ ok: true, value: 2 });
    expect(read('1₫')).toEqual({ ok: true, value: 1 });
    expect(read('5 điểm.')).toEqual({ ok: true, value: 5 });
    expect(read('8,5 diem')).toEqual({ ok: true, value: 8.5 });
    expect(read('1 234 567')).toEqual({ ok: true, value: 1_234_567 });
    expect(read('−1.234,5')).toEqual({ ok: true, value: -1234.5 });
    expect(read(',5')).toEqual({ ok: true, value: 0.5 });
    for (const bad of ['đ', '5 đ .', '1..2', '1.', '.', '1 ,5', '5vn', '5 đồngg', '1\n2'])
      expect(read(bad).ok).toBe(false);
    expect(parseRate('80,5 %')).toEqual({ ok: true, value: 80.5 });
    expect(parseRate('80\n%')).toEqual({ ok: true, value: 80 });
    expect(parseRate('8\n0%').ok).toBe(false);
  });
});

/** Unbounded quantifiers (*, +, {n,}) and an end anchor ($) outside character classes, in one regex source. */
function risky(source: string): boolean {
  let unbounded = false;
  let anchored = false;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '*' || c === '+') unbounded = true;
    else if (c === '{' && /^\{\d+,\}/.test(source.slice(i))) unbounded = true;
    else if (c === '$') anchored = true;
  }
  return unbounded && anchored;
}

describe('no backtracking regex is left in value parsing', () => {
  it('no regex in shared/src/values repeats without bound before an end anchor', () => {
    const offenders: string[] = [];
    for (const file of readdirSync(VALUES_DIR).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(VALUES_DIR, file), 'utf8');
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
      const visit = (node: ts.Node) => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const literal = node.getText(source);
          const pattern = literal.slice(1, literal.lastIndexOf('/'));
          if (risky(pattern)) offenders.push(`${file}: ${literal}`);
        }
        if (ts.isNewExpression(node) && node.expression.getText(source) === 'RegExp')
          offenders.push(`${file}: new RegExp(…) built at run time`);
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(offenders).toEqual([]);
  });

  it('the check finds the quadratic patterns value parsing once had', () => {
    expect(risky('\\s*(đồng|đ|₫|vnđ|vnd|điểm|dong|diem)\\.?$')).toBe(true);
    expect(risky('^(.*?)\\s*%$')).toBe(true);
    expect(risky('^(\\d{1,15})(?:,(\\d{1,15}))?%$')).toBe(false);
    expect(risky('[$+*]')).toBe(false);
  });

  it('200,000-character inputs to the scanner finish (child process; the timeout only guards a hang)', () => {
    const parse = JSON.stringify(join(VALUES_DIR, 'parse.ts'));
    const text = JSON.stringify(join(VALUES_DIR, 'text.ts'));
    const script = `
      const { readNumberString } = require(${parse});
      const { normalizeText } = require(${text});
      const pad = ' '.repeat(200000);
      const results = [
        readNumberString('1' + pad + 'x', 'auto'),
        readNumberString('1' + pad + 'đ', 'auto'),
        readNumberString(pad + '5 đồng', 'vi'),
        readNumberString('1 '.repeat(100000) + 'x', 'auto'),
        readNumberString('1.'.repeat(100000) + '%', 'auto'),
        normalizeText(' Đ'.repeat(200000)).length,
      ];
      process.stdout.write(JSON.stringify(results));
    `;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect({ status: child.status, signal: child.signal }).toEqual({ status: 0, signal: null });
    expect(JSON.parse(child.stdout)).toEqual([null, 1, 5, null, null, 399_999]);
  });
});
