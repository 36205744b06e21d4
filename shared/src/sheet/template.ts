import type { Criterion, Fact, Plan, Target } from '../plan/schema';
import { render, say, word, type Message } from '../messages';
import { formatNumber, type Lang } from '../values';
import type { CellKind, CellValue, WriteBlock } from './model';
import { emptyWritePlan, type DataValidationSpec, type ExtendedWritePlan } from './write-extras';
import { SETTING_KEYS } from './write-plan';
import { mappingSettingKey, mappingToSetting, type ColumnMapping, type MappingTarget } from './mapping';
import { planToSheet } from './plan-sheet';
import { headerText } from './detect';
import { makeView } from './grid';
import type { SheetModel } from './model';

export interface TemplateOptions {
  block?: string;
  lang?: Lang;
  /** Unit names to pre-fill, one per row. */
  units?: string[];
  /** Empty rows to offer when no units are given. */
  rows?: number;
  /** The registration sheet (đăng ký thi đua): the registration date and titles only, not the criteria. */
  registration?: boolean;
}

export interface Template {
  writePlan: ExtendedWritePlan;
  sheet: string;
  mapping: ColumnMapping;
}

const yesNo = (lang: Lang) => [word('value.yes', lang), word('value.no', lang)];

export interface ColumnSpec {
  header: string;
  hint: string;
  kind: CellKind;
  format: string;
  width: number;
  validation?: Omit<DataValidationSpec, 'sheet' | 'range'>;
  target: MappingTarget;
}

/** An individual's collective: the name (or id) of the unit it belongs to, as another row of the sheet has it. */
function collectiveColumn(lang: Lang): ColumnSpec {
  return {
    header: word('template.collective', lang),
    hint: word('template.collective-hint', lang),
    kind: 'text',
    format: '@',
    width: 24,
    target: { kind: 'unitField', id: 'collective' },
  };
}

function criterionColumn(c: Criterion, lang: Lang): ColumnSpec {
  const max = formatNumber(c.maxPoints, undefined, lang);
  const title = (lang === 'en' ? c.titleEn : undefined) ?? c.title;
  const header = `${c.number}. ${title} (${render(say('template.max', { max }), lang)})`;
  const target = { kind: 'criterion' as const, id: c.id };
  const s = c.scoring;
  switch (s.kind) {
    case 'scale': {
      const labels = s.levels.map((l) => (lang === 'en' ? (l.labelEn ?? l.label) : l.label));
      return {
        header,
        hint: labels.join(' / '),
        kind: 'text',
        format: '@',
        width: 14,
        target,
        validation:
          labels.join(',').length < 250 && !labels.some((l) => l.includes(','))
            ? {
                type: 'list',
                list: labels,
                error: render(say('template.choose-level', { levels: labels }), lang),
              }
            : undefined,
      };
    }
    case 'yesNo':
      return {
        header,
        hint: word('template.yes-no', lang),
        kind: 'text',
        format: '@',
        width: 14,
        target,
        validation: {
          type: 'list',
          list: yesNo(lang),
          error: word('template.choose-yes-no', lang),
        },
      };
    case 'rate':
      return {
        header,
        hint: render(say('template.rate-target', { target: s.target }), lang),
        kind: 'percent',
        format: '0.0%',
        width: 14,
        target,
        validation: {
          type: 'decimal',
          min: 0,
          max: 1,
          error: word('template.rate-error', lang),
        },
      };
    case 'count':
      return {
        header,
        hint: word('template.count', lang),
        kind: 'number',
        format: '#,##0',
        width: 14,
        target,
        validation: {
          type: 'whole',
          min: 0,
          error: word('template.whole-error', lang),
        },
      };
    case 'bonus':
    case 'deduction':
      if (s.input === 'count')
        return {
          header,
          hint: word('template.times', lang),
          kind: 'number',
          format: '#,##0',
          width: 14,
          target,
          validation: {
            type: 'whole',
            min: 0,
            error: word('template.whole-error', lang),
          },
        };
    // falls through: points entered directly
    default:
      return {
        header,
        hint: render(say('template.points', { max }), lang),
        kind: 'points',
        format: '0.00',
        width: 14,
        target,
        validation: {
          type: 'decimal',
          min: 0,
          max: c.maxPoints,
          error: render(say('template.points-error', { max }), lang),
        },
      };
  }
}

