import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { runCli } from './run';
import type { CliIo } from './io';

export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: async (path) => new Uint8Array(await fs.readFile(path)),
    writeFile: (path, data) => fs.writeFile(path, data),
    resolve: (path) => resolve(path),
    now: () => new Date(),
  };
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  process.exitCode = await runCli(argv, nodeIo());
}

if (require.main === module) void main();
