/**
 * The printed look of the program's sheets in Excel (Office.js): page layout where ExcelApi 1.9 is there, skipped
 * on 1.7 (Office 2019) without failing the write, merges and row heights either way, and no extra sync for any of it.
 */
import { buildWritePlan, type ExtendedWritePlan, type WritePlan } from '@thidua/core/sheet';
import { cellsFor, MAPPING, officialSheet, smallPlan, smallResponse } from '@thidua/core/testing';
import { applyWritePlan } from '../src/adapters/office';
import { fakeExcel, type Grid } from './fake-excel';

const NOW = new Date(Date.UTC(2024, 0, 5, 7, 0, 0));
const PRINTED = ['Kết quả', 'Đề nghị khen thưởng', 'Giải trình'];

function scored(): ExtendedWritePlan {
  const plan = smallPlan();
  return buildWritePlan({
    sheet: officialSheet(),
    mapping: MAPPING,
    cells: cellsFor(),
    response: smallResponse(plan),
    plan,
    now: NOW,
    sheetNames: ['Bảng điểm'],
  });
}

function book() {
  return fakeExcel({ sheets: { 'Bảng điểm': { values: officialSheet().values as Grid } } });
}

/** ExcelApi up to `max` (1.7: Office 2019). */
const upTo =
  (max: number) =>
  (name: string, version: string): boolean =>
    name === 'ExcelApi' && Number(version) <= max;

function layoutOf(excel: ReturnType<typeof book>, sheet: string): Record<string, unknown> {
  return Object.assign(
    {},
    ...excel.writes.filter((w) => w.what === 'pageLayout' && w.sheet === sheet).map((w) => w.data),
  );
}

describe('Office.js: printed sheets', () => {
  it('with ExcelApi 1.9: A4, orientation, one page wide, print titles, margins in points, footer', async () => {
    const plan = scored();
    const excel = book();
    const report = await applyWritePlan(excel.context, plan, { supports: upTo(1.9) });
    expect(report.pageLayout).toBe('applied');
    for (const setup of plan.pageSetup ?? []) {
      const rows = setup.printTitleRows as { first: number; last: number };
      expect([setup.sheet, layoutOf(excel, setup.sheet)]).toEqual([
        setup.sheet,
        {
          orientation: setup.orientation === 'landscape' ? 'Landscape' : 'Portrait',
          paperSize: 'A4',
          zoom: { horizontalFitToPages: 1 },
          topMargin: (setup.margins.top * 72) / 25.4,
          bottomMargin: (setup.margins.bottom * 72) / 25.4,
          leftMargin: (setup.margins.left * 72) / 25.4,
          rightMargin: (setup.margins.right * 72) / 25.4,
          headerMargin: (setup.margins.header * 72) / 25.4,
          footerMargin: (setup.margins.footer * 72) / 25.4,
          centerHorizontally: true,
          printTitleRows: `$${rows.first + 1}:$${rows.last + 1}`,
          'footer.centerFooter': 'Trang &P/&N',
        },
      ]);
    }
    expect(layoutOf(excel, 'Bảng điểm')).toEqual({});
    expect(layoutOf(excel, 'Nhật ký chấm điểm')).toEqual({});
  });

  it('with ExcelApi 1.7: no page layout call at all, the rest written the same, in as many syncs', async () => {
    const plan = scored();
    const full = book();
    const withLayout = await applyWritePlan(full.context, plan, { supports: upTo(1.9) });
    const old = book();
    const without = await applyWritePlan(old.context, plan, { supports: upTo(1.7) });
    expect(without.pageLayout).toBe('unsupported');
    expect(old.writes.filter((w) => w.what === 'pageLayout')).toEqual([]);
    expect(without.syncs).toBe(withLayout.syncs);
    for (const sheet of PRINTED) expect(old.grid(sheet)).toEqual(full.grid(sheet));
    const merges = (e: typeof old) =>
      e.writes.filter((w) => w.what === 'merge').map(({ request: _, ...w }) => w);
    expect(merges(old)).toEqual(merges(full));
    expect(merges(old).length).toBe(plan.merges?.length);
  });

  it('costs no sync of its own: the same syncs as the plan without any print layout', async () => {
    const plan = scored();
    const bare: WritePlan = {
      ...plan,
      merges: undefined,
      rowHeights: undefined,
      pageSetup: undefined,
      blocks: plan.blocks.map(({ style: _s, rowStyles: _r, ...b }) => b),
    };
    const a = await applyWritePlan(book().context, plan, { supports: upTo(1.9) });
    const b = await applyWritePlan(book().context, bare, { supports: upTo(1.9) });
    expect(a.syncs).toBe(b.syncs);
    expect(a.syncs).toBe(2);
  });

  it('merged lines get the planned heights; tables are fitted by Excel itself', async () => {
    const plan = scored();
    const excel = book();
    await applyWritePlan(excel.context, plan, { supports: upTo(1.9) });
    const heights = excel.writes.filter((w) => w.what === 'rowHeight');
    for (const h of plan.rowHeights?.filter((x) => !x.table) ?? [])
      expect(
        heights.some(
          (w) => w.sheet === h.sheet && w.row <= h.row && h.row < w.row + w.rows && w.data === h.height,
        ),
      ).toBe(true);
    const fitted = excel.writes.filter((w) => w.what === 'autofitRows').map((w) => w.sheet);
    expect(new Set(fitted)).toEqual(new Set(plan.rowHeights?.filter((h) => h.table).map((h) => h.sheet)));
  });

  it('a page layout Excel refuses leaves the write complete, and says so', async () => {
    const plan = scored();
    const excel = book();
    const sync = excel.context.sync.bind(excel.context);
    let calls = 0;
    // The write's last request holds the page layout calls (queued last): Excel runs the rest, then refuses one.
    jest.spyOn(excel.context, 'sync').mockImplementation(async () => {
      await sync();
      if (++calls === 2)
        throw Object.assign(new Error('The argument is invalid or missing.'), {
          code: 'InvalidArgument',
          debugInfo: { errorLocation: 'PageLayout.zoom' },
        });
    });
    const report = await applyWritePlan(excel.context, plan, { supports: upTo(1.9) });
    expect(report.pageLayout).toBe('failed');
    expect(excel.grid('Kết quả').flat()).toContain('KẾT QUẢ CHẤM ĐIỂM THI ĐUA');
    expect(excel.settings()['thidua.sheets']).toBe(plan.settings['thidua.sheets']);
  });

  it('any other refusal is still a failed write, reported as one', async () => {
    const plan = scored();
    const excel = fakeExcel({
      sheets: { 'Bảng điểm': { values: officialSheet().values as Grid } },
      failRequest: (r) => (r === 1 ? { applied: 3 } : undefined),
    });
    await expect(applyWritePlan(excel.context, plan, { supports: upTo(1.9) })).rejects.toMatchObject({
      name: 'PartialWriteError',
      message: expect.stringContaining('"Kết quả"'),
    });
  });
});