/** A target (chỉ tiêu): the unit's value, compared with the plan's target (not points). */
function targetColumn(t: Target, lang: Lang): ColumnSpec {
  const title = (lang === 'en' ? t.titleEn : undefined) ?? t.title;
  const sign = t.comparison === 'moreThan' ? '>' : '≥';
  const goal =
    t.unit === '%' ? `${formatNumber(t.target, undefined, lang)}%` : formatNumber(t.target, undefined, lang);
  const header =
    t.unit === 'yesNo'
      ? `${t.number}. ${title}`
      : `${t.number}. ${title} (${render(say('template.goal', { sign, goal }), lang)})`;
  const target = { kind: 'target' as const, id: t.id };
  if (t.unit === 'yesNo')
    return {
      header,
      hint: word('template.yes-no', lang),
      kind: 'text',
      format: '@',
      width: 14,
      target,
      validation: { type: 'list', list: yesNo(lang) },
    };
  if (t.unit === '%')
    return {
      header,
      hint: word('template.rate', lang),
      kind: 'percent',
      format: '0.0%',
      width: 14,
      target,
      validation: {
        type: 'decimal',
        min: 0,
        max: 1,
        error: word('template.rate-error', lang),
      },
    };
  return {
    header,
    hint: word('template.number', lang),
    kind: 'number',
    format: 'General',
    width: 14,
    target,
    validation: { type: 'decimal', min: 0 },
  };
}

const BASE_TYPE: Record<string, Fact['type']> = {
  ratingByYear: 'rating',
  numberByYear: 'number',
  booleanByYear: 'boolean',
  rateByYear: 'rate',
};

/** One column per fact; a per-year fact gets one column per year ("<label> 2021", fed to "<id>_2021"). */
function factColumns(f: Fact, lang: Lang): ColumnSpec[] {
  const base = BASE_TYPE[f.type];
  const years = (f as Fact & { years?: (string | number)[] }).years;
  if (!base || !years?.length) return [factColumn(f, lang)];
  return years.map((year) => {
    const spec = factColumn({ ...f, type: base }, lang);
    return { ...spec, header: `${spec.header} ${year}`, target: { kind: 'fact', id: `${f.id}_${year}` } };
  });
}

function factColumn(f: Fact, lang: Lang): ColumnSpec {
  const header = `${(lang === 'en' ? f.labelEn : undefined) ?? f.label}`;
  const target = { kind: 'fact' as const, id: f.id };
  const base = { header, target, width: 16 };
  switch (f.type) {
    case 'count':
      return {
        ...base,
        hint: word('template.whole', lang),
        kind: 'number',
        format: '#,##0',
        validation: {
          type: 'whole',
          min: 0,
          error: word('template.whole-error', lang),
        },
      };
    case 'rate':
      return {
        ...base,
        hint: word('template.rate', lang),
        kind: 'percent',
        format: '0.0%',
        validation: {
          type: 'decimal',
          min: 0,
          max: 1,
          error: word('template.rate-error', lang),
        },
      };
    case 'number':
      return {
        ...base,
        hint: word('template.number', lang),
        kind: 'number',
        format: 'General',
        validation: { type: 'decimal' },
      };
    case 'boolean':
      return {
        ...base,
        hint: word('template.yes-no', lang),
        kind: 'text',
        format: '@',
        validation: { type: 'list', list: yesNo(lang) },
      };
    case 'rating':
      return {
        ...base,
        hint: (f.scale ?? []).join(' / '),
        kind: 'text',
        format: '@',
        validation: f.scale && f.scale.join(',').length < 250 ? { type: 'list', list: f.scale } : undefined,
      };
    case 'date':
      return {
        ...base,
        hint: word('template.date', lang),
        kind: 'number',
        format: 'dd/mm/yyyy',
        validation: { type: 'date' },
      };
    default:
      return { ...base, hint: word('template.text', lang), kind: 'text', format: '@' };
  }
}

/** Whether a plan item (criterion, target, fact) is reported by units of `block`; every item when no block. */
export const reportedByBlock = (appliesTo: string[] | undefined, block: string | undefined): boolean =>
  !appliesTo || block === undefined || appliesTo.includes(block);

/**
 * What a unit reports for the plan, in order: its collective (individuals), one item per criterion, target and fact
 * (one per year of a per-year fact) that applies to `block` (all when none) — each with its title, how to write it,
 * its cell format and validation. The scoring template has one column per item, a self-assessment form one row per
 * item.
 */
export function templateColumns(
  plan: Plan,
  lang: Lang,
  opts: { individuals?: boolean; block?: string } = {},
): ColumnSpec[] {
  const applies = (item: { appliesTo?: string[] }) => reportedByBlock(item.appliesTo, opts.block);
  return [
    ...(opts.individuals ? [collectiveColumn(lang)] : []),
    ...plan.criteria.filter(applies).map((c) => criterionColumn(c, lang)),
    ...(plan.targets ?? []).filter(applies).map((t) => targetColumn(t, lang)),
    ...plan.facts.filter(applies).flatMap((f) => factColumns(f, lang)),
  ];
}

