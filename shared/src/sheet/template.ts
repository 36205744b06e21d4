import type { Criterion, Fact, Plan, Target } from '../plan/schema';
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

const YES_NO = { vi: ['Có', 'Không'], en: ['Yes', 'No'] };

const T = {
  sheet: { vi: 'Bảng chấm điểm', en: 'Scoring sheet' },
  guide: { vi: 'Hướng dẫn', en: 'Instructions' },
  title: { vi: 'BẢNG CHẤM ĐIỂM THI ĐUA', en: 'EMULATION SCORING SHEET' },
  stt: { vi: 'STT', en: 'No.' },
  name: { vi: 'Tên đơn vị', en: 'Unit' },
  block: { vi: 'Khối', en: 'Block' },
  max: { vi: (n: string) => `tối đa ${n} điểm`, en: (n: string) => `max ${n} points` },
  fact: { vi: 'Dữ kiện xét "không xét thi đua"', en: 'Fact for exclusions' },
  collective: { vi: 'Thuộc tập thể', en: 'Collective' },
  registrationSheet: { vi: 'Đăng ký thi đua', en: 'Registration' },
  registrationTitle: { vi: 'DANH SÁCH ĐĂNG KÝ THI ĐUA', en: 'EMULATION REGISTRATIONS' },
};

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
    header: T.collective[lang],
    hint: lang === 'en' ? 'Name of the collective' : 'Tên tập thể',
    kind: 'text',
    format: '@',
    width: 24,
    target: { kind: 'unitField', id: 'collective' },
  };
}

function criterionColumn(c: Criterion, lang: Lang): ColumnSpec {
  const max = formatNumber(c.maxPoints, undefined, lang);
  const title = (lang === 'en' ? c.titleEn : undefined) ?? c.title;
  const header = `${c.number}. ${title} (${T.max[lang](max)})`;
  const target = { kind: 'criterion' as const, id: c.id };
  const s = c.scoring;
  const vi = lang === 'vi';
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
                error: vi ? `Chọn một mức: ${labels.join(', ')}` : `Choose: ${labels.join(', ')}`,
              }
            : undefined,
      };
    }
    case 'yesNo':
      return {
        header,
        hint: vi ? 'Có / Không' : 'Yes / No',
        kind: 'text',
        format: '@',
        width: 14,
        target,
        validation: {
          type: 'list',
          list: YES_NO[lang],
          error: vi ? 'Chọn "Có" hoặc "Không"' : 'Choose Yes or No',
        },
      };
    case 'rate':
      return {
        header,
        hint: vi
          ? `Tỷ lệ % (mục tiêu ${formatNumber(s.target, undefined, lang)}%)`
          : `Rate % (target ${s.target}%)`,
        kind: 'percent',
        format: '0.0%',
        width: 14,
        target,
        validation: {
          type: 'decimal',
          min: 0,
          max: 1,
          error: vi ? 'Nhập tỷ lệ từ 0% đến 100%, ví dụ 80,5%' : 'Enter a rate from 0% to 100%',
        },
      };
    case 'count':
      return {
        header,
        hint: vi ? 'Số lượng (số nguyên ≥ 0)' : 'Count (whole number ≥ 0)',
        kind: 'number',
        format: '#,##0',
        width: 14,
        target,
        validation: {
          type: 'whole',
          min: 0,
          error: vi ? 'Nhập số nguyên từ 0 trở lên' : 'Enter a whole number ≥ 0',
        },
      };
    case 'bonus':
    case 'deduction':
      if (s.input === 'count')
        return {
          header,
          hint: vi ? 'Số lần (số nguyên ≥ 0)' : 'Times (whole number ≥ 0)',
          kind: 'number',
          format: '#,##0',
          width: 14,
          target,
          validation: {
            type: 'whole',
            min: 0,
            error: vi ? 'Nhập số nguyên từ 0 trở lên' : 'Enter a whole number ≥ 0',
          },
        };
    // falls through: points entered directly
    default:
      return {
        header,
        hint: vi ? `Điểm (0 – ${max})` : `Points (0 – ${max})`,
        kind: 'points',
        format: '0.00',
        width: 14,
        target,
        validation: {
          type: 'decimal',
          min: 0,
          max: c.maxPoints,
          error: vi ? `Nhập điểm từ 0 đến ${max}` : `Enter points from 0 to ${max}`,
        },
      };
  }
}

