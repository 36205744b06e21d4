import { promises as fs } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { useNodeCrypto } from '@thidua/core/adapters/node';
import { runCli } from './run';
import type { CliIo, FileIdentity } from './io';

/** Real path and (device, inode) of what `path` names, following links; undefined if nothing is there. */
export async function fileIdentity(path: string): Promise<FileIdentity | undefined> {
  try {
    const [realPath, stat] = await Promise.all([fs.realpath(path), fs.stat(path)]);
    return { realPath, dev: stat.dev, ino: stat.ino, folder: stat.isDirectory() };
  } catch {
    return undefined;
  }
}

/**
 * Writes a file whole or not at all: the bytes go to a temporary file beside it, which then replaces the file in
 * one step. A write that fails part way (drive full, folder read-only, the process stopped) leaves the earlier
 * file, if any, as it was and no half-written workbook under the official's name. A symlink is written through
 * (its target is replaced), as a plain write would.
 */
export async function writeFileWhole(
  path: string,
  data: Uint8Array | string,
  write: (path: string, data: Uint8Array | string) => Promise<void> = (p, d) =>
    fs.writeFile(p, d, { flag: 'wx' }),
): Promise<void> {
  const target = await fs.realpath(path).catch(() => path);
  const stat = await fs.stat(target).catch(() => undefined);
  if (stat?.isDirectory()) throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' });
  const temporary = join(
    dirname(target),
    `.~${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`,
  );
  try {
    await write(temporary, data);
    if (stat) await fs.chmod(temporary, stat.mode & 0o777).catch(() => undefined);
    await fs.rename(temporary, target);
  } catch (e) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw e;
  }
}

export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: async (path) => new Uint8Array(await fs.readFile(path)),
    writeFile: (path, data) => writeFileWhole(path, data),
    mkdir: async (path) => {
      await fs.mkdir(path, { recursive: true });
    },
    resolve: (path) => resolve(path),
    identity: (path) => fileIdentity(path),
    now: () => new Date(),
  };
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  useNodeCrypto();
  process.exitCode = await runCli(argv, nodeIo());
}

if (require.main === module) void main();
