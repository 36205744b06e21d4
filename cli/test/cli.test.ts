import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { readSettings } from '@thidua/core/adapters/exceljs';
import { EXAMPLES, ROOT, loadWorkbook, run, tempDir } from './helpers';

const XA = 'phung-hiep-2023-xa';
const xlsx = join(EXAMPLES, `${XA}.xlsx`);
const json = join(EXAMPLES, `${XA}.input.json`);

describe('thidua CLI: arguments and exit codes', () => {
  const dir = tempDir();

  it('lists the built-in plans', async () => {
    const res = await run(['plans']);
    expect(res.code).toBe(0);
    expect(res.out).toContain('phung-hiep-2023-xa');
    expect(res.out).toContain('Các kế hoạch có sẵn');
    const listed = JSON.parse((await run(['plans', '--json'])).out) as { id: string; blocks: unknown[] }[];
    expect(listed.map((p) => p.id).sort()).toEqual(
      expect.arrayContaining(['phung-hiep-2023-phong-ban', 'phung-hiep-2023-xa']),
    );
  });

  it('exits 2 with usage in Vietnamese, or English with --lang en', async () => {
    const vi = await run(['frobnicate']);
    expect(vi.code).toBe(2);
    expect(vi.err).toContain('Lệnh không hợp lệ');
    const en = await run(['frobnicate', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.err).toContain('Unknown command');
    expect((await run(['score', '--bogus'])).code).toBe(2);
    expect((await run([])).code).toBe(2);
    expect((await run(['--help'])).code).toBe(0);
  });

  it('exits 2 for an unknown plan, an unknown block, a missing or unreadable file', async () => {
    const unknown = await run(['score', '--plan', 'khong-co', json]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Không có kế hoạch "khong-co"');
    expect((await run(['score', '--plan', XA, '--block', 'nope', json])).code).toBe(2);
    const missing = await run(['score', '--plan', XA, join(dir, 'missing.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Không đọc được tệp');
    expect(missing.err).not.toMatch(/\n\s+at /);
    const junk = join(dir, 'junk.xlsx');
    await fs.writeFile(junk, 'not a zip');
    const bad = await run(['validate', '--plan', XA, junk, '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('is a text file (.csv or .txt), not an Excel workbook');
  });

  it('exits 1 for an invalid plan file, naming the field', async () => {
    const planFile = join(dir, 'plan.json');
    await fs.writeFile(planFile, JSON.stringify({ id: 'x', version: 'one' }));
    const res = await run(['score', '--plan', planFile, json]);
    expect(res.code).toBe(1);
    expect(res.err).toContain('Kế hoạch không hợp lệ');
    expect(res.err).toContain('plan.version');
  });

  it('validate: exits 1 and names the cells with problems; 0 on clean data', async () => {
    const res = await run(['validate', '--plan', XA, xlsx]);
    expect(res.code).toBe(1);
    expect(res.out).toContain("'Tổng hợp điểm'!V21");
    expect(res.out).toContain('#N/A');
    expect(res.out).toContain('khoảng 100');
    // each problem names the criterion by the plan's number and the fact by its label, in either language
    expect(res.out).toContain('(đơn vị "Xã Hiệp Hưng", tiêu chí 20) chứa lỗi Excel #N/A');
    expect(res.out).toContain('dữ kiện "Số ngày trễ hạn báo cáo định kỳ nhiều nhất"): thiếu giá trị');
    const en = await run(['validate', '--plan', XA, xlsx, '--lang', 'en']);
    expect(en.out).toContain('(unit "Xã Hiệp Hưng", criterion 20) holds the Excel error #N/A');
    expect(en.out).toContain('fact "Longest delay of a periodic report (days)"): missing value');
    expect(en.out).toMatch(/^4 problems in the data:/);
    const one = join(dir, 'one-problem.json');
    const single = JSON.parse(await fs.readFile(json, 'utf8')) as { units: { id: string }[] };
    single.units = single.units.filter((u) => u.id === 'xa-phuong-phu');
    await fs.writeFile(one, JSON.stringify(single));
    const oneRes = await run(['validate', '--plan', XA, one, '--lang', 'en']);
    expect(oneRes.out).toMatch(/^1 problem in the data:/);
    const clean = join(dir, 'clean.json');
    const body = JSON.parse(await fs.readFile(json, 'utf8')) as { units: { id: string }[] };
    body.units = body.units.filter((u) => u.id === 'tt-cay-duong');
    await fs.writeFile(clean, JSON.stringify(body));
    const ok = await run(['validate', '--plan', XA, clean]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('Dữ liệu hợp lệ: 1 đơn vị');
    const asJson = JSON.parse((await run(['validate', '--plan', XA, json, '--json'])).out) as {
      valid: boolean;
      problems: unknown[];
    };
    expect(asJson.valid).toBe(false);
    expect(asJson.problems.length).toBeGreaterThan(0);
  });

  it('never writes over the input without --in-place', async () => {
    const copy = join(dir, 'copy.xlsx');
    await fs.copyFile(xlsx, copy);
    const before = await fs.readFile(copy);
    const res = await run(['score', '--plan', XA, copy, '-o', copy]);
    expect(res.code).toBe(2);
    expect(res.err).toContain('--in-place');
    expect(await fs.readFile(copy)).toEqual(before);

    const defaultOut = await run(['score', '--plan', XA, copy]);
    expect(defaultOut.code).toBe(0);
    expect(await fs.readFile(copy)).toEqual(before);
    await fs.access(join(dir, 'copy-ket-qua.xlsx'));

    expect((await run(['score', '--plan', XA, copy, '--in-place'])).code).toBe(0);
    const wb = await loadWorkbook(copy);
    expect(wb.getWorksheet('Kết quả')).toBeDefined();
  });

  it('--strict turns data problems into exit 1 (the workbook is still written)', async () => {
    const out = join(dir, 'strict.xlsx');
    const res = await run(['score', '--plan', XA, xlsx, '-o', out, '--strict']);
    expect(res.code).toBe(1);
    await fs.access(out);
  });

  it('scores JSON to a JSON file and to a workbook', async () => {
    const outJson = join(dir, 'out.json');
    expect((await run(['score', '--plan', XA, json, '-o', outJson])).code).toBe(0);
    const response = JSON.parse(await fs.readFile(outJson, 'utf8')) as { planId: string; results: unknown[] };
    expect(response.planId).toBe(XA);
    expect(response.results).toHaveLength(15);
    const outXlsx = join(dir, 'from-json.xlsx');
    expect((await run(['score', json, '-o', outXlsx, '--per-criterion'])).code).toBe(0);
    const wb = await loadWorkbook(outXlsx);
    expect(wb.getWorksheet('Bảng chấm điểm')).toBeDefined();
    expect(wb.getWorksheet('Kết quả')).toBeDefined();
  });

  it('writes text from users as text, never as a formula', async () => {
    const body = JSON.parse(await fs.readFile(json, 'utf8')) as { units: { name: string }[] };
    body.units[0].name = '=HYPERLINK("http://x","bấm")';
    body.units[1].name = '+1+2';
    body.units[2].name = '@SUM(A1)';
    const input = join(dir, 'evil.json');
    await fs.writeFile(input, JSON.stringify(body));
    const out = join(dir, 'evil.xlsx');
    expect((await run(['score', input, '-o', out])).code).toBe(0);
    const wb = await loadWorkbook(out);
    const names: unknown[] = [];
    for (const ws of wb.worksheets)
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (typeof c.value === 'object' && c.value !== null && 'formula' in c.value)
            names.push(c.value.formula);
          if (c.value === '=HYPERLINK("http://x","bấm")') names.push('text');
        }),
      );
    expect(names.filter((n) => n !== 'text')).toEqual([]);
    expect(names).toContain('text');
  });

  it('template: one row per unit, criteria with their maximum, validation, plan and mapping embedded', async () => {
    const out = join(dir, 'template.xlsx');
    const res = await run(['template', '--plan', XA, '--rows', '20', '-o', out]);
    expect(res.code).toBe(0);
    const wb = await loadWorkbook(out);
    const ws = wb.getWorksheet('Bảng chấm điểm') as ExcelJS.Worksheet;
    expect(String(ws.getCell('C5').value)).toMatch(/^1\. .*\(tối đa 10 điểm\)$/);
    expect(ws.getCell('C7').dataValidation).toMatchObject({ type: 'list', formulae: ['"Có,Không"'] });
    expect(ws.getCell('F7').dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 1] });
    expect(ws.getCell('F7').numFmt).toBe('0.0%');
    expect(wb.getWorksheet('Hướng dẫn')).toBeDefined();
    const settings = readSettings(wb);
    expect(JSON.parse(settings['thidua.plan']).id).toBe(XA);
    expect(settings['thidua.mapping.bang-cham-diem']).toContain('"dataStart":6');
    expect((await run(['template', '--plan', XA])).code).toBe(2);
  });

  it('runs as a real process: npx tsx cli/src/main.ts', () => {
    const out = execFileSync('npx', ['tsx', 'cli/src/main.ts', 'plans', '--lang', 'en'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toContain('Built-in plans:');
    let code = 0;
    try {
      execFileSync('npx', ['tsx', 'cli/src/main.ts', 'score', '--plan', 'khong-co', json], {
        cwd: ROOT,
        stdio: 'pipe',
      });
    } catch (e) {
      code = (e as { status: number }).status;
    }
    expect(code).toBe(2);
  });
});
