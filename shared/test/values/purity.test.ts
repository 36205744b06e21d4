import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

// shared/src runs in the browser task pane too: the values module and its one dependency must not
// reach for Node APIs.
const SRC = join(__dirname, '../../src/values');
const DEP = join(__dirname, '../../../node_modules/read-vietnamese-number/dist/esm');

function importsOf(code: string): string[] {
  return [...code.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

describe('values module purity', () => {
  const files = readdirSync(SRC).filter((f) => f.endsWith('.ts'));

  it('finds the source files', () => {
    expect(files.sort()).toEqual([
      'format.ts',
      'index.ts',
      'levels.ts',
      'notes.ts',
      'parse.ts',
      'round-digits.ts',
      'text.ts',
      'units.ts',
      'words.ts',
    ]);
  });

  it.each(files)('%s imports only siblings and read-vietnamese-number, and no Node globals', (file) => {
    const code = readFileSync(join(SRC, file), 'utf8');
    for (const spec of importsOf(code)) expect(spec).toMatch(/^(\.\/|read-vietnamese-number$)/);
    expect(code).not.toMatch(/\b(Buffer|process|__dirname|globalThis)\b|\brequire\(/);
    expect(code).not.toMatch(/toLocale(String|DateString)/);
  });

  it('read-vietnamese-number (browser build) has no imports outside itself', () => {
    for (const file of readdirSync(DEP).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(DEP, file), 'utf8');
      for (const spec of importsOf(code)) expect(spec).toMatch(/^\.\//);
      expect(code).not.toMatch(/\b(Buffer|process)\.|\brequire\(/);
    }
  });
});
