import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { useNodeCrypto } from '@thidua/core/adapters/node';
import { runCli } from './run';
import type { CliIo, FileIdentity } from './io';

/** Real path and (device, inode) of what `path` names, following links; undefined if nothing is there. */
export async function fileIdentity(path: string): Promise<FileIdentity | undefined> {
  try {
    const [realPath, stat] = await Promise.all([fs.realpath(path), fs.stat(path)]);
    return { realPath, dev: stat.dev, ino: stat.ino };
  } catch {
    return undefined;
  }
}

export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: async (path) => new Uint8Array(await fs.readFile(path)),
    writeFile: (path, data) => fs.writeFile(path, data),
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
