import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { applyWritePlan } from '@thidua/core/adapters/exceljs';
import { parsePlan, type Criterion, type Plan } from '@thidua/core';
import { buildTemplate } from '@thidua/core/sheet';
import { ROOT, tempDir } from './helpers';

const criterion = (i: number): Criterion => ({
  id: `c${i}`,
  number: `${i + 1}`,
  title: `Tiêu chí ${i + 1}`,
  maxPoints: 1,
  scoring: { kind: 'yesNo' },
  required: true,
});

/**
 * A workbook whose "Tiêu chí" sheet lists `criteria` yes/no criteria and whose scoring sheet lists `units` units
 * with every value empty — the plan bomb of issue 10 typed into a workbook. The plan object is built past the
 * schema on purpose (the template writer does not validate), as an official could type it.
 */
async function bombWorkbook(path: string, criteria: number, units: number): Promise<void> {
  const parsed = parsePlan({
    id: 'bom',
    version: '1.0.0',
    title: 'Kế hoạch thử',
    source: { number: '1/KH-THU', issuer: 'UBND thử', date: '2024-01-01' },
    period: { from: '2024-01-01', to: '2024-12-31' },
    blocks: [{ id: 'a', name: 'Khối A' }],
    criteria: [criterion(0)],
  });
  if (!parsed.ok) throw new Error('test plan invalid');
  const plan: Plan = { ...parsed.plan, criteria: Array.from({ length: criteria }, (_, i) => criterion(i)) };
  const template = buildTemplate(plan, { units: ['Đơn vị 1'] });
  const wb = new ExcelJS.Workbook();
  applyWritePlan(wb, template.writePlan);
  const ws = wb.getWorksheet(template.sheet) as ExcelJS.Worksheet;
  const { dataStart, nameIndex } = template.mapping;
  for (let i = 1; i < units; i++) ws.getCell(dataStart + i + 1, nameIndex + 1).value = `Đơn vị ${i + 1}`;
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** The CLI in a child process with a 192 MB heap; the timeout only guards against a hung child. */
function cli(args: string[]) {
  const script = `require(${JSON.stringify(join(ROOT, 'cli/src/main.ts'))}).main(${JSON.stringify(args)})`;
  const child = spawnSync(process.execPath, ['--max-old-space-size=192', '--import', 'tsx', '-e', script], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: child.status, signal: child.signal, out: String(child.stdout), err: String(child.stderr) };
}

describe('a plan bomb in the "Tiêu chí" sheet', () => {
  const dir = tempDir();
  const bomb = join(dir, 'bom-800.xlsx');
  const large = join(dir, 'bom-100x4000.xlsx');

  beforeAll(async () => {
    await bombWorkbook(bomb, 800, 8_000);
    await bombWorkbook(large, 100, 4_000);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('800 yes/no criteria × 8,000 units: exit 1, the limit named at the sheet, no stack', () => {
    const res = cli(['score', bomb, '-o', join(dir, 'out-800.xlsx')]);
    expect({ code: res.code, signal: res.signal }).toEqual({ code: 1, signal: null });
    expect(res.err).toContain("'Tiêu chí'!");
    expect(res.err).toContain('Tối đa 200 tiêu chí');
    expect(res.err).not.toContain('(at most 200 criteria)');
    expect(res.err).not.toMatch(/\n\s+at |FATAL|heap/);
  });

  it('within the plan limits, 100 criteria × 4,000 empty units: exit 1 saying the answer is too large', () => {
    const res = cli(['score', large, '-o', join(dir, 'out-100.xlsx')]);
    expect({ code: res.code, signal: res.signal }).toEqual({ code: 1, signal: null });
    expect(res.err).toContain('Câu trả lời cho 4.000 đơn vị ước tính');
    expect(res.err).toContain('tối đa 64,0 MB');
    expect(res.err).toMatch(/chia yêu cầu thành \d+ phần/);
    expect(res.err).not.toMatch(/\n\s+at |FATAL|heap/);
  });
});
