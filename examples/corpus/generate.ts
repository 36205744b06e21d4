/**
 * Writes the corpus: examples/corpus/<name>.xlsx and <name>.truth.json for every spec in workbooks/.
 *
 *   npm run corpus:generate
 *
 * Deterministic: the values come from a generator seeded by each workbook's name, the totals from the engine.
 */
import { existsSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { dumpWorkbook, reload } from './lib/dump';
import { buildCorpusWorkbook } from './lib/spec';
import { CORPUS } from './workbooks';

export const CORPUS_DIR = __dirname;

async function main(): Promise<void> {
  for (const spec of CORPUS) {
    const { workbook, truth } = buildCorpusWorkbook(spec);
    const path = join(CORPUS_DIR, truth.file);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    // The zip carries the time of writing: a workbook whose cells did not change is left as committed.
    const same =
      existsSync(path) &&
      isDeepStrictEqual(
        dumpWorkbook(await reload(bytes)),
        dumpWorkbook(await reload(await fs.readFile(path))),
      );
    if (!same) await fs.writeFile(path, bytes);
    await fs.writeFile(join(CORPUS_DIR, `${spec.name}.truth.json`), `${JSON.stringify(truth, null, 2)}\n`);
    process.stdout.write(
      `${truth.file}${same ? '' : ' (ghi mới)'}: ${truth.expect}, ${truth.units.length} đơn vị, ${truth.lines.length} cột/dòng\n`,
    );
  }
}

if (require.main === module)
  main().catch((e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  });
