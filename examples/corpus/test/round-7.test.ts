/** Seventh-round workbooks, pinned through the CLI: what each must say, and the shapes not read right yet. */
import { join } from 'node:path';
import { readLikeCli } from '../read-like-cli';
import { CORPUS_DIR } from '../report';

const read = (file: string, plan: string) => readLikeCli(join(CORPUS_DIR, file), plan);
const XA = 'phung-hiep-2023-xa';
const PB = 'phung-hiep-2023-phong-ban';

describe('a formula whose cached value is an error is no figure', () => {
  // ph-pb-21: "#DIV/0!" and "#N/A" cached in three offices' rate cells
  it('flags the cell of each of the three offices with its error, naming the criterion', async () => {
    const r = await read('ph-pb-21-cong-thuc-loi-div0-na.xlsx', PB);
    expect(r.exitCode).toBe(0);
    const flag = (name: string) =>
      r.response?.results
        .find((u) => u.name === name)
        ?.flags.find((f) => f.code === 'invalid-value')
        ?.message.replace(/ → .*$/, '');
    expect([
      flag('Phòng Tài chính – Kế hoạch'),
      flag('Phòng Văn hóa và Thông tin'),
      flag('Phòng Y tế'),
    ]).toEqual([
      'Tiêu chí 6: giá trị không hợp lệ — ô chứa lỗi Excel #DIV/0!',
      'Tiêu chí 7: giá trị không hợp lệ — ô chứa lỗi Excel #DIV/0!',
      'Tiêu chí 9: giá trị không hợp lệ — ô chứa lỗi Excel #N/A',
    ]);
  });
});

describe('one sheet per quarter before the year’s', () => {
  // ph-xa-32: "Quy I" … "Quy IV" and "Ca nam" last, the same communes on each; before, refused as a sheet per month
  it('scores the "Ca nam" sheet alone', async () => {
    const r = await read('ph-xa-32-moi-quy-mot-sheet-sheet-ca-nam-cuoi.xlsx', XA);
    expect(r.exitCode).toBe(0);
    expect(r.sheet).toBe('Ca nam');
    expect(r.response?.results).toHaveLength(8);
  });
});

describe('a commune’s hamlets under "Trong đó:"', () => {
  // ph-xa-36: before, "Trong đó:" and each "- Ấp …" line were read as units, and the run refused as repeated units
  it('are no units: six communes are scored', async () => {
    const r = await read('ph-xa-36-trong-do-dong-ap-duoi-xa.xlsx', XA);
    expect(r.exitCode).toBe(0);
    expect(r.units.map((u) => u.name)).not.toContainEqual(expect.stringMatching(/^(- Ấp|Trong đó)/));
    expect(r.response?.results).toHaveLength(6);
  });
});

describe('each block named only by its "Cộng khối …" line', () => {
  // kg243-10: before, every unit was of no block and the run refused
  it('reads five departments and six districts, each in its block', async () => {
    const r = await read('kg243-10-khoi-chi-ghi-o-dong-cong-khoi.xlsx', 'kien-giang-243-2023');
    expect(r.exitCode).toBe(0);
    const blocks = (r.response?.results ?? []).map((u) => u.block);
    expect(blocks.filter((b) => b === 'so-nganh')).toHaveLength(5);
    expect(blocks.filter((b) => b === 'huyen')).toHaveLength(6);
  });
});

describe('the unit’s own figures beside the council’s', () => {
  // ph-pb-23: "ĐV tự đánh giá | HĐ TĐKT đánh giá"; before, the self-assessed column was taken at 70% and refused
  it('scores the council’s column, and keeps the unit’s as its self-assessment', async () => {
    const r = await read('ph-pb-23-don-vi-tu-danh-gia-hoi-dong-danh-gia.xlsx', PB);
    expect(r.exitCode).toBe(0);
    const self = r.mapping?.columns.filter((c) => c.header.endsWith('ĐV tự đánh giá')) ?? [];
    expect(self).toHaveLength(16);
    expect(self.every((c) => c.target === null && c.selfOf?.kind === 'criterion')).toBe(true);
  });
});

describe.skip('DEFECT: the same communes on two sheets that each feed other criteria', () => {
  // ph-xa-33: criteria 1–12 on "CQ so", 13–24 on "KT-XH so", the second naming the communes a little differently
  // ("UBND xã Tân Bình", "TT Cây Dương"). It is refused as "a sheet per month"; a careful reader joins the two sheets
  // unit by unit (and holds a name it cannot pair, naming it).
  it('reads nine communes with all 24 criteria', async () => {
    const r = await read('ph-xa-33-ten-xa-khac-nhau-giua-hai-sheet.xlsx', XA);
    expect(r.exitCode).toBe(0);
    expect(r.response?.results).toHaveLength(9);
    expect(Object.keys(r.units[0].values)).toHaveLength(24);
  });
});

describe('a formula with no cached value is said to be one', () => {
  // ph-pb-22: "=ROUND(…)" with no value stored (a file written by another program) reads as a blank cell, "thiếu
  // giá trị"; the official sees a number once Excel recalculates, so the flag must say the cell is an uncomputed
  // formula (open and save the file in Excel). The reading says so at the cell now (`extract.formula-without-value`,
  // shared/test/sheet/office-layouts-8.test.ts); the engine's flag on the unit, from a blank value, does not yet
  it('flags the cell as a formula without a value', async () => {
    const r = await read('ph-pb-22-cong-thuc-chua-co-gia-tri.xlsx', PB);
    const unit = r.response?.results.find((u) => u.name === 'Phòng Nông nghiệp và PTNT');
    expect(unit?.flags.some((f) => f.code === 'missing-value' && /công thức/.test(f.message))).toBe(true);
  });
});
