import { parseArgs } from 'node:util';
import { ENGINE_VERSION, type Lang } from '@thidua/core';
import { inLang } from '@thidua/core/workflow';
import { FileError, UsageError, type CliIo } from './io';
import { messages, type Messages } from './messages';
import { PlanProblems } from './load';
import { ScoringRefused } from './prepare';
import { plansCommand } from './commands/plans';
import { templateCommand } from './commands/template';
import { validateCommand } from './commands/validate';
import { scoreCommand } from './commands/score';
import { dossierCommand } from './commands/dossier';
import { formsCommand } from './commands/forms';
import { mergeCommand } from './commands/merge';
import { diffCommand } from './commands/diff';
import { finalCommand } from './commands/final';

export type { CliIo } from './io';

const OPTIONS = {
  plan: { type: 'string' },
  block: { type: 'string' },
  sheet: { type: 'string' },
  output: { type: 'string', short: 'o' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  rows: { type: 'string' },
  'per-criterion': { type: 'boolean' },
  'due-date': { type: 'string' },
  settings: { type: 'string' },
  'in-place': { type: 'boolean' },
  strict: { type: 'boolean' },
  'allow-partial': { type: 'boolean' },
  'show-mapping': { type: 'boolean' },
  units: { type: 'string' },
  registration: { type: 'boolean' },
  final: { type: 'boolean' },
  'replace-final': { type: 'boolean' },
  by: { type: 'string' },
  'council-sheet': { type: 'boolean' },
  decisions: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** "2024-02-29" yes, "2024-02-30" or "2023-02-29" no: a day the calendar has, written YYYY-MM-DD. */
function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export interface CliArgs {
  command: string | undefined;
  inputs: string[];
  plan?: string;
  block?: string;
  sheet?: string;
  output?: string;
  json: boolean;
  lang: Lang;
  rows?: number;
  perCriterion: boolean;
  dueDate?: string;
  /** dossier: a JSON file of dossier settings. */
  settings?: string;
  inPlace: boolean;
  strict: boolean;
  /** Score a sheet whose columns feed only part of the plan (each unit's result names what was not read). */
  allowPartial?: boolean;
  /** Print the column mapping (title, sample values, target, confidence, why) on stderr. */
  showMapping?: boolean;
  /** forms: the units (a list, or a .txt / .csv / .xlsx file of them). */
  units?: string;
  /** template: the registration sheet (đăng ký thi đua) instead of the scoring sheet. */
  registration?: boolean;
  /** score: mark this run final (kept in the workbook); final: always. */
  final?: boolean;
  /** With --final: replace the workbook's final results when they differ (the earlier record is kept). */
  replaceFinal?: boolean;
  /** With --final: who marks the results final. */
  by?: string;
  /** score: add the "Quyết định của Hội đồng" sheet (template) to the output workbook when it has none. */
  councilSheet?: boolean;
  /** score: a JSON file of council decisions (an array, or { "councilDecisions": [...] }). */
  decisions?: string;
  /** template: replace a file that is already there under the -o name. */
  force?: boolean;
}

/** --lang is needed before parsing succeeds, to say what went wrong in the right language. */
function langOf(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'vi';
  const value = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'vi';
}

/** node:util's refusal of the arguments, said in the official's language (its own text is English). */
function argumentProblem(e: unknown, m: Messages): string {
  const { code, message } = e as { code?: string; message: string };
  const named = /'([^']+)'/.exec(message)?.[1];
  const option = named?.replace(/^(-\w), (--[\w-]+).*$/, '$2').replace(/ <value>$/, '');
  if (option)
    switch (code) {
      case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
        return m.unknownOption(option);
      case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
        return /does not take an argument/.test(message)
          ? m.optionTakesNoValue(option)
          : m.optionNeedsValue(option);
      case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
        return m.extraArgument(option);
    }
  return m.badArgs(message);
}

function parse(argv: string[], m: Messages): CliArgs & { help: boolean; version: boolean } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(argumentProblem(e, m));
  }
  const v = parsed.values;
  if (v.lang !== undefined && v.lang !== 'vi' && v.lang !== 'en') throw new UsageError(m.badLang(v.lang));
  const due = v['due-date'];
  if (due !== undefined && !isCalendarDate(due)) throw new UsageError(m.badDate(due));
  let rows: number | undefined;
  if (v.rows !== undefined) {
    rows = Number(v.rows);
    if (!Number.isInteger(rows) || rows < 1 || rows > 5000) throw new UsageError(m.badRows(v.rows));
  }
  const [command, ...inputs] = parsed.positionals;
  return {
    command,
    inputs,
    plan: v.plan,
    block: v.block,
    sheet: v.sheet,
    output: v.output,
    json: v.json ?? false,
    lang: (v.lang as Lang | undefined) ?? 'vi',
    rows,
    perCriterion: v['per-criterion'] ?? false,
    dueDate: due,
    settings: v.settings,
    inPlace: v['in-place'] ?? false,
    strict: v.strict ?? false,
    allowPartial: v['allow-partial'] ?? false,
    showMapping: v['show-mapping'] ?? false,
    units: v.units,
    registration: v.registration ?? false,
    final: v.final ?? false,
    replaceFinal: v['replace-final'] ?? false,
    by: v.by,
    councilSheet: v['council-sheet'] ?? false,
    decisions: v.decisions,
    force: v.force ?? false,
    help: v.help ?? false,
    version: v.version ?? false,
  };
}

/**
 * Runs the CLI and returns its exit code: 0 success, 1 problems in the data or plan, 2 usage or unreadable file.
 * Never throws; never prints a stack trace.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let m = messages(langOf(argv));
  try {
    const args = parse(argv, m);
    m = messages(args.lang);
    if (args.version) {
      io.stdout(`thidua ${ENGINE_VERSION}\n`);
      return 0;
    }
    if (args.help || !args.command) {
      io.stdout(`${m.usage}\n`);
      return args.command || args.help ? 0 : 2;
    }
    switch (args.command) {
      case 'plans':
        return plansCommand(args, io);
      case 'template':
        return await templateCommand(args, io, m);
      case 'validate':
        return await validateCommand(args, io, m);
      case 'score':
        return await scoreCommand(args, io, m);
      case 'dossier':
        return await dossierCommand(args, io, m);
      case 'forms':
        return await formsCommand(args, io, m);
      case 'merge':
        return await mergeCommand(args, io, m);
      case 'diff':
        return await diffCommand(args, io, m);
      case 'final':
        return await finalCommand(args, io, m);
      default:
        throw new UsageError(m.unknownCommand(args.command));
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${e.message}\n\n${m.usage}\n`);
      return 2;
    }
    if (e instanceof FileError) {
      io.stderr(`${e.message}\n`);
      return 2;
    }
    if (e instanceof ScoringRefused) {
      io.stderr(`${e.message}\n`);
      return 1;
    }
    if (e instanceof PlanProblems) {
      io.stderr(
        `${m.invalidPlan}\n${e.problems.map((p) => `  ${p.path}: ${inLang(p, m.lang)}`).join('\n')}\n`,
      );
      return 1;
    }
    io.stderr(`${m.unexpected((e as Error)?.message ?? String(e))}\n`);
    return 2;
  }
}
