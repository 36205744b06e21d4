/**
 * The task pane's state in one place, and what each change invalidates. An official's choices form a chain — the
 * workbook, the plan, its block, the sheet, the table found on it and its column mapping — and every result the pane
 * holds (the check's extraction, the coverage confirmation, the scoring run, the drafted dossier, the plan-edit
 * preview) was computed from some links of it. `DEPENDS_ON` says which, once, as data; `paneReducer` clears every
 * result whose inputs an action changed, and drops an async result whose inputs changed while it was computed.
 * Pure: no React, no Office.js.
 */
import type { RunDiff, RunSnapshot } from '@thidua/core/council';
import type { ColumnMapping, Extraction, SheetModel } from '@thidua/core/sheet';
import type { WorkbookHost } from '../adapters/host';
import type { UiLang } from '../i18n';
import type { Detection, LoadedPlan, Phase, ScoringRun } from '../workflow';

export type StepId = 'plan' | 'sheet' | 'check' | 'score' | 'dossier' | 'council';

/** The dossier's documents as drafted for download. */
export interface DossierDraft {
  files: { name: string; label: string; data: Uint8Array }[];
  zipName: string;
  zip: Uint8Array;
  proposals: number;
  pending: number;
  total: number;
  blanks: number;
}

/** What the plan as edited on the "Tiêu chí" sheet would change, before it is saved. */
export interface PlanPreview {
  diff: RunDiff;
  blocks: RunSnapshot['blocks'];
}

export interface PaneState {
  lang: UiLang;
  step: StepId;
  /** The last failure, put in words when shown (so in the pane's language of the moment). */
  error?: { cause: unknown };
  account?: string;
  host?: WorkbookHost;
  /** The workbook's settings (stored plan, mapping, dossier settings, final results) as last read. */
  settings: Record<string, string>;
  loaded?: LoadedPlan;
  block?: string;
  /** The sheet to read; '' for the active sheet. */
  sheetName: string;
  /** The table found and its column mapping. */
  detection?: Detection;
  /** What the official's last mapping edit moved from another column. */
  mappingNotice?: string;
  /** The official confirmed scoring a mapping that feeds only part of the plan. */
  confirmedPartial: boolean;
  extraction?: Extraction;
  phase?: Phase;
  run?: ScoringRun;
  dossier?: DossierDraft;
  planPreview?: PlanPreview;
}

/** The links of the chain and the results; each field of PaneState belongs to one. */
export type Slot =
  | 'lang'
  | 'host'
  | 'settings'
  | 'plan'
  | 'block'
  | 'sheet'
  | 'table'
  | 'mapping'
  | 'mappingNotice'
  | 'confirmation'
  | 'extraction'
  | 'phase'
  | 'run'
  | 'dossier'
  | 'preview';

/** What each slot was computed from: changing any of these clears it (and, in turn, what depends on it). */
export const DEPENDS_ON: Readonly<Partial<Record<Slot, readonly Slot[]>>> = {
  settings: ['host'],
  sheet: ['host'],
  table: ['host', 'plan', 'sheet'],
  mapping: ['table'],
  mappingNotice: ['mapping', 'lang'],
  confirmation: ['mapping', 'plan', 'block'],
  extraction: ['mapping', 'plan', 'block'],
  phase: ['mapping', 'plan', 'block'],
  run: ['mapping', 'plan', 'block'],
  dossier: ['mapping', 'plan', 'block', 'run'],
  preview: ['mapping', 'plan', 'block', 'run'],
};

/** Every slot cleared when `changed` change: those depending on them, transitively (not the changed ones). */
export function invalidatedBy(changed: readonly Slot[]): Slot[] {
  const dirty = new Set<Slot>(changed);
  const cleared: Slot[] = [];
  let grew = true;
  while (grew) {
    grew = false;
    for (const [slot, deps] of Object.entries(DEPENDS_ON) as [Slot, readonly Slot[]][]) {
      if (dirty.has(slot) || !deps.some((d) => dirty.has(d))) continue;
      dirty.add(slot);
      cleared.push(slot);
      grew = true;
    }
  }
  return cleared;
}

