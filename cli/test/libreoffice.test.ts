import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES, PLAN_IDS, run, tempDir } from './helpers';

/** CI installs libreoffice-calc-nogui (.ci/run); a missing binary is a broken environment, not a reason to skip. */
function libreoffice(): string {
  const found = spawnSync('sh', ['-c', 'command -v libreoffice || command -v soffice'], { encoding: 'utf8' });
  const path = found.stdout.trim();
  if (!path)
    throw new Error(
      'libreoffice is not on PATH. Install it (apt-get install --no-install-recommends libreoffice-calc-nogui, as .ci/run does) — this check must run, it is never skipped.',
    );
  return path;
}

/** Converts in one LibreOffice start (it dominates the time), with a private profile so runs never share a lock. */
function convert(dir: string, filter: string, files: string[]): void {
  execFileSync(
    libreoffice(),
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      filter,
      '--outdir',
      dir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 150_000 },
  );
}

describe('scored workbooks open in LibreOffice', () => {
  const dir = tempDir();
  const scored = PLAN_IDS.map((id) => join(dir, `${id}.xlsx`));

  beforeAll(async () => {
    // The council counts Xã Hiệp Hưng's missing values as 0 (else every communes prize waits for its data).
    const decisions = join(dir, 'quyet-dinh.json');
    writeFileSync(
      decisions,
      JSON.stringify([
        {
          kind: 'missing',
          unit: 'Xã Hiệp Hưng',
          rule: 'zero',
          date: '2024-01-03',
          recordedBy: 'Thư ký Hội đồng',
          reason: 'Xã không bổ sung số liệu trước hạn họp xét',
        },
      ]),
    );
    for (const [i, planId] of PLAN_IDS.entries()) {
      const res = await run([
        'score',
        '--plan',
        planId,
        join(EXAMPLES, `${planId}.xlsx`),
        '-o',
        scored[i],
        '--per-criterion',
        ...(planId === 'phung-hiep-2023-xa' ? ['--decisions', decisions] : []),
      ]);
      expect(res.code).toBe(0);
    }
    expect(
      (await run(['template', '--plan', 'phung-hiep-2023-xa', '-o', join(dir, 'template.xlsx')])).code,
    ).toBe(0);
  });

  it('every scored example and a template convert to PDF headless', () => {
    convert(dir, 'pdf', [...scored, join(dir, 'template.xlsx')]);
    for (const name of [...PLAN_IDS, 'template']) {
      const pdf = join(dir, `${name}.pdf`);
      expect([name, existsSync(pdf)]).toEqual([name, true]);
      expect(statSync(pdf).size).toBeGreaterThan(10_000);
    }
  }, 200_000);

  it('LibreOffice reads the results and proposals we wrote', () => {
    // CSV of every sheet (the trailing -1): proves the cells were read, not just that a file was produced.
    const xa = 'phung-hiep-2023-xa';
    convert(dir, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1066,false,true,true,false,false,-1', [
      join(dir, `${xa}.xlsx`),
    ]);
    const results = readFileSync(join(dir, `${xa}-Kết quả.csv`), 'utf8');
    expect(results).toContain('1,Thị trấn Cây Dương,198.68,Giải Nhất');
    expect(results).toContain('Hai mươi tư triệu đồng');
    const proposals = readFileSync(join(dir, `${xa}-Đề nghị khen thưởng.csv`), 'utf8');
    expect(proposals).toContain('Hạn nộp hồ sơ: 05/01/2024');
    expect(proposals).toContain('Mười triệu đồng');
  }, 200_000);
});