/** A target (chỉ tiêu): the unit's value, compared with the plan's target (not points). */
function targetColumn(t: Target, lang: Lang): ColumnSpec {
  const vi = lang === 'vi';
  const title = (lang === 'en' ? t.titleEn : undefined) ?? t.title;
  const sign = t.comparison === 'moreThan' ? '>' : '≥';
  const goal =
    t.unit === '%' ? `${formatNumber(t.target, undefined, lang)}%` : formatNumber(t.target, undefined, lang);
  const header =
    t.unit === 'yesNo'
      ? `${t.number}. ${title}`
      : `${t.number}. ${title} (${vi ? 'mục tiêu' : 'target'} ${sign} ${goal})`;
  const target = { kind: 'target' as const, id: t.id };
  if (t.unit === 'yesNo')
    return {
      header,
      hint: vi ? 'Có / Không' : 'Yes / No',
      kind: 'text',
      format: '@',
      width: 14,
      target,
      validation: { type: 'list', list: YES_NO[lang] },
    };
  if (t.unit === '%')
    return {
      header,
      hint: vi ? 'Tỷ lệ %' : 'Rate %',
      kind: 'percent',
      format: '0.0%',
      width: 14,
      target,
      validation: {
        type: 'decimal',
        min: 0,
        max: 1,
        error: vi ? 'Nhập tỷ lệ từ 0% đến 100%, ví dụ 80,5%' : 'Enter a rate from 0% to 100%',
      },
    };
  return {
    header,
    hint: vi ? 'Số' : 'Number',
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
  const vi = lang === 'vi';
  const base = { header, target, width: 16 };
  switch (f.type) {
    case 'count':
      return {
        ...base,
        hint: vi ? 'Số nguyên ≥ 0' : 'Whole number ≥ 0',
        kind: 'number',
        format: '#,##0',
        validation: {
          type: 'whole',
          min: 0,
          error: vi ? 'Nhập số nguyên từ 0 trở lên' : 'Enter a whole number ≥ 0',
        },
      };
    case 'rate':
      return {
        ...base,
        hint: vi ? 'Tỷ lệ %' : 'Rate %',
        kind: 'percent',
        format: '0.0%',
        validation: {
          type: 'decimal',
          min: 0,
          max: 1,
          error: vi ? 'Nhập tỷ lệ từ 0% đến 100%, ví dụ 80,5%' : 'Enter a rate from 0% to 100%',
        },
      };
    case 'number':
      return {
        ...base,
        hint: vi ? 'Số' : 'Number',
        kind: 'number',
        format: 'General',
        validation: { type: 'decimal' },
      };
    case 'boolean':
      return {
        ...base,
        hint: vi ? 'Có / Không' : 'Yes / No',
        kind: 'text',
        format: '@',
        validation: { type: 'list', list: YES_NO[lang] },
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
        hint: vi ? 'Ngày (dd/mm/yyyy)' : 'Date',
        kind: 'number',
        format: 'dd/mm/yyyy',
        validation: { type: 'date' },
      };
    default:
      return { ...base, hint: vi ? 'Văn bản' : 'Text', kind: 'text', format: '@' };
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

function registrationInstructions(plan: Plan, lang: Lang, sheetName: string, blockName: string): string[] {
  const r = plan.registration;
  const deadline = r ? r.deadline.split('-').reverse().join('/') : '…';
  const titles = (r?.titles ?? []).map((t) => `  • ${(lang === 'en' ? t.nameEn : undefined) ?? t.name}`);
  if (lang === 'en')
    return [
      'HOW TO REGISTER',
      `Plan: ${plan.title} (${plan.source.number}, version ${plan.version}). Block: ${blockName}.`,
      `1. On the sheet "${sheetName}", one row per unit: its name, the date it registered (dd/mm/yyyy), and Yes/No for each title.`,
      `2. The deadline is ${deadline}: a unit not registered by then is not considered.`,
      ...(titles.length ? ['3. Titles:', ...titles] : []),
      `Then: thidua forms --plan ${plan.id} --units <this file>.xlsx -o <folder> makes each unit's self-assessment form.`,
    ];
  return [
    'HƯỚNG DẪN ĐĂNG KÝ THI ĐUA',
    `Kế hoạch: ${plan.title} (${plan.source.number}, phiên bản ${plan.version}). Khối: ${blockName}.`,
    `1. Ở sheet "${sheetName}", mỗi dòng một đơn vị: tên đơn vị, ngày đăng ký (dd/mm/yyyy) và Có/Không cho từng danh hiệu.`,
    `2. Hạn đăng ký: ${deadline}. Đơn vị không đăng ký hoặc đăng ký sau hạn thì không được xét thi đua.`,
    ...(titles.length ? ['3. Các danh hiệu đăng ký:', ...titles] : []),
    `Sau đó: thidua forms --plan ${plan.id} --units <tệp này>.xlsx -o <thư mục> tạo phiếu tự chấm điểm cho từng đơn vị.`,
  ];
}

function instructions(plan: Plan, lang: Lang, sheetName: string, blockName: string): string[] {
  const tiers = plan.awards.tiers.map(
    (t) =>
      `  • ${(lang === 'en' ? t.nameEn : undefined) ?? t.name}: ${t.count} × ${t.prize === null ? (lang === 'en' ? 'prize not set' : 'chưa quy định tiền thưởng') : `${formatNumber(t.prize, 0, lang)} ${lang === 'en' ? 'VND' : 'đồng'}`}, ${lang === 'en' ? 'from' : 'từ'} ${formatNumber(t.minTotal, undefined, lang)} ${lang === 'en' ? 'points' : 'điểm'}`,
  );
  const exclusions = plan.exclusions.map(
    (e) => `  • ${((lang === 'en' ? e.reasonEn : undefined) ?? e.reason).replace(/\{\w+\}/g, 'N')}`,
  );
  if (lang === 'en')
    return [
      'HOW TO FILL IN THIS WORKBOOK',
      `Plan: ${plan.title} (${plan.source.number}, version ${plan.version}). Block: ${blockName}.`,
      `1. On the sheet "${sheetName}", one row per unit: its name in column B, then one value per criterion.`,
      '2. Yes/No criteria: choose Yes or No. Rates: a percentage (80.5%). Counts: a whole number. Points: at most the maximum.',
      '3. The last columns are the facts used for the "not considered" rules:',
      ...exclusions,
      '4. Do not change the header rows. Leave a cell empty when the figure is unknown — it is reported, never scored as zero silently.',
      `5. Score with: thidua score --plan ${plan.id} <this file>.xlsx -o <result>.xlsx — results go to the right of the table, one blank column apart; your cells are never changed.`,
      '6. Awards:',
      ...tiers,
      'The plan and this sheet’s layout are stored inside the workbook, so the result can be checked later.',
    ];
  return [
    'HƯỚNG DẪN NHẬP SỐ LIỆU',
    `Kế hoạch: ${plan.title} (${plan.source.number}, phiên bản ${plan.version}). Khối: ${blockName}.`,
    `1. Ở sheet "${sheetName}", mỗi dòng một đơn vị: tên đơn vị ở cột B, sau đó mỗi cột một tiêu chí.`,
    '2. Tiêu chí Có/Không: chọn "Có" hoặc "Không". Tỷ lệ: nhập phần trăm (ví dụ 80,5%). Số lượng: số nguyên. Điểm: không quá điểm tối đa.',
    '3. Các cột cuối là dữ kiện để xét "không xét thi đua":',
    ...exclusions,
    '4. Không sửa các dòng tiêu đề. Ô chưa có số liệu thì để trống — phần mềm sẽ báo thiếu, không tự tính 0 điểm mà không báo.',
    `5. Chấm điểm: thidua score --plan ${plan.id} <tệp này>.xlsx -o <kết quả>.xlsx — kết quả ghi bên phải bảng, cách một cột trống; số liệu của đơn vị không bị sửa.`,
    '6. Cơ cấu giải thưởng:',
    ...tiers,
    'Kế hoạch và cách đọc bảng được lưu ngay trong tệp để có thể kiểm tra lại kết quả.',
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
  const sheet = registration ? T.registrationSheet[lang] : T.sheet[lang];
  const guide = T.guide[lang];
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
    { header: T.stt[lang], kind: 'number', width: 6 },
    { header: T.name[lang], kind: 'text', width: 34 },
  ];
  if (withBlockColumn) leading.push({ header: T.block[lang], kind: 'text', width: 14 });

  const wp = emptyWritePlan();
  wp.sheets.push({ name: sheet, mode: 'createOrReplace' }, { name: guide, mode: 'createOrReplace' });
  const titleBlock: WriteBlock = {
    sheet,
    at: { row: 0, col: 0 },
    values: [
      [(registration ? T.registrationTitle : T.title)[lang]],
      [plan.title],
      [`${T.block[lang]}: ${blockName} — ${plan.source.number}`],
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
      reason: lang === 'en' ? 'made by thidua template' : 'tạo bởi thidua template',
    })),
  };
  wp.settings[SETTING_KEYS.plan] = JSON.stringify(plan);
  wp.settings[mappingSettingKey(sheet)] = mappingToSetting(mapping);
  return { writePlan: wp, sheet, mapping };
}
