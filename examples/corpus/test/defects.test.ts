/**
 * Workbooks the CLI reads wrong today, for a reason outside the sheet reader: each block asserts the right answer,
 * so un-skipping it after the fix proves the fix.
 */
import { join } from 'node:path';
import { readLikeCli } from '../read-like-cli';
import { CORPUS_DIR } from '../report';

describe.skip('DEFECT: a unit typed twice with other figures is scored twice (exit 0), not refused', () => {
  it('refuses ph-xa-18, naming the commune and its two rows', async () => {
    const reading = await readLikeCli(
      join(CORPUS_DIR, 'ph-xa-18-mot-xa-hai-dong-so-lieu-khac.xlsx'),
      'phung-hiep-2023-xa',
    );
    expect(reading.exitCode).not.toBe(0);
    expect(reading.stderr).toContain('Xã Hòa An');
    expect(reading.stderr).toMatch(/trùng/);
  });
});