const CLEARED: Partial<Record<Slot, Partial<PaneState>>> = {
  settings: { settings: {} },
  sheet: { sheetName: '' },
  table: { detection: undefined },
  mapping: { detection: undefined },
  mappingNotice: { mappingNotice: undefined },
  confirmation: { confirmedPartial: false },
  extraction: { extraction: undefined },
  phase: { phase: undefined },
  run: { run: undefined },
  dossier: { dossier: undefined },
  preview: { planPreview: undefined },
};

/** `patch` applied, and every result depending on `changed` cleared (the patch's own fields are kept). */
function change(state: PaneState, changed: readonly Slot[], patch: Partial<PaneState>): PaneState {
  const next = { ...state };
  for (const slot of invalidatedBy(changed)) Object.assign(next, CLEARED[slot]);
  return { ...next, ...patch };
}

/** The inputs an async result was computed from (taken when it was asked for): kept only if they still hold. */
export interface Basis {
  host?: WorkbookHost;
  loaded?: LoadedPlan;
  block?: string;
  sheetName: string;
  mapping?: ColumnMapping;
}

export function basisOf(state: PaneState): Basis {
  return {
    host: state.host,
    loaded: state.loaded,
    block: state.block,
    sheetName: state.sheetName,
    mapping: state.detection?.mapping,
  };
}

/** A table found still belongs to the workbook, plan and sheet choice (its mapping is the new one). */
function tableCurrent(state: PaneState, basis: Basis): boolean {
  return state.host === basis.host && state.loaded === basis.loaded && state.sheetName === basis.sheetName;
}

/** A result computed from a mapping still belongs to the workbook, plan, block and that very mapping. */
function current(state: PaneState, basis: Basis): boolean {
  return (
    state.host === basis.host &&
    state.loaded === basis.loaded &&
    state.block === basis.block &&
    state.detection?.mapping === basis.mapping
  );
}

function defaultBlock(loaded: LoadedPlan, keep?: string): string | undefined {
  const blocks = loaded.plan.blocks;
  if (keep !== undefined && blocks.some((b) => b.id === keep)) return keep;
  return blocks.length === 1 ? blocks[0].id : undefined;
}

export type PaneAction =
  | { type: 'lang-chosen'; lang: UiLang }
  | { type: 'step-chosen'; step: StepId }
  /** A failure to show; undefined clears it. */
  | { type: 'error'; error: unknown }
  | { type: 'signed-in'; account?: string }
  /** A workbook opened (a file, or the forms' merged summary): the plan and block stay, the rest was its own. */
  | { type: 'workbook-opened'; host: WorkbookHost }
  /** The workbook's settings as read on opening, with the plan it stores (its block kept if it has it). */
  | { type: 'workbook-read'; host: WorkbookHost; settings: Record<string, string>; plan?: LoadedPlan }
  /** The settings re-read after the pane saved some (mapping, council decision, dossier settings). */
  | { type: 'settings-saved'; settings: Record<string, string> }
  | { type: 'plan-chosen'; loaded: LoadedPlan }
  | { type: 'block-chosen'; block?: string }
  | { type: 'sheet-chosen'; sheetName: string }
  /** The table found on the sheet (undefined: none), for the plan and sheet of `basis`. */
  | { type: 'table-detected'; detection?: Detection; basis: Basis }
  | { type: 'mapping-edited'; mapping: ColumnMapping; notice?: string }
  | { type: 'partial-confirmed'; confirmed: boolean }
  /** The check's re-read sheet and every problem it gives. */
  | { type: 'checked'; sheet: SheetModel; extraction: Extraction; basis: Basis }
  | { type: 'run-phase'; phase?: Phase; basis: Basis }
  | { type: 'run-finished'; run: ScoringRun; settings: Record<string, string>; basis: Basis }
  | { type: 'dossier-drafted'; dossier: DossierDraft; basis: Basis }
  | { type: 'preview-ready'; preview: PlanPreview; basis: Basis };

