/** Workbooks whose right answer is decided outside the sheet reader (the CLI's gate), pinned through the CLI. */
import { join } from 'node:path';
import { readLikeCli } from '../read-like-cli';
import { CORPUS_DIR } from '../report';

describe('a unit typed twice with other figures is refused, never scored twice', () => {
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
