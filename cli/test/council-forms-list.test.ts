/** `thidua forms` refuses a list naming one unit twice in different wording: no form is made, both are named. */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../src/run';
import { captureIo, tempDir } from './helpers';

it('refuses a unit listed twice, makes no form, exit 1', async () => {
  const dir = tempDir();
  const io = Object.assign(captureIo(), {
    mkdir: async (path: string) => {
      await fs.mkdir(path, { recursive: true });
    },
  });
  const out = join(dir, 'phieu');
  const code = await runCli(
    ['forms', '--plan', 'phung-hiep-2023-xa', '--units', 'Xã Hòa An,Xã Tân Long,xã hoà an', '-o', out],
    io,
  );
  expect(code).toBe(1);
  expect(io.err).toContain('Danh sách đơn vị ghi một đơn vị nhiều lần: "Xã Hòa An" và "xã hoà an"');
  await expect(fs.access(out)).rejects.toThrow();
  await fs.rm(dir, { recursive: true, force: true });
});
