/** What the score/validate facade says about a request it refuses or checks. Vietnamese first. */
import { formatNumber, type Lang } from '../values/format';
import { yearOf } from './engine';
import { nameIn, phrase, hiddenCharacterNote, shownKey, type Named } from './phrase';

const n = (x: number, lang: Lang, decimals?: number) => formatNumber(x, decimals, lang);

const MB = 1024 * 1024;
const mb = (bytes: number, lang: Lang) => n(Math.max(0.1, bytes / MB), lang, 1);

/** JSON's kinds of value as zod names them ("number", "array", "record"…), in words an official reads. */
const KINDS: Record<string, { vi: string; en: string }> = {
  number: { vi: 'số', en: 'a number' },
  int: { vi: 'số nguyên', en: 'a whole number' },
  nan: { vi: 'NaN', en: 'NaN' },
  infinite: { vi: 'một số quá lớn (vượt giới hạn số của máy)', en: 'a number too large to read' },
  boolean: { vi: 'true/false', en: 'true/false' },
  string: { vi: 'chuỗi', en: 'a string' },
  null: { vi: 'null', en: 'null' },
  object: { vi: 'đối tượng', en: 'an object' },
  record: { vi: 'đối tượng', en: 'an object' },
  array: { vi: 'mảng', en: 'an array' },
  undefined: { vi: 'không có giá trị', en: 'nothing' },
};
const kind = (k: string, lang: Lang) => KINDS[k]?.[lang] ?? k;
/** "số, chuỗi hoặc null": the kinds (or quoted values) once each, the last joined by "or". */
function either(kinds: readonly string[], lang: Lang): string {
  const words = [...new Set(kinds.map((k) => kind(k, lang)))];
  const or = lang === 'vi' ? ' hoặc ' : ' or ';
  return words.length < 2
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')}${or}${words[words.length - 1]}`;
}

export interface AnswerTooBig {
  units: number;
  estimate: number;
  /** The estimate without per-criterion text, when the request asked for it. */
  lean: number | null;
  max: number;
  parts: number;
  leanParts: number;
}

function answerTooBig(p: AnswerTooBig, lang: Lang): string {
  const vi = lang === 'vi';
  const head = vi
    ? `Câu trả lời cho ${n(p.units, lang)} đơn vị ước tính ${mb(p.estimate, lang)} MB${p.lean !== null ? ` (không có giải thích từng tiêu chí: ${mb(p.lean, lang)} MB)` : ''}, tối đa ${mb(p.max, lang)} MB.`
    : `The answer for ${n(p.units, lang)} units would be about ${mb(p.estimate, lang)} MB${p.lean !== null ? ` (${mb(p.lean, lang)} MB without per-criterion explanations)` : ''}; the limit is ${mb(p.max, lang)} MB.`;
  const advice =
    p.lean !== null && p.lean <= p.max
      ? vi
        ? `Hãy bỏ giải thích từng tiêu chí: options.explain="summary", hoặc chia yêu cầu thành ${p.parts} phần (cả khối trong một yêu cầu).`
        : `Leave out the per-criterion explanations (options.explain="summary"), or split the request into ${p.parts} parts (a whole block per request).`
      : p.lean !== null
        ? vi
          ? `Hãy chia yêu cầu thành ${p.parts} phần, hoặc bỏ giải thích từng tiêu chí: options.explain="summary" và chia thành ${p.leanParts} phần (cả khối trong một yêu cầu).`
          : `Split the request into ${p.parts} parts, or leave out the per-criterion explanations (options.explain="summary") and split it into ${p.leanParts} (a whole block per request).`
        : vi
          ? `Hãy chia yêu cầu thành ${p.parts} phần (cả khối trong một yêu cầu).`
          : `Split the request into ${p.parts} parts (a whole block per request).`;
  return `${head} ${advice}`;
}

