import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './helpers';

const XA = 'phung-hiep-2023-xa';

describe('thidua template -o <a file that is already there>', () => {
  it('refuses to replace it (exit 2, the file named, in the language asked) and leaves it as it was', async () => {
    const dir = tempDir();
    const out = join(dir, 'so-lieu.xlsx');
    await fs.writeFile(out, 'số liệu của cán bộ');
    const vi = await run(['template', '--plan', XA, '-o', out]);
    expect(vi.code).toBe(2);
    expect(vi.err).toContain(`đã có tệp "${out}"`);
    expect(vi.err).toContain('--force');
    expect(vi.err).not.toMatch(/\n\s+at /);
    const en = await run(['template', '--plan', XA, '-o', out, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.err).toContain(`"${out}" is already there`);
    expect(en.err).toContain('--force');
    expect(await fs.readFile(out, 'utf8')).toBe('số liệu của cán bộ');
  });

  it('refuses a registration sheet over an existing file the same way', async () => {
    const dir = tempDir();
    const out = join(dir, 'dang-ky.xlsx');
    await fs.writeFile(out, 'x');
    const res = await run([
      'template',
      '--plan',
      'kien-giang-sxd-609-cchc',
      '--registration',
      '--block',
      'tap-the',
      '-o',
      out,
    ]);
    expect(res.code).toBe(2);
    expect(res.err).toContain(`đã có tệp "${out}"`);
    expect(await fs.readFile(out, 'utf8')).toBe('x');
  });

  it('refuses through a symlink to an existing file too', async () => {
    const dir = tempDir();
    const real = join(dir, 'that.xlsx');
    await fs.writeFile(real, 'x');
    const link = join(dir, 'link.xlsx');
    await fs.symlink(real, link);
    expect((await run(['template', '--plan', XA, '-o', link])).code).toBe(2);
    expect(await fs.readFile(real, 'utf8')).toBe('x');
  });

  it('replaces it with --force, and writes a new file without it', async () => {
    const dir = tempDir();
    const out = join(dir, 'mau.xlsx');
    await fs.writeFile(out, 'x');
    const forced = await run(['template', '--plan', XA, '-o', out, '--force']);
    expect(forced.code).toBe(0);
    expect((await fs.readFile(out)).subarray(0, 2).toString()).toBe('PK');
    const fresh = join(dir, 'moi.xlsx');
    expect((await run(['template', '--plan', XA, '-o', fresh])).code).toBe(0);
  });
});
