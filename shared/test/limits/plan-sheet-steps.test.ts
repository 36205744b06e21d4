import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const SRC = join(__dirname, '../../src');

/**
 * A "Tiêu chí" sheet whose steps cell is "1", 20,000 spaces, "x": the steps pattern backtracked cubically on
 * such text (5,000 characters took 16 s). Run in a child process; the timeout only guards against a hang.
 */
describe('a padded steps cell in the "Tiêu chí" sheet', () => {
  it('is refused with the usual message instead of hanging', () => {
    const script = `
      const { planToSheet, sheetToPlan } = require(${JSON.stringify(join(SRC, 'sheet/plan-sheet.ts'))});
      const { parsePlan } = require(${JSON.stringify(join(SRC, 'plan/validate.ts'))});
      const parsed = parsePlan({
        id: 'thu', version: '1.0.0', title: 'Thử',
        source: { number: '1/KH', issuer: 'UBND', date: '2024-01-01' },
        period: { from: '2024-01-01', to: '2024-12-31' },
        blocks: [{ id: 'a', name: 'Khối A' }],
        criteria: [{ id: 'dem', number: '1', title: 'Đếm', maxPoints: 10,
          scoring: { kind: 'count', method: 'steps', steps: [{ min: 5, points: 10 }] } }],
      });
      const sheet = planToSheet(parsed.plan);
      const rows = sheet.values;
      const header = rows.findIndex((r) => r.includes('Các mức (từ: điểm)'));
      const col = rows[header].indexOf('Các mức (từ: điểm)');
      const row = rows.findIndex((r) => r.includes('dem'));
      rows[row][col] = '1' + ' '.repeat(20000) + 'x';
      const read = sheetToPlan(sheet);
      process.stdout.write(JSON.stringify(read.ok ? 'accepted' : read.problems.map((p) => p.message)));
    `;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect({ status: child.status, signal: child.signal, stderr: child.stderr.slice(0, 300) }).toEqual({
      status: 0,
      signal: null,
      stderr: '',
    });
    const problems = JSON.parse(child.stdout) as string[];
    expect(problems).toEqual([expect.stringContaining('phải có dạng "từ: điểm"')]);
  });
});
