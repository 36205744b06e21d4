/**
 * The task pane's reducer: each action clears exactly the results that depended on what it changed (DEPENDS_ON),
 * and an async result computed from inputs the official has since changed is dropped, so the pane never shows —
 * nor scores or drafts from — results of another plan, block, sheet or mapping.
 */
import type { ColumnMapping, Extraction, SheetModel } from '@thidua/core/sheet';
import type { WorkbookHost } from '../src/adapters/host';
import {
  DEPENDS_ON,
  basisOf,
  changesOf,
  initialPaneState,
  invalidatedBy,
  paneReducer,
  type DossierDraft,
  type PaneAction,
  type PaneState,
  type PlanPreview,
  type Slot,
} from '../src/ui/pane-state';
import { loadBuiltIn, type Detection, type LoadedPlan, type ScoringRun } from '../src/workflow';

function plan(id: string): LoadedPlan {
  const result = loadBuiltIn(id);
  if (!result.ok) throw new Error(`built-in plan ${id} does not load`);
  return result.loaded;
}

const host = (title: string) => ({ kind: 'file', title }) as unknown as WorkbookHost;
const mapping = (sheet: string) => ({ sheet, columns: [] }) as unknown as ColumnMapping;
const sheetModel = (name: string) => ({ name }) as unknown as SheetModel;
const detection = (sheet: string): Detection =>
  ({
    sheet: sheetModel(sheet),
    mapping: mapping(sheet),
    problems: [],
    reused: false,
  }) as unknown as Detection;
const extraction = { units: [], problems: [], cells: [] } as unknown as Extraction;
const run = (tag: string) => ({ tag, response: { results: [] }, notMapped: [] }) as unknown as ScoringRun;
const dossier = { zipName: 'ho-so.zip' } as unknown as DossierDraft;
const preview = { diff: { same: true }, blocks: [] } as unknown as PlanPreview;

const CCHC = plan('kien-giang-sxd-609-cchc'); // blocks tap-the, ca-nhan
const XA = plan('phung-hiep-2023-xa'); // one block: xa

/** A pane that has been through every step: a table mapped, checked, scored, a dossier and a preview drafted. */
function worked(): PaneState {
  return {
    ...initialPaneState(host('a.xlsx')),
    settings: { 'thidua.plan': '{}' },
    loaded: CCHC,
    block: 'tap-the',
    sheetName: 'Tổng hợp',
    detection: detection('Tổng hợp'),
    mappingNotice: 'Cột D chuyển sang cột E',
    confirmedPartial: true,
    extraction,
    phase: 'done',
    run: run('first'),
    dossier,
    planPreview: preview,
  };
}

/** The state field(s) each slot is kept in, empty when cleared. */
const FIELD: Record<Slot, (s: PaneState) => unknown> = {
  lang: (s) => s.lang,
  host: (s) => s.host,
  settings: (s) => (Object.keys(s.settings).length ? s.settings : undefined),
  plan: (s) => s.loaded,
  block: (s) => s.block,
  sheet: (s) => s.sheetName || undefined,
  table: (s) => s.detection,
  mapping: (s) => s.detection?.mapping,
  mappingNotice: (s) => s.mappingNotice,
  confirmation: (s) => s.confirmedPartial || undefined,
  extraction: (s) => s.extraction,
  phase: (s) => s.phase,
  run: (s) => s.run,
  dossier: (s) => s.dossier,
  preview: (s) => s.planPreview,
};
const RESULTS: Slot[] = ['confirmation', 'extraction', 'phase', 'run', 'dossier', 'preview'];

describe('the dependency table', () => {
  it('a block change clears what was read, confirmed, scored and drafted for the old block, not the table', () => {
    expect(invalidatedBy(['block']).sort()).toEqual([...RESULTS].sort());
  });

  it('a mapping edit clears the same results and the move notice; a new table clears its mapping too', () => {
    expect(invalidatedBy(['mapping']).sort()).toEqual([...RESULTS, 'mappingNotice'].sort());
    expect(invalidatedBy(['table']).sort()).toEqual([...RESULTS, 'mapping', 'mappingNotice'].sort());
  });

  it('another plan clears the table found for the old one; another workbook clears everything but the plan', () => {
    expect(invalidatedBy(['plan'])).toEqual(expect.arrayContaining(['table', 'mapping', ...RESULTS]));
    expect(invalidatedBy(['plan'])).not.toContain('sheet');
    expect(invalidatedBy(['host']).sort()).toEqual(
      ['settings', 'sheet', 'table', 'mapping', 'mappingNotice', ...RESULTS].sort(),
    );
  });

  it('a new run clears the dossier and the plan-edit preview made from the previous one', () => {
    expect(invalidatedBy(['run']).sort()).toEqual(['dossier', 'preview']);
  });

  it('the language clears only the move notice (said in the other language)', () => {
    expect(invalidatedBy(['lang'])).toEqual(['mappingNotice']);
  });

  it('has no cycle: no slot depends, even through others, on itself', () => {
    for (const slot of Object.keys(DEPENDS_ON) as Slot[]) expect(invalidatedBy([slot])).not.toContain(slot);
  });
});

