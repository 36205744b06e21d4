/**
 * Run by file-open.test.ts in a child process with a capped heap: opens a file the way the pane's file mode does and
 * prints what the pane would show (the sheet's shape, or the error sentence), as JSON.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { openXlsx } from '../src/adapters/file';
import { describeError } from '../src/ui/errors';

async function main(path: string, lang: 'vi' | 'en'): Promise<void> {
  try {
    const bytes = readFileSync(path);
    const host = await openXlsx(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      basename(path),
    );
    const sheet = await host.readSheet();
    process.stdout.write(
      JSON.stringify({
        rows: sheet.values.length,
        cols: sheet.values[0]?.length ?? 0,
        outliers: sheet.outliers ?? [],
      }),
    );
  } catch (err) {
    process.stdout.write(JSON.stringify({ error: describeError(err, lang) }));
  }
}

void main(process.argv[2], process.argv[3] === 'en' ? 'en' : 'vi');