/** The facts a registration carries (the date, one yes/no per title), as columns. */
function registrationColumns(plan: Plan, lang: Lang): ColumnSpec[] {
  const r = plan.registration;
  if (!r) throw new RangeError(`Plan "${plan.id}" has no registration`);
  const ids = new Set([r.fact, ...(r.titles ?? []).map((t) => `dangKy-${t.id}`)]);
  return plan.facts.filter((f) => ids.has(f.id)).flatMap((f) => factColumns(f, lang));
}

function planLine(plan: Plan, lang: Lang, blockName: string): string {
  const { title, version } = plan;
  return render(say('guide.plan', { title, number: plan.source.number, version, block: blockName }), lang);
}

function registrationInstructions(plan: Plan, lang: Lang, sheetName: string, blockName: string): string[] {
  const r = plan.registration;
  const deadline = r ? r.deadline.split('-').reverse().join('/') : '…';
  const titles = (r?.titles ?? []).map((t) => `  • ${(lang === 'en' ? t.nameEn : undefined) ?? t.name}`);
  const text = (message: Message) => render(message, lang);
  return [
    word('guide.register.heading', lang),
    planLine(plan, lang, blockName),
    text(say('guide.register.rows', { sheet: sheetName })),
    text(say('guide.register.deadline', { deadline })),
    ...(titles.length ? [word('guide.register.titles', lang), ...titles] : []),
    text(say('guide.register.then', { plan: plan.id })),
  ];
}

function instructions(plan: Plan, lang: Lang, sheetName: string, blockName: string): string[] {
  const text = (message: Message) => render(message, lang);
  const tiers = plan.awards.tiers.map((t) =>
    text(
      say('guide.tier', {
        name: { vi: t.name, en: t.nameEn },
        count: t.count,
        prize: t.prize,
        minTotal: t.minTotal,
      }),
    ),
  );
  const exclusions = plan.exclusions.map(
    (e) => `  • ${((lang === 'en' ? e.reasonEn : undefined) ?? e.reason).replace(/\{\w+\}/g, 'N')}`,
  );
  return [
    word('guide.heading', lang),
    planLine(plan, lang, blockName),
    text(say('guide.rows', { sheet: sheetName })),
    word('guide.values', lang),
    word('guide.exclusions', lang),
    ...exclusions,
    word('guide.headers', lang),
    text(say('guide.score', { plan: plan.id })),
    word('guide.awards', lang),
    ...tiers,
    word('guide.stored', lang),
  ];
}

/** A SheetModel (the "Tiêu chí" sheet) as write blocks, one per row so each cell keeps its own format. */
export function sheetToBlocks(sheet: SheetModel): WriteBlock[] {
  return sheet.values
    .map((row, r): WriteBlock => ({
      sheet: sheet.name,
      at: { row: sheet.origin.row + r, col: sheet.origin.col },
      values: [row],
      columnKinds: row.map((v) => (typeof v === 'number' ? 'number' : 'text')),
      columnFormats: row.map((v, c) => sheet.numberFormats?.[r]?.[c] ?? (typeof v === 'number' ? null : '@')),
    }))
    .filter((b) => b.values[0].some((v) => v !== null));
}

/**
 * A fresh workbook for a plan and block: one row per unit, one column per criterion (text and maximum in the
 * header), formats and data validation per kind, the exclusion facts, an instructions sheet, and the plan and
 * mapping stored in settings so the workbook carries its own configuration.
 */