describe('each action clears what depends on what it changed, and keeps the rest', () => {
  const before = worked();
  const actions: PaneAction[] = [
    { type: 'block-chosen', block: 'ca-nhan' },
    { type: 'plan-chosen', loaded: XA },
    { type: 'sheet-chosen', sheetName: 'Khối cá nhân' },
    { type: 'mapping-edited', mapping: mapping('Tổng hợp'), notice: undefined },
    { type: 'table-detected', detection: detection('Tổng hợp'), basis: basisOf(before) },
    { type: 'workbook-opened', host: host('b.xlsx') },
    { type: 'lang-chosen', lang: 'en' },
    { type: 'run-finished', run: run('second'), settings: { x: '1' }, basis: basisOf(before) },
  ];
  it.each(actions.map((a) => [a.type, a] as const))('%s', (_, action) => {
    const after = paneReducer(before, action);
    const changed = changesOf(action.type);
    const cleared = invalidatedBy(changed);
    for (const slot of Object.keys(FIELD) as Slot[]) {
      const value = FIELD[slot](after);
      if (cleared.includes(slot)) expect([slot, value]).toEqual([slot, undefined]);
      else if (!changed.includes(slot)) expect([slot, value]).toEqual([slot, FIELD[slot](before)]);
    }
  });
});

