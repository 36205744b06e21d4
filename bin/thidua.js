#!/usr/bin/env node
// The `thidua` command. Runs the compiled CLI (npm run build → dist/cli/src/main.js); in a source checkout
// without a build it falls back to tsx, which is a dev dependency.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const compiled = join(__dirname, '..', 'dist', 'cli', 'src', 'main.js');
if (existsSync(compiled)) {
  require(compiled).main();
} else {
  try {
    require('tsx/cjs');
  } catch {
    process.stderr.write('thidua: chưa biên dịch — chạy "npm run build" (not built: run "npm run build")\n');
    process.exit(2);
  }
  require(join(__dirname, '..', 'cli', 'src', 'main.ts')).main();
}
