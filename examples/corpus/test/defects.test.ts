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

describe('a block given two ways is refused quoting the cell, not as a sheet that names no block', () => {
  it('kg243-07: the district under the districts heading whose block cell says "Sở, ngành"', async () => {
    const reading = await readLikeCli(
      join(CORPUS_DIR, 'kg243-07-muc-khoi-la-ma-va-cot-khoi-lech.xlsx'),
      'kien-giang-243-2023',
    );
    expect(reading.exitCode).not.toBe(0);
    expect(reading.stderr).toContain('Không chấm điểm: 1 đơn vị có khối ghi hai cách khác nhau trên trang');
    expect(reading.stderr).toMatch(/Ô 'TH khoi 2023'!C20: đơn vị "Huyện Gò Quao"/);
    expect(reading.stderr).not.toContain('không cho biết đơn vị thuộc khối nào');
  });
});