export function buildTemplate(plan: Plan, opts: TemplateOptions = {}): Template {
  const lang = opts.lang ?? 'vi';
  const block = opts.block
    ? plan.blocks.find((b) => b.id === opts.block)
    : plan.blocks.length === 1
      ? plan.blocks[0]
      : undefined;
  if (opts.block && !block) throw new RangeError(`Unknown block "${opts.block}"`);
  const registration = opts.registration === true;
  const sheet = word(registration ? 'template.registration-sheet' : 'template.sheet', lang);
  const guide = word('template.guide', lang);
  const blockName = block
    ? ((lang === 'en' ? block.nameEn : undefined) ?? block.name)
    : plan.blocks.map((b) => b.name).join(', ');
  // Individuals name their collective: one column for it when the sheet holds (or may hold) individuals.
  const individuals = block ? block.kind === 'individual' : plan.blocks.some((b) => b.kind === 'individual');
  const specs = registration
    ? registrationColumns(plan, lang)
    : templateColumns(plan, lang, { individuals, block: block?.id });
  const withBlockColumn = !block;
  const firstData = withBlockColumn ? 3 : 2;
  const headerRow = 4;
  const hintRow = 5;
  const dataStart = 6;
  const units = opts.units ?? [];
  const rows = Math.max(units.length, opts.rows ?? (units.length ? 0 : 30));
  const dataEnd = dataStart + rows - 1;

  const leading: { header: string; kind: CellKind; width: number }[] = [
    { header: word('column.no', lang), kind: 'number', width: 6 },
    { header: word('template.unit-name', lang), kind: 'text', width: 34 },
  ];
  if (withBlockColumn) leading.push({ header: word('column.block', lang), kind: 'text', width: 14 });

  const wp = emptyWritePlan();
  wp.sheets.push({ name: sheet, mode: 'createOrReplace' }, { name: guide, mode: 'createOrReplace' });
  const titleBlock: WriteBlock = {
    sheet,
    at: { row: 0, col: 0 },
    values: [
      [word(registration ? 'template.registration-title' : 'template.title', lang)],
      [plan.title],
      [render(say('sheet.block-line', { block: blockName, source: plan.source.number }), lang)],
    ],
    columnKinds: ['text'],
  };
  const header: CellValue[] = [...leading.map((l) => l.header), ...specs.map((s) => s.header)];
  const hints: CellValue[] = [...leading.map(() => null), ...specs.map((s) => s.hint)];
  const body: CellValue[][] = [];
  for (let i = 0; i < rows; i++) {
    const name = units[i] ?? null;
    const line: CellValue[] = [name === null ? null : i + 1, name];
    if (withBlockColumn) line.push(null);
    body.push([...line, ...specs.map(() => null)]);
  }
  const table: WriteBlock = {
    sheet,
    at: { row: headerRow, col: 0 },
    values: [header, hints, ...body],
    columnKinds: [...leading.map((l) => l.kind), ...specs.map((s) => s.kind)],
    columnFormats: [...leading.map((l) => (l.kind === 'text' ? '@' : '0')), ...specs.map((s) => s.format)],
    headerRows: 2,
  };
  wp.blocks.push(titleBlock, table);
  wp.blocks.push({
    sheet: guide,
    at: { row: 0, col: 0 },
    values: (registration ? registrationInstructions : instructions)(plan, lang, sheet, blockName).map(
      (l) => [l],
    ),
    columnKinds: ['text'],
  });
  wp.columnWidths.push({ sheet: guide, col: 0, width: 120 });
  const criteriaSheet = planToSheet(plan, lang);
  wp.sheets.push({ name: criteriaSheet.name, mode: 'createOrReplace' });
  wp.blocks.push(...sheetToBlocks(criteriaSheet));
  wp.columnWidths.push(
    ...(criteriaSheet.values[0] ?? []).map((_, col) => ({
      sheet: criteriaSheet.name,
      col,
      width: col === 2 ? 60 : col < 2 ? 8 : 14,
    })),
  );
  leading.forEach((l, i) => wp.columnWidths.push({ sheet, col: i, width: l.width }));
  specs.forEach((s, i) => wp.columnWidths.push({ sheet, col: firstData + i, width: s.width }));
  wp.freeze = [{ sheet, at: { row: dataStart, col: 2 } }];
  wp.validations = [];
  if (rows > 0) {
    specs.forEach((s, i) => {
      if (s.validation)
        wp.validations?.push({
          sheet,
          range: { top: dataStart, left: firstData + i, bottom: dataEnd, right: firstData + i },
          prompt: s.hint,
          ...s.validation,
        });
    });
    if (withBlockColumn)
      wp.validations.push({
        sheet,
        range: { top: dataStart, left: 2, bottom: dataEnd, right: 2 },
        type: 'list',
        list: plan.blocks.map((b) => b.id),
      });
  }

  const headerView = makeView(
    { name: sheet, origin: { row: headerRow, col: 0 }, values: [header, hints] },
    'rows',
  );
  const mapping: ColumnMapping = {
    version: 1,
    planId: plan.id,
    sheet,
    orientation: 'rows',
    headerRows: [headerRow, hintRow],
    dataStart,
    dataEnd: Math.max(dataStart, dataEnd),
    nameIndex: 1,
    ...(withBlockColumn ? { blockIndex: 2 } : { fixedBlock: (block as NonNullable<typeof block>).id }),
    columns: specs.map((s, i) => ({
      index: firstData + i,
      // The header exactly as the reader will see it later (both header rows), so a re-read reports no change.
      header: headerText(headerView, [headerRow, hintRow], firstData + i),
      target: s.target,
      confidence: 1,
      reason: word('template.mapped', lang),
    })),
  };
  wp.settings[SETTING_KEYS.plan] = JSON.stringify(plan);
  wp.settings[mappingSettingKey(sheet)] = mappingToSetting(mapping);
  return { writePlan: wp, sheet, mapping };
}