/** What each action changes of the chain; the results depending on it are cleared. */
const CHANGES: { [K in PaneAction['type']]: readonly Slot[] } = {
  'lang-chosen': ['lang'],
  'step-chosen': [],
  error: [],
  'signed-in': [],
  'workbook-opened': ['host'],
  'workbook-read': ['settings'],
  'settings-saved': ['settings'],
  'plan-chosen': ['plan', 'block'],
  'block-chosen': ['block'],
  'sheet-chosen': ['sheet'],
  'table-detected': ['table', 'mapping'],
  'mapping-edited': ['mapping'],
  'partial-confirmed': ['confirmation'],
  checked: ['extraction'],
  'run-phase': ['phase'],
  'run-finished': ['run', 'settings'],
  'dossier-drafted': ['dossier'],
  'preview-ready': ['preview'],
};

export function changesOf(type: PaneAction['type']): readonly Slot[] {
  return CHANGES[type];
}

export function initialPaneState(host?: WorkbookHost): PaneState {
  return { lang: 'vi', step: 'plan', host, settings: {}, sheetName: '', confirmedPartial: false };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  const changed = CHANGES[action.type];
  switch (action.type) {
    case 'lang-chosen':
      return change(state, changed, { lang: action.lang });
    case 'step-chosen':
      return { ...state, step: action.step };
    case 'error':
      return { ...state, error: action.error === undefined ? undefined : { cause: action.error } };
    case 'signed-in':
      return { ...state, account: action.account };
    case 'workbook-opened':
      return change(state, changed, { host: action.host, error: undefined });
    case 'workbook-read': {
      if (action.host !== state.host) return state;
      if (!action.plan) return change(state, changed, { settings: action.settings });
      const loaded = action.plan;
      return change(state, [...changed, ...CHANGES['plan-chosen']], {
        settings: action.settings,
        loaded,
        block: defaultBlock(loaded, state.block),
      });
    }
    case 'settings-saved':
      return change(state, changed, { settings: action.settings });
    // a failure said of the old plan, block, sheet or mapping (a refused run, no table found) is no longer true
    case 'plan-chosen':
      return change(state, changed, {
        loaded: action.loaded,
        block: defaultBlock(action.loaded),
        error: undefined,
      });
    case 'block-chosen':
      return action.block === state.block
        ? state
        : change(state, changed, { block: action.block, error: undefined });
    case 'sheet-chosen':
      return action.sheetName === state.sheetName
        ? state
        : change(state, changed, { sheetName: action.sheetName, error: undefined });
    case 'table-detected':
      if (!tableCurrent(state, action.basis)) return state;
      return change(state, changed, { detection: action.detection });
    case 'mapping-edited':
      if (!state.detection) return state;
      return change(state, changed, {
        detection: { ...state.detection, mapping: action.mapping },
        mappingNotice: action.notice,
        error: undefined,
      });
    case 'partial-confirmed':
      return { ...state, confirmedPartial: action.confirmed };
    case 'checked':
      if (!current(state, action.basis) || !state.detection) return state;
      return change(state, changed, {
        detection: { ...state.detection, sheet: action.sheet },
        extraction: action.extraction,
      });
    case 'run-phase':
      return current(state, action.basis) ? { ...state, phase: action.phase } : state;
    case 'run-finished':
      if (!current(state, action.basis)) return state;
      return change(state, changed, { run: action.run, settings: action.settings });
    case 'dossier-drafted':
      return current(state, action.basis) ? { ...state, dossier: action.dossier } : state;
    case 'preview-ready':
      return current(state, action.basis) ? { ...state, planPreview: action.preview } : state;
  }
}
