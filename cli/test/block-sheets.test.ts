import { join } from 'node:path';
import { EXAMPLES, loadModel, run, tempDir } from './helpers';
import { writeLabel } from '@thidua/core/sheet';

/**
 * A workbook with the plan's blocks on separate sheets (collectives on "Tập thể", individuals on "Cá nhân"): every
 * sheet read gets the results beside its own table, for its own units, and a second run replaces them in place.
 */
const WORKBOOK = join(EXAMPLES, 'corpus', 'sxd-cds-02-tap-the-ca-nhan-hai-sheet.xlsx');
const PLAN = 'kien-giang-sxd-cds-2022-2025';
const HEADER = writeLabel('eligible', 'vi');

function besideHeader(model: Awaited<ReturnType<typeof loadModel>>, name: string) {
  const sheet = model.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  for (let r = 0; r < sheet.values.length; r++) {
    const c = sheet.values[r].indexOf(HEADER);
    if (c >= 0) return { row: sheet.origin.row + r, col: sheet.origin.col + c, sheet };
  }
  return undefined;
}

describe('thidua score on a workbook with a sheet per block', () => {
  const dir = tempDir();
  const out = join(dir, 'ket-qua.xlsx');
  const again = join(dir, 'ket-qua-2.xlsx');

  it('writes the results beside the table of every block sheet', async () => {
    const first = await run(['score', '--plan', PLAN, WORKBOOK, '-o', out]);
    expect(first.code).toBe(0);
    const model = await loadModel(out);
    for (const name of ['Tập thể', 'Cá nhân']) {
      const at = besideHeader(model, name);
      expect(at).toBeDefined();
      // the units' rows carry their eligibility beside them ("Có" / "Không")
      const column = at!.sheet.values
        .slice(at!.row - at!.sheet.origin.row + 1)
        .map((r) => r[at!.col - at!.sheet.origin.col]);
      expect(column.filter((v) => v === 'Có' || v === 'Không').length).toBeGreaterThanOrEqual(3);
    }
  });

  it('replaces both blocks in place on a second run', async () => {
    const before = await loadModel(out);
    const second = await run(['score', '--plan', PLAN, out, '-o', again]);
    expect(second.code).toBe(0);
    const after = await loadModel(again);
    for (const name of ['Tập thể', 'Cá nhân']) {
      const was = besideHeader(before, name)!;
      const now = besideHeader(after, name)!;
      expect({ row: now.row, col: now.col }).toEqual({ row: was.row, col: was.col });
      expect(now.sheet.values).toEqual(was.sheet.values);
    }
  });
});
