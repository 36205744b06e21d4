/** `merge -o` and `forms -o` never replace a file already there unless --force: it may hold the council's work. */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './helpers';

const XA = 'phung-hiep-2023-xa';
const dir = tempDir();
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function units(): Promise<string> {
  const list = join(dir, 'don-vi.txt');
  await fs.writeFile(list, 'Xã Hòa An\nXã Tân Long\n');
  return list;
}

describe('an output already there', () => {
  it('forms -o <file.xlsx>: refused, the file untouched; replaced with --force', async () => {
    const out = join(dir, 'phieu.xlsx');
    await fs.writeFile(out, 'phiếu đã điền');
    const refused = await run(['forms', '--plan', XA, '--units', await units(), '-o', out]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(`đã có tệp "${out}"`);
    expect(await fs.readFile(out, 'utf8')).toBe('phiếu đã điền');
    const forced = await run(['forms', '--plan', XA, '--units', await units(), '-o', out, '--force']);
    expect(forced.code).toBe(0);
    expect((await fs.readFile(out)).subarray(0, 2).toString()).toBe('PK');
  });

  it('forms -o <folder>: a form already in it is not replaced', async () => {
    const folder = join(dir, 'phieu');
    await fs.mkdir(folder);
    const first = await run(['forms', '--plan', XA, '--units', await units(), '-o', folder]);
    expect(first.code).toBe(0);
    const again = await run(['forms', '--plan', XA, '--units', await units(), '-o', folder, '--lang', 'en']);
    expect(again.code).toBe(2);
    expect(again.err).toContain('is already there');
  });

  it('merge -o <summary.xlsx>: refused unless --force', async () => {
    const folder = join(dir, 'phieu-gop');
    await fs.mkdir(folder);
    expect((await run(['forms', '--plan', XA, '--units', await units(), '-o', folder])).code).toBe(0);
    const forms = (await fs.readdir(folder)).map((f) => join(folder, f));
    const summary = join(dir, 'tong-hop.xlsx');
    await fs.writeFile(summary, 'sổ tổng hợp đã thẩm định');
    const refused = await run(['merge', '--plan', XA, ...forms, '-o', summary]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('Không ghi sổ tổng hợp');
    expect(await fs.readFile(summary, 'utf8')).toBe('sổ tổng hợp đã thẩm định');
    const forced = await run(['merge', '--plan', XA, ...forms, '-o', summary, '--force']);
    expect(forced.err).not.toContain('Không ghi sổ tổng hợp');
  });
});
