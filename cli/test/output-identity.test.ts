/**
 * `-o` must never overwrite the input, however the path is spelled: through a symlink, a hard link, a symlinked
 * folder, or (on case-insensitive file systems) another letter case. Real files in a temp dir.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES, loadWorkbook, run, tempDir } from './helpers';

const XA = 'phung-hiep-2023-xa';

describe('the output is never the input file itself', () => {
  let dir: string;
  let input: string;
  let before: Buffer;

  beforeAll(async () => {
    dir = tempDir();
    input = join(dir, 'du-lieu.xlsx');
    await fs.copyFile(join(EXAMPLES, `${XA}.xlsx`), input);
    before = await fs.readFile(input);
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function refused(output: string): Promise<void> {
    const res = await run(['score', '--plan', XA, input, '-o', output]);
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/chính là tệp dữ liệu|trùng với tệp dữ liệu/);
    expect(res.err).toContain('--in-place');
    expect(res.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(await fs.readFile(input)).toEqual(before);
  }

  it('refuses a symlink to the input', async () => {
    const link = join(dir, 'lien-ket.xlsx');
    await fs.symlink(input, link);
    await refused(link);
  });

  it('refuses a hard link to the input', async () => {
    const hard = join(dir, 'cung-tep.xlsx');
    await fs.link(input, hard);
    await refused(hard);
  });

  it('refuses the input reached through a symlinked folder', async () => {
    const folder = join(dir, 'thu-muc-lien-ket');
    await fs.symlink(dir, folder, 'dir');
    await refused(join(folder, 'du-lieu.xlsx'));
  });

  it('refuses a case-variant spelling where the file system ignores case', async () => {
    const variant = join(dir, 'DU-LIEU.xlsx');
    const caseInsensitive = await fs
      .access(variant)
      .then(() => true)
      .catch(() => false);
    if (caseInsensitive) await refused(variant);
    else {
      // Case-sensitive (Linux): another spelling is another file, written next to the input.
      const res = await run(['score', '--plan', XA, input, '-o', variant]);
      expect(res.code).toBe(0);
      expect(await fs.readFile(input)).toEqual(before);
      expect((await loadWorkbook(variant)).getWorksheet('Kết quả')).toBeDefined();
    }
  });

  it('writes a new file and a different existing file as before', async () => {
    const other = join(dir, 'ket-qua.xlsx');
    await fs.writeFile(other, 'old');
    expect((await run(['score', '--plan', XA, input, '-o', other])).code).toBe(0);
    expect((await loadWorkbook(other)).getWorksheet('Kết quả')).toBeDefined();
    expect(await fs.readFile(input)).toEqual(before);
  });

  it('--in-place still writes into the input through its own name', async () => {
    const copy = join(dir, 'tai-cho.xlsx');
    await fs.copyFile(input, copy);
    const link = join(dir, 'tai-cho-lien-ket.xlsx');
    await fs.symlink(copy, link);
    expect((await run(['score', '--plan', XA, copy, '-o', link, '--in-place'])).code).toBe(0);
    expect((await loadWorkbook(copy)).getWorksheet('Kết quả')).toBeDefined();
  });
});