describe('the pane after a change', () => {
  it('another block: the old extraction and run are gone, the table and its mapping stay', () => {
    const before = worked();
    const after = paneReducer(before, { type: 'block-chosen', block: 'ca-nhan' });
    expect(after.block).toBe('ca-nhan');
    expect(after.extraction).toBeUndefined();
    expect(after.run).toBeUndefined();
    expect(after.phase).toBeUndefined();
    expect(after.confirmedPartial).toBe(false);
    expect(after.dossier).toBeUndefined();
    expect(after.detection).toBe(before.detection);
    // the same block again changes nothing
    expect(paneReducer(before, { type: 'block-chosen', block: 'tap-the' })).toBe(before);
  });

  it('a run asked for the old block and finishing after the change is not shown', () => {
    const before = worked();
    const basis = basisOf(before);
    const changed = paneReducer(before, { type: 'block-chosen', block: 'ca-nhan' });
    const late = paneReducer(changed, { type: 'run-finished', run: run('late'), settings: {}, basis });
    expect(late).toBe(changed);
    expect(late.run).toBeUndefined();
    expect(paneReducer(changed, { type: 'run-phase', phase: 'write', basis })).toBe(changed);
    expect(paneReducer(changed, { type: 'dossier-drafted', dossier, basis })).toBe(changed);
    expect(paneReducer(changed, { type: 'preview-ready', preview, basis })).toBe(changed);
    expect(paneReducer(changed, { type: 'checked', sheet: sheetModel('Tổng hợp'), extraction, basis })).toBe(
      changed,
    );
  });

  it('a run for the current inputs is shown, replacing the previous one and what was drafted from it', () => {
    const before = worked();
    const after = paneReducer(before, {
      type: 'run-finished',
      run: run('second'),
      settings: { 'thidua.lastRun': '{}' },
      basis: basisOf(before),
    });
    expect(after.run).toEqual(run('second'));
    expect(after.settings).toEqual({ 'thidua.lastRun': '{}' });
    expect(after.dossier).toBeUndefined();
    expect(after.planPreview).toBeUndefined();
    expect(after.extraction).toBe(before.extraction);
    expect(after.phase).toBe('done');
  });

  it('a mapping edit keeps the table with the new mapping and its notice; results of the old mapping go', () => {
    const before = worked();
    const next = mapping('Tổng hợp');
    const after = paneReducer(before, { type: 'mapping-edited', mapping: next, notice: 'Cột E bỏ' });
    expect(after.detection?.mapping).toBe(next);
    expect(after.detection?.sheet).toBe(before.detection?.sheet);
    expect(after.mappingNotice).toBe('Cột E bỏ');
    for (const slot of RESULTS) expect([slot, FIELD[slot](after)]).toEqual([slot, undefined]);
    // a result of the old mapping arriving now is dropped
    const late = paneReducer(after, {
      type: 'run-finished',
      run: run('late'),
      settings: {},
      basis: basisOf(before),
    });
    expect(late.run).toBeUndefined();
  });

  it('another plan: its single block chosen, the table gone, the sheet choice kept', () => {
    const after = paneReducer(worked(), { type: 'plan-chosen', loaded: XA });
    expect(after.loaded).toBe(XA);
    expect(after.block).toBe('xa');
    expect(after.detection).toBeUndefined();
    expect(after.run).toBeUndefined();
    expect(after.sheetName).toBe('Tổng hợp');
    expect(paneReducer(worked(), { type: 'plan-chosen', loaded: plan('kien-giang-243-2025') }).block).toBe(
      undefined,
    );
  });

  it('a table found for a plan or sheet no longer chosen is dropped; for the current ones it replaces the old', () => {
    const before = worked();
    const basis = basisOf(before);
    const otherSheet = paneReducer(before, { type: 'sheet-chosen', sheetName: 'Khối cá nhân' });
    expect(otherSheet.detection).toBeUndefined();
    expect(paneReducer(otherSheet, { type: 'table-detected', detection: detection('Tổng hợp'), basis })).toBe(
      otherSheet,
    );
    const found = detection('Tổng hợp');
    const after = paneReducer(before, { type: 'table-detected', detection: found, basis });
    expect(after.detection).toBe(found);
    expect(after.run).toBeUndefined();
    expect(after.mappingNotice).toBeUndefined();
    // none found: the old table and its results go too
    const none = paneReducer(before, { type: 'table-detected', detection: undefined, basis });
    expect([none.detection, none.extraction, none.run]).toEqual([undefined, undefined, undefined]);
  });

  it('another workbook: the plan and block stay, its settings, sheet, table and results are the old one’s', () => {
    const before = { ...worked(), error: { cause: new Error('x') } };
    const b = host('b.xlsx');
    const after = paneReducer(before, { type: 'workbook-opened', host: b });
    expect(after.host).toBe(b);
    expect([after.loaded, after.block]).toEqual([CCHC, 'tap-the']);
    expect([after.settings, after.sheetName, after.detection, after.run, after.error]).toEqual([
      {},
      '',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('the workbook’s stored plan is taken for that workbook only, its block kept when the plan has it', () => {
    const a = host('a.xlsx');
    const start: PaneState = { ...initialPaneState(a), loaded: CCHC, block: 'ca-nhan' };
    const stored = plan('kien-giang-sxd-609-cchc');
    const read = paneReducer(start, { type: 'workbook-read', host: a, settings: { k: 'v' }, plan: stored });
    expect([read.loaded, read.block, read.settings]).toEqual([stored, 'ca-nhan', { k: 'v' }]);
    const xa = paneReducer(start, { type: 'workbook-read', host: a, settings: {}, plan: XA });
    expect(xa.block).toBe('xa');
    const settingsOnly = paneReducer(start, { type: 'workbook-read', host: a, settings: { k: 'v' } });
    expect([settingsOnly.loaded, settingsOnly.block]).toEqual([CCHC, 'ca-nhan']);
    // read for a workbook since closed
    expect(paneReducer(start, { type: 'workbook-read', host: host('old'), settings: {}, plan: XA })).toBe(
      start,
    );
  });

  it('the step, an error, the account and a confirmation change nothing else', () => {
    const before = worked();
    const moved = paneReducer(before, { type: 'step-chosen', step: 'council' });
    expect({ ...moved, step: before.step }).toEqual(before);
    const failed = paneReducer(before, { type: 'error', error: new Error('hỏng') });
    expect(failed.error?.cause).toEqual(new Error('hỏng'));
    expect(paneReducer(failed, { type: 'error', error: undefined }).error).toBeUndefined();
    expect(paneReducer(before, { type: 'signed-in', account: 'an@x.vn' }).account).toBe('an@x.vn');
    const unconfirmed = paneReducer(before, { type: 'partial-confirmed', confirmed: false });
    expect({ ...unconfirmed, confirmedPartial: true }).toEqual(before);
  });

  it('a failure said of the old plan, block, sheet or mapping goes with them; a step or the language keeps it', () => {
    const failed = { ...worked(), error: { cause: new Error('Không chấm điểm: không có cột nào') } };
    const actions: PaneAction[] = [
      { type: 'plan-chosen', loaded: XA },
      { type: 'block-chosen', block: 'ca-nhan' },
      { type: 'sheet-chosen', sheetName: 'Khác' },
      { type: 'mapping-edited', mapping: mapping('Tổng hợp') },
    ];
    for (const action of actions)
      expect([action.type, paneReducer(failed, action).error]).toEqual([action.type, undefined]);
    expect(paneReducer(failed, { type: 'step-chosen', step: 'score' }).error).toBe(failed.error);
    expect(paneReducer(failed, { type: 'lang-chosen', lang: 'en' }).error).toBe(failed.error);
    // the same block again is no change
    expect(paneReducer(failed, { type: 'block-chosen', block: 'tap-the' }).error).toBe(failed.error);
  });

  it('a mapping edit with no table found is ignored', () => {
    const empty = initialPaneState(host('a.xlsx'));
    expect(paneReducer(empty, { type: 'mapping-edited', mapping: mapping('S') })).toBe(empty);
  });
});