export const API_PHRASES = {
  'request.too-many-units': phrase<{ units: number; max: number }>({
    vi: (p) =>
      `Yêu cầu có ${p.units} đơn vị, tối đa ${p.max}. Hãy chia thành ${Math.ceil(p.units / p.max)} yêu cầu, mỗi yêu cầu một khối hoặc tối đa ${p.max} đơn vị (thứ hạng chỉ đúng khi cả khối nằm trong một yêu cầu).`,
    en: (p) =>
      `The request has ${p.units} units; the limit is ${p.max}. Split it by block (ranking needs a whole block in one request).`,
  }),
  'request.too-many-cells': phrase<{
    units: number;
    columns: number;
    max: number;
    parts: number;
    perRequest: number;
  }>({
    vi: (p) =>
      `Yêu cầu có ${n(p.units, 'vi')} đơn vị × ${n(p.columns, 'vi')} cột (tiêu chí, chỉ tiêu, dữ kiện) = ${n(p.units * p.columns, 'vi')} ô, tối đa ${n(p.max, 'vi')} ô. Hãy chia thành ${p.parts} yêu cầu, mỗi yêu cầu tối đa ${n(p.perRequest, 'vi')} đơn vị (thứ hạng chỉ đúng khi cả khối nằm trong một yêu cầu).`,
    en: (p) =>
      `The request has ${n(p.units, 'en')} units × ${n(p.columns, 'en')} columns (criteria, targets, facts) = ${n(p.units * p.columns, 'en')} cells; the limit is ${n(p.max, 'en')}. Split it into ${p.parts} requests of at most ${n(p.perRequest, 'en')} units (ranking needs a whole block in one request).`,
  }),
  'request.answer-too-big': phrase<AnswerTooBig>({
    vi: (p) => answerTooBig(p, 'vi'),
    en: (p) => answerTooBig(p, 'en'),
  }),
  /** Splitting is advised only when there are more units than parts: one unit cannot be split. */
  'request.problems-too-big': phrase<{ units: number; estimate: number; max: number; parts: number }>({
    vi: (p) =>
      `Danh sách lỗi cho ${n(p.units, 'vi')} đơn vị ước tính ${mb(p.estimate, 'vi')} MB, tối đa ${mb(p.max, 'vi')} MB. ` +
      (p.units >= p.parts
        ? `Hãy chia yêu cầu thành ${p.parts} phần, hoặc sửa các lỗi lặp lại (ví dụ một cột trống) rồi kiểm tra lại.`
        : 'Hãy sửa các lỗi lặp lại (ví dụ các khóa không thuộc kế hoạch, một cột trống) rồi kiểm tra lại.'),
    en: (p) =>
      `The list of problems for ${n(p.units, 'en')} units would be about ${mb(p.estimate, 'en')} MB; the limit is ${mb(p.max, 'en')} MB. ` +
      (p.units >= p.parts
        ? `Split the request into ${p.parts} parts, or fix the repeated problems (an empty column, say) and check again.`
        : 'Fix the repeated problems (keys the plan does not have, an empty column) and check again.'),
  }),
  'request.decision-before-period': phrase<{ date: string; from: string }>({
    vi: (p) => `Ngày ký quyết định ${p.date} trước ngày bắt đầu kỳ thi đua (${p.from})`,
    en: (p) => `The decision date ${p.date} is before the period starts (${p.from})`,
  }),
  'request.duplicate-unit': phrase<{ id: string; first: number }>({
    vi: (p) => `Mã đơn vị "${p.id}" trùng với units[${p.first}]`,
    en: (p) => `Unit id "${p.id}" repeats units[${p.first}]`,
  }),
  'request.lookalike-unit': phrase<{ id: string; first: number; other: string }>({
    vi: (p) =>
      `Mã đơn vị ${JSON.stringify(p.id)} trông như mã của units[${p.first}] (${JSON.stringify(p.other)}): chỉ khác ở ` +
      'khoảng trắng, ký tự ẩn hoặc cách gõ dấu; hãy dùng một mã cho mỗi đơn vị',
    en: (p) =>
      `Unit id ${JSON.stringify(p.id)} looks like units[${p.first}] (${JSON.stringify(p.other)}): they differ only in ` +
      'spaces, invisible characters or how the accents are encoded; use one id per unit',
  }),
  /** Two ids an official reads as one: other letter forms (full-width, "Ð"), or the tone mark placed the other way. */
  'request.dossier-no-units': phrase({
    vi: () => 'Yêu cầu không có đơn vị nào: hồ sơ khen thưởng cần ít nhất một đơn vị được chấm điểm',
    en: () => 'The request has no units: an award dossier needs at least one scored unit',
  }),
  'request.lookalike-unit-case': phrase<{ id: string; first: number; other: string }>({
    vi: (p) =>
      `Mã đơn vị ${JSON.stringify(p.id)} chỉ khác mã của units[${p.first}] (${JSON.stringify(p.other)}) ở chữ hoa, ` +
      'chữ thường: có thể là một đơn vị gửi hai lần; hãy dùng một mã cho mỗi đơn vị',
    en: (p) =>
      `Unit id ${JSON.stringify(p.id)} differs from units[${p.first}] (${JSON.stringify(p.other)}) only in capitals: ` +
      'it may be one unit sent twice; use one id per unit',
  }),
  'request.lookalike-unit-form': phrase<{ id: string; first: number; other: string }>({
    vi: (p) =>
      `Mã đơn vị ${JSON.stringify(p.id)} trông như mã của units[${p.first}] (${JSON.stringify(p.other)}): chỉ khác ở ` +
      'kiểu chữ (chữ toàn độ rộng, "Ð" thay "Đ") hoặc chỗ đặt dấu thanh ("hòa", "hoà"); hãy dùng một mã cho mỗi đơn vị',
    en: (p) =>
      `Unit id ${JSON.stringify(p.id)} looks like units[${p.first}] (${JSON.stringify(p.other)}): they differ only in ` +
      'letter forms (full-width letters, "Ð" for "Đ") or where the tone mark sits ("hòa", "hoà"); use one id per unit',
  }),
  /** The server's own settings that make it refuse protected requests (503, /api/health): names, never values. */
  'config.auth-switch': phrase<{ setting: string }>({
    vi: (p) => `${p.setting}: dùng "on" hoặc "off"`,
    en: (p) => `${p.setting}: use on or off`,
  }),
  'config.issuer-missing': phrase<{ tenant: string; issuer: string }>({
    vi: (p) => `Thiếu ${p.tenant} hoặc ${p.issuer}: chưa cấu hình nơi phát hành token`,
    en: (p) => `${p.tenant} or ${p.issuer} is missing: the token issuer is not configured`,
  }),
  'config.keys-missing': phrase<{ tenant: string; keys: string }>({
    vi: (p) => `Thiếu ${p.tenant} hoặc ${p.keys}: chưa cấu hình khóa ký token`,
    en: (p) => `${p.tenant} or ${p.keys} is missing: the signing keys are not configured`,
  }),
  'config.audience-missing': phrase<{ audience: string }>({
    vi: (p) => `Thiếu ${p.audience}: chưa cấu hình đối tượng (audience) của token`,
    en: (p) => `${p.audience} is missing: the token audience is not configured`,
  }),
  'config.scope-missing': phrase<{ scope: string; role: string }>({
    vi: (p) => `Thiếu ${p.scope} hoặc ${p.role}: chưa cấu hình scope hay app role bắt buộc`,
    en: (p) => `${p.scope} or ${p.role} is missing: no required scope or app role`,
  }),
  'config.keys-not-url': phrase<{ keys: string; tenant: string }>({
    vi: (p) => `${p.keys} (hoặc ${p.tenant}) không cho một URL hợp lệ`,
    en: (p) => `${p.keys} (or ${p.tenant}) does not give a valid URL (not a URL)`,
  }),
  'config.cors-origin': phrase<{ setting: string }>({
    vi: (p) => `${p.setting}: có giá trị không phải origin chính xác (ví dụ https://addin.example.vn)`,
    en: (p) => `${p.setting}: exact origins only, e.g. https://addin.example.vn`,
  }),
  'request.invisible-unit-id': phrase({
    vi: () => 'Mã đơn vị chỉ có khoảng trắng hoặc ký tự ẩn',
    en: () => 'The unit id has only spaces or invisible characters',
  }),
  'request.unknown-plan': phrase<{ id: string; known: string[] }>({
    vi: (p) => `Không có kế hoạch "${p.id}". Các kế hoạch có sẵn: ${p.known.join(', ')}`,
    en: (p) => `No plan "${p.id}". Built-in plans: ${p.known.join(', ')}`,
  }),
  'request.explain-conflict': phrase<{ explain: string; explanations: boolean }>({
    vi: (p) =>
      `options.explanations=${p.explanations} (cách ghi cũ) mâu thuẫn với options.explain="${p.explain}". Chỉ ghi options.explain: "none", "summary" (mặc định) hoặc "full" (explanations=true tương ứng "full", false tương ứng "summary").`,
    en: (p) =>
      `options.explanations=${p.explanations} (the earlier option) contradicts options.explain="${p.explain}". Send options.explain only: "none", "summary" (the default) or "full" (explanations=true is "full", false is "summary").`,
  }),
  'validate.unknown-block': phrase<{ unit: string; block: string; known: string[] }>({
    vi: (p) => `Đơn vị "${p.unit}": khối "${p.block}" không có trong kế hoạch (${p.known.join(', ')})`,
    en: (p) => `Unit "${p.unit}": block "${p.block}" is not in the plan (${p.known.join(', ')})`,
  }),
  /** A unit sent without a block, to a plan that has several: which of them it competes in is not known. */
  'validate.missing-block': phrase<{ unit: string; known: string[] }>({
    vi: (p) =>
      `Đơn vị "${p.unit}": chưa ghi khối (block); kế hoạch có nhiều khối, hãy ghi một trong: ${p.known.join(', ')}`,
    en: (p) => `Unit "${p.unit}": no block given; the plan has several, give one of ${p.known.join(', ')}`,
  }),
  'validate.cell': phrase<{ unit: string; subject: Named; detail: Named | null }>({
    vi: (p) => `Đơn vị "${p.unit}", ${p.subject.vi}: ${p.detail ? p.detail.vi : 'thiếu giá trị'}`,
    en: (p) =>
      `Unit "${p.unit}", ${nameIn(p.subject, 'en')}: ${p.detail ? nameIn(p.detail, 'en') : 'missing'}`,
  }),
  'validate.unknown-criterion': phrase<{ unit: string; key: string }>({
    vi: (p) =>
      `Đơn vị "${p.unit}": ${shownKey(p.key)} không phải mã tiêu chí của kế hoạch${hiddenCharacterNote(p.key, 'vi')}`,
    en: (p) =>
      `Unit "${p.unit}": ${shownKey(p.key)} is not a criterion of the plan${hiddenCharacterNote(p.key, 'en')}`,
  }),
  /** `key` as in fact.unknown: a fact id the plan lacks, or "<fact>.<year>" for a year the fact does not have. */
  'validate.unknown-fact': phrase<{ unit: string; key: string }>({
    vi: (p) => {
      const y = yearOf(p.key);
      return y
        ? `Đơn vị "${p.unit}": năm ${y.year} không thuộc các năm của dữ kiện "${y.fact}"`
        : `Đơn vị "${p.unit}": ${shownKey(p.key)} không phải mã dữ kiện của kế hoạch${hiddenCharacterNote(p.key, 'vi')}`;
    },
    en: (p) => {
      const y = yearOf(p.key);
      return y
        ? `Unit "${p.unit}": ${y.year} is not a year of the fact "${y.fact}"`
        : `Unit "${p.unit}": ${shownKey(p.key)} is not a fact of the plan${hiddenCharacterNote(p.key, 'en')}`;
    },
  }),
  'validate.unknown-reason': phrase<{ unit: string; key: string }>({
    vi: (p) =>
      `Đơn vị "${p.unit}": lý do thẩm định cho "${p.key}", không phải mã tiêu chí, chỉ tiêu hay dữ kiện của kế hoạch`,
    en: (p) =>
      `Unit "${p.unit}": an appraisal reason for "${p.key}", which is no criterion, target or fact of the plan`,
  }),
  'validate.unknown-rate-scale': phrase<{ key: string }>({
    vi: (p) =>
      `options.rateScales: "${p.key}" không phải mã tiêu chí, chỉ tiêu hay dữ kiện (<dữ kiện>_<năm>) của kế hoạch`,
    en: (p) => `options.rateScales: "${p.key}" is no criterion, target or fact (<fact>_<year>) of the plan`,
  }),
  /** `text`: what is wrong with the unit's collective, as the score answer flags it. */
  'validate.collective': phrase<{ unit: string; text: Named }>({
    vi: (p) => `Đơn vị "${p.unit}": ${p.text.vi}`,
    en: (p) => `Unit "${p.unit}": ${nameIn(p.text, 'en')}`,
  }),
  /** A zod issue: the Vietnamese and English texts are zod's own locales (or the schema's own message). */
  'schema.issue': phrase<{ vi: string; en: string }>({ vi: (p) => p.vi, en: (p) => p.en }),
  /**
   * A value that has none of the shapes a field takes: the shapes (JSON kinds, or literal values already quoted),
   * and the kind of what came (`received`, never the value itself; null when the input was not reported).
   */
  'schema.one-of': phrase<{ expected: string[]; received: string | null }>({
    vi: (p) =>
      p.received === 'undefined'
        ? `Thiếu giá trị: mong đợi ${either(p.expected, 'vi')}`
        : `Đầu vào không hợp lệ: mong đợi ${either(p.expected, 'vi')}${p.received ? `, nhận được ${kind(p.received, 'vi')}` : ''}`,
    en: (p) =>
      p.received === 'undefined'
        ? `Missing: expected ${either(p.expected, 'en')}`
        : `Invalid input: expected ${either(p.expected, 'en')}${p.received ? `, received ${kind(p.received, 'en')}` : ''}`,
  }),
  /**
   * A value over or under a bound, in words: a text's length, a list's items, a number (`origin` as zod names it:
   * "string", "array", "number", "int"…), `inclusive` false for a strict bound.
   */
  'schema.size': phrase<{ origin: string; side: 'max' | 'min'; bound: number; inclusive: boolean }>({
    vi: (p) => {
      const b = n(p.bound, 'vi');
      if (p.origin === 'string')
        return p.side === 'max'
          ? `Quá dài: tối đa ${b} ký tự`
          : p.bound <= 1
            ? 'Không được để trống'
            : `Quá ngắn: ít nhất ${b} ký tự`;
      if (p.origin === 'array' || p.origin === 'set')
        return p.side === 'max' ? `Quá nhiều: tối đa ${b} mục` : `Quá ít: cần ít nhất ${b} mục`;
      if (p.side === 'max') return p.inclusive ? `Quá lớn: tối đa ${b}` : `Quá lớn: phải nhỏ hơn ${b}`;
      return p.inclusive ? `Quá nhỏ: ít nhất ${b}` : `Quá nhỏ: phải lớn hơn ${b}`;
    },
    en: (p) => {
      const b = n(p.bound, 'en');
      if (p.origin === 'string')
        return p.side === 'max'
          ? `Too long: at most ${b} characters`
          : p.bound <= 1
            ? 'Must not be empty'
            : `Too short: at least ${b} characters`;
      if (p.origin === 'array' || p.origin === 'set')
        return p.side === 'max' ? `Too many: at most ${b} items` : `Too few: at least ${b} items`;
      if (p.side === 'max') return p.inclusive ? `Too large: at most ${b}` : `Too large: must be below ${b}`;
      return p.inclusive ? `Too small: at least ${b}` : `Too small: must be above ${b}`;
    },
  }),
  /** A tagged record whose tag (`key`, "kind") is missing or none of those allowed (`options`, already quoted). */
  'schema.tag': phrase<{ key: string; options: string[]; missing: boolean }>({
    vi: (p) =>
      `${p.missing ? `Thiếu "${p.key}"` : `Giá trị của "${p.key}" không hợp lệ`}: mong đợi một trong các giá trị ${p.options.join(', ')}`,
    en: (p) =>
      `${p.missing ? `Missing "${p.key}"` : `Invalid value of "${p.key}"`}: expected one of ${p.options.join(', ')}`,
  }),
  'schema.no-shape': phrase({
    vi: () => 'Đầu vào không hợp lệ: không khớp dạng nào được phép',
    en: () => 'Invalid input: it matches none of the allowed shapes',
  }),
  'schema.several-shapes': phrase({
    vi: () => 'Đầu vào không hợp lệ: khớp nhiều hơn một dạng',
    en: () => 'Invalid input: more than one option matched',
  }),
  /** A key of an object that its schema refuses, with why (`issue`); `key` when the path does not already say it. */
  'schema.key': phrase<{ key: string | null; issue: { vi: string; en: string } }>({
    vi: (p) => `Khóa${p.key !== null ? ` "${p.key}"` : ''} không hợp lệ: ${p.issue.vi}`,
    en: (p) => `Invalid key${p.key !== null ? ` "${p.key}"` : ''}: ${p.issue.en}`,
  }),
  /** What is wrong inside the value at a problem's path (`at`: the place within it). */
  'schema.within': phrase<{ at: string; issue: { vi: string; en: string } }>({
    vi: (p) => `Tại ${p.at}: ${p.issue.vi}`,
    en: (p) => `At ${p.at}: ${p.issue.en}`,
  }),
  /** A score request's plan that is neither a built-in plan's id nor a plan document (`received`: its kind). */
  'request.plan-shape': phrase<{ received: string | null }>({
    vi: (p) =>
      `${p.received === 'undefined' ? 'Thiếu kế hoạch: cần' : 'Cần'} mã kế hoạch có sẵn (chuỗi) hoặc toàn văn kế hoạch (đối tượng)${p.received && p.received !== 'undefined' ? `, nhận được ${kind(p.received, 'vi')}` : ''}`,
    en: (p) =>
      `${p.received === 'undefined' ? 'Missing plan: expected' : 'Expected'} a built-in plan's id (a string) or a plan document (an object)${p.received && p.received !== 'undefined' ? `, received ${kind(p.received, 'en')}` : ''}`,
  }),
  /** A unit's fact that is neither one value nor values by year (`received`: its kind). */
  'request.fact-shape': phrase<{ received: string | null }>({
    vi: (p) =>
      `${p.received === 'undefined' ? 'Thiếu giá trị: dữ kiện là' : 'Dữ kiện là'} một giá trị (số, true/false, chuỗi hoặc null) hoặc các giá trị theo năm ({"2021": …})${p.received && p.received !== 'undefined' ? `, nhận được ${kind(p.received, 'vi')}` : ''}`,
    en: (p) =>
      `${p.received === 'undefined' ? 'Missing: a fact is' : 'A fact is'} one value (a number, true/false, a string or null) or values by year ({"2021": …})${p.received && p.received !== 'undefined' ? `, received ${kind(p.received, 'en')}` : ''}`,
  }),
};
