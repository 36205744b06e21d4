import type ExcelJS from 'exceljs';
import {
  readWorkbook,
  openWorkbookBytes,
  droppedParts,
  type DroppedPart,
} from '@thidua/core/adapters/exceljs';
import { WorkbookReadError, type WorkbookModel } from '@thidua/core/sheet';
import {
  compilePlanDocument,
  duplicateKeyMessage,
  builtInPlan,
  builtInPlanIds,
  type UnitInput,
  type Plan,
  type Problem,
} from '@thidua/core';
import { FileError, systemCode, UsageError, type CliIo } from './io';
import type { Messages } from './messages';
import { render } from '@thidua/core/messages';

export interface LoadedPlan {
  plan: Plan;
  /** What a score request names: the built-in id, or the whole document. */
  ref: string | Record<string, unknown>;
}

/** A plan document or built-in plan that failed validation: exit code 1. */
export class PlanProblems extends Error {
  constructor(readonly problems: Problem[]) {
    super('invalid plan');
  }
}

/**
 * A file's bytes. "-" (standard input) is refused in one sentence. A name with Vietnamese letters may reach us
 * composed (NFC, as typed on Windows) while the file on disk is spelled decomposed (NFD, as macOS and some zip
 * tools write it), or the other way round: when the spelling given is not there, the other one is tried.
 */
export async function readBytes(
  io: CliIo,
  path: string,
  m: Messages,
): Promise<{ data: Uint8Array; path: string }> {
  if (path === '-' || path.trim() === '') throw new UsageError(m.noStdin(path));
  try {
    return { data: await io.readFile(path), path };
  } catch (e) {
    if ((e as NodeJS.ErrnoException)?.code === 'ENOENT')
      for (const form of ['NFC', 'NFD'] as const) {
        const other = path.normalize(form);
        if (other === path) continue;
        try {
          return { data: await io.readFile(other), path: other };
        } catch {
          // not there either: the first reason is the one said
        }
      }
    throw new FileError(m.unreadable(path, systemCode(e)));
  }
}

export async function readText(io: CliIo, path: string, m: Messages): Promise<string> {
  const { data } = await readBytes(io, path, m);
  return new TextDecoder('utf-8').decode(data).replace(/^\uFEFF/, '');
}

export async function readJson(io: CliIo, path: string, m: Messages): Promise<unknown> {
  return parseJsonFile(await readText(io, path, m), path, m);
}

/** A JSON file's value; malformed, or a key written twice in one object (which was meant?), is refused. */
function parseJsonFile(text: string, path: string, m: Messages): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new FileError(m.notJson(path));
  }
  const duplicate = duplicateKeyMessage(text, value);
  if (duplicate) throw new FileError(m.jsonProblem(path, render(duplicate, m.lang)));
  return value;
}

function planFromDocument(doc: unknown): LoadedPlan {
  const compiled = compilePlanDocument(doc, 'plan');
  if (!compiled.ok) throw new PlanProblems(compiled.problems);
  return { plan: compiled.compiled.plan, ref: doc as Record<string, unknown> };
}

/** --plan is a built-in id or a path to a plan.json; without it, the plan the input carries. */
export async function loadPlan(
  spec: string | undefined,
  io: CliIo,
  m: Messages,
  carried?: unknown,
): Promise<LoadedPlan> {
  if (spec === undefined) {
    if (typeof carried === 'string') return loadPlan(carried, io, m);
    if (carried && typeof carried === 'object') return planFromDocument(carried);
    throw new UsageError(m.needPlan);
  }
  const builtIn = builtInPlan(spec);
  if (builtIn) return { plan: builtIn.plan, ref: spec };
  if (/\.json$/i.test(spec) || /[\\/]/.test(spec)) return planFromDocument(await readJson(io, spec, m));
  throw new UsageError(m.unknownPlan(spec, builtInPlanIds()));
}

export type LoadedInput =
  | {
      kind: 'json';
      path: string;
      size: number;
      units: UnitInput[];
      plan?: unknown;
      options?: Record<string, unknown>;
    }
  | {
      kind: 'xlsx';
      path: string;
      size: number;
      workbook: ExcelJS.Workbook;
      /** The file as read, for what ExcelJS does not keep (put back into the copy it writes). */
      bytes: Uint8Array;
      model: WorkbookModel;
      /** What the file holds that a workbook written from it will not (macros, charts…). */
      dropped: DroppedPart[];
    };

export async function loadInput(given: string, io: CliIo, m: Messages): Promise<LoadedInput> {
  if (/\.json$/i.test(given)) {
    const path = given;
    const text = await readText(io, path, m);
    const body = parseJsonFile(text, path, m);
    const obj = (Array.isArray(body) ? { units: body } : body) as Record<string, unknown>;
    if (!obj || typeof obj !== 'object' || !Array.isArray(obj.units)) throw new FileError(m.notJson(path));
    return {
      kind: 'json',
      path,
      size: text.length,
      units: obj.units as UnitInput[],
      plan: obj.plan,
      options: obj.options as Record<string, unknown> | undefined,
    };
  }
  // Anything else is a workbook, whatever its name: what it really is comes from its content. Its path is the
  // spelling found on disk, so that an output spelled the same is known to be the input.
  const { data, path } = await readBytes(io, given, m);
  try {
    const workbook = await openWorkbookBytes(data);
    return {
      kind: 'xlsx',
      path,
      size: data.byteLength,
      workbook,
      bytes: data,
      model: readWorkbook(workbook),
      dropped: droppedParts(data),
    };
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new FileError(m.workbook(e.problem, path));
    throw e;
  }
}
