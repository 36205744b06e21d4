/**
 * What reading the units off a sheet says: a cell without a unit name, a unit twice, an Excel error, a rate whose
 * scale is unclear, a plan item no column feeds. Vietnamese first; the cell is its full address ("'Sheet 1'!C7").
 */
import { nameIn, phrase, type Named } from './phrase';

/** "0,85": the number as an official writes it (at most ten decimals). */
const decimalComma = (n: number) => String(Math.round(n * 1e10) / 1e10).replace('.', ',');
/** The number read as a fraction, in percent (at most eight decimals). */
const asPercent = (n: number) => Math.round(n * 1e10) / 1e8;

/** Where a unit's form took its unit's name from. */
const SOURCE_VI = { title: 'dòng tiêu đề', agency: 'tên cơ quan ở đầu trang', sheet: 'tên trang tính' };
const SOURCE_EN = { title: 'the title line', agency: 'the issuing body at the top', sheet: 'the sheet name' };

export const EXTRACTION_PHRASES = {
  /** A column mapped to an id the plan does not have; `line` names it ("cột E"). */
  'extract.unknown-target': phrase<{
    cell: string;
    line: Named;
    header: string;
    target: string;
    plan: string;
  }>({
    vi: (p) =>
      `Ánh xạ gán ${nameIn(p.line, 'vi')} ("${p.header}") cho "${p.target}", nhưng kế hoạch "${p.plan}" không có mã này; cột bị bỏ qua`,
    en: (p) =>
      `The mapping feeds "${p.target}" from ${p.cell}, which plan "${p.plan}" does not have; the column is ignored`,
  }),
  'extract.missing-unit-name': phrase<{ cell: string }>({
    vi: (p) => `Ô ${p.cell}: có số liệu nhưng không có tên đơn vị; bỏ qua dòng này`,
    en: (p) => `Cell ${p.cell}: values without a unit name; the line is skipped`,
  }),
  /** A unit named as one above it (at `first`), given another id. */
  'extract.duplicate-unit': phrase<{ cell: string; name: string; first: string; id: string }>({
    vi: (p) => `Ô ${p.cell}: đơn vị "${p.name}" trùng tên với ô ${p.first}; đặt mã "${p.id}" — kiểm tra lại`,
    en: (p) => `Cell ${p.cell}: unit "${p.name}" repeats cell ${p.first}; given id "${p.id}"`,
  }),
  /** The block written beside a unit is none of the plan's (`blocks`: their names). */
  'extract.unknown-block': phrase<{ cell: string; name: string; block: string; blocks: string[] }>({
    vi: (p) =>
      `Ô ${p.cell}: đơn vị "${p.name}" thuộc khối "${p.block}" không có trong kế hoạch (${p.blocks.join('; ')})`,
    en: (p) => `Cell ${p.cell}: unit "${p.name}" has block "${p.block}", which the plan does not have`,
  }),
  /** The block column beside a unit names another block than the section heading ("II. Khối …") it is under. */
  'extract.block-conflict': phrase<{ cell: string; name: string; column: string; section: string }>({
    vi: (p) =>
      `Ô ${p.cell}: đơn vị "${p.name}" nằm dưới dòng nhóm của khối "${p.section}" nhưng cột khối ghi "${p.column}"; hai chỗ nói hai khối khác nhau, không chọn một bên — sửa cột khối hoặc chuyển đơn vị sang đúng nhóm`,
    en: (p) =>
      `Cell ${p.cell}: unit "${p.name}" is under the heading of block "${p.section}" but the block column says "${p.column}"; the two disagree and neither is chosen`,
  }),
  /** The block chosen for the whole sheet (pane step 1, --block) and the sheet's own heading or block cell differ. */
  'extract.block-chosen-conflict': phrase<{ cell: string; name: string; says: string; chosen: string }>({
    vi: (p) =>
      `Ô ${p.cell}: đơn vị "${p.name}" được bảng ghi thuộc khối "${p.says}" nhưng khối đã chọn cho cả trang là "${p.chosen}"; không chọn một bên — bỏ chọn khối để đọc khối theo bảng, hoặc sửa bảng`,
    en: (p) =>
      `Cell ${p.cell}: unit "${p.name}" is in block "${p.says}" on the sheet, but the block chosen for the whole sheet is "${p.chosen}"; neither is taken`,
  }),
  'extract.collective-excel-error': phrase<{ cell: string; name: string; error: string }>({
    vi: (p) =>
      `Ô ${p.cell} (đơn vị "${p.name}", tập thể) chứa lỗi Excel ${p.error}; sửa công thức hoặc nhập tên tập thể`,
    en: (p) => `Cell ${p.cell} (unit "${p.name}", collective) holds the Excel error ${p.error}`,
  }),
  /** `what`: the item the column feeds ("tiêu chí 8", "criterion 8"). */
  'extract.excel-error': phrase<{ cell: string; name: string; what: Named; error: string }>({
    vi: (p) =>
      `Ô ${p.cell} (đơn vị "${p.name}", ${nameIn(p.what, 'vi')}) chứa lỗi Excel ${p.error}; sửa công thức hoặc nhập giá trị`,
    en: (p) => `Cell ${p.cell} (unit "${p.name}", ${nameIn(p.what, 'en')}) holds the Excel error ${p.error}`,
  }),
  /** A formula whose result the file does not hold (written by a program that does not compute): no figure yet. */
  'extract.formula-without-value': phrase<{ cell: string; name: string; what: Named; formula: string }>({
    vi: (p) =>
      `Ô ${p.cell} (đơn vị "${p.name}", ${nameIn(p.what, 'vi')}) chứa công thức ${p.formula} chưa có kết quả lưu trong tệp (tệp do phần mềm khác ghi, chưa tính): Mở tệp trong Excel và lưu lại, rồi đọc lại`,
    en: (p) =>
      `Cell ${p.cell} (unit "${p.name}", ${nameIn(p.what, 'en')}) holds the formula ${p.formula} with no saved result (the file was written by a program that does not compute): open and save it in Excel, then read it again`,
  }),
  'extract.value-too-long': phrase<{ cell: string; name: string; what: Named; length: number }>({
    vi: (p) =>
      `Ô ${p.cell} (đơn vị "${p.name}", ${nameIn(p.what, 'vi')}): nội dung quá dài (${p.length} ký tự)`,
    en: (p) => `Cell ${p.cell}: text too long (${p.length} characters)`,
  }),
  /** A plain number in [0, 1] in a rate column no figure settles: `value` percent, or `value` × 100 percent? */
  'extract.ambiguous-rate-scale': phrase<{ cell: string; value: number; name: string; what: string }>({
    vi: (p) => {
      const v = decimalComma(p.value);
      const high = decimalComma(p.value * 100);
      return `${p.cell}: ${v} — ${v}% hay ${high}%? (đơn vị "${p.name}", ${p.what}) Cột này không định dạng % và mọi số đều từ 0 đến 1: ghi rõ "${high}%" (hoặc định dạng ô là %), hay khai báo thang tỷ lệ của kế hoạch (rateScale: percent hoặc fraction). Các giải phụ thuộc giá trị này chờ xác định.`;
    },
    en: (p) =>
      `${p.cell}: ${p.value} — ${p.value}% or ${asPercent(p.value)}%? (unit "${p.name}") The column is not %-formatted and all its numbers lie in [0, 1]: write "${asPercent(p.value)}%" (or format the cell as %), or set the plan's rate scale (rateScale). Awards that depend on it are held.`,
  }),
  'extract.own-collective': phrase<{ cell: string; name: string }>({
    vi: (p) =>
      `Ô ${p.cell}: "${p.name}" ghi tập thể là chính mình; ghi tên tập thể (đơn vị) mà cá nhân thuộc về`,
    en: (p) => `Cell ${p.cell}: "${p.name}" names itself as its collective`,
  }),
  'extract.unknown-collective': phrase<{ cell: string; collective: string; name: string }>({
    vi: (p) =>
      `Ô ${p.cell}: tập thể "${p.collective}" của "${p.name}" không có trong danh sách đơn vị của bảng; kiểm tra tên tập thể`,
    en: (p) =>
      `Cell ${p.cell}: collective "${p.collective}" of "${p.name}" is not among the units of the sheet`,
  }),
  /** A required criterion no column feeds; its title is shortened to 60 characters. */
  'extract.unmapped-criterion': phrase<{ number: string; title: string }>({
    vi: (p) =>
      `Không có cột nào cho tiêu chí ${p.number} "${p.title.slice(0, 60)}": mọi đơn vị sẽ thiếu giá trị`,
    en: (p) => `No column feeds criterion ${p.number}: every unit will miss it`,
  }),
  'extract.unmapped-target': phrase<{ number: string; title: string }>({
    vi: (p) =>
      `Không có cột nào cho chỉ tiêu ${p.number} "${p.title.slice(0, 60)}": các đơn vị phải đạt chỉ tiêu này sẽ thiếu giá trị`,
    en: (p) => `No column feeds target ${p.number}: units it applies to will miss it`,
  }),
  'extract.unmapped-fact': phrase<{ label: Named; id: string }>({
    vi: (p) =>
      `Không có cột nào cho dữ kiện "${nameIn(p.label, 'vi')}" (${p.id}): mọi đơn vị sẽ thiếu dữ kiện này`,
    en: (p) => `No column feeds fact "${nameIn(p.label, 'en')}" (${p.id}): every unit will miss it`,
  }),
  /** A unit of no block; `blocks`: the plan's block ids. */
  'extract.block-unknown': phrase<{ name: string; blocks: string[] }>({
    vi: (p) =>
      `Đơn vị "${p.name}": chưa biết thuộc khối nào (${p.blocks.join(', ')}); chọn khối hoặc thêm cột Khối`,
    en: (p) => `Unit "${p.name}": block unknown`,
  }),
  /** A value the engine could not read: `detail` says why, none when it is missing. */
  'extract.cell-issue': phrase<{ cell: string; name: string; what: Named; detail: Named | null }>({
    vi: (p) =>
      `Ô ${p.cell} (đơn vị "${p.name}", ${nameIn(p.what, 'vi')}): ${p.detail ? nameIn(p.detail, 'vi') : 'thiếu giá trị'}`,
    en: (p) =>
      `Cell ${p.cell} (unit "${p.name}", ${nameIn(p.what, 'en')}): ${p.detail ? nameIn(p.detail, 'en') : 'missing value'}`,
  }),
  /** A unit on a later sheet named as one on an earlier sheet, given another id. */
  'extract.duplicate-unit-across-sheets': phrase<{ sheet: string; name: string; other: string; id: string }>({
    vi: (p) =>
      `Trang "${p.sheet}": đơn vị "${p.name}" trùng tên với một đơn vị ở trang "${p.other}"; đặt mã "${p.id}" — kiểm tra lại`,
    en: (p) => `Sheet "${p.sheet}": unit "${p.name}" repeats one on sheet "${p.other}"; given id "${p.id}"`,
  }),
  /** A saved mapping reused on a sheet whose header over a mapped column now reads otherwise. */
  'saved-mapping.header-changed': phrase<{
    cell: string;
    line: Named;
    before: string;
    now: string;
    target: string;
  }>({
    vi: (p) =>
      `Tiêu đề ${nameIn(p.line, 'vi')} (${p.cell}) đã đổi từ "${p.before}" thành "${p.now}"; ánh xạ cũ gán cột này cho "${p.target}" — kiểm tra lại trước khi chấm`,
    en: (p) =>
      `The header of ${p.cell} changed from "${p.before}" to "${p.now}"; the saved mapping feeds "${p.target}" from it — review before scoring`,
  }),
  'saved-mapping.not-json': phrase({
    vi: () => 'Cấu hình ánh xạ cột không phải JSON hợp lệ',
    en: () => 'The column mapping is not valid JSON',
  }),
  /**
   * A unit's own form, its unit named from the form's title, the issuing body at the top or the sheet's name
   * (`source`), found at `cell` (none: the sheet's name): the official checks the name.
   */
  'form-unit.name': phrase<{
    sheet: string;
    valueCell: string;
    name: string;
    source: 'title' | 'agency' | 'sheet';
    cell: string | null;
  }>({
    vi: (p) =>
      `Trang "${p.sheet}" là phiếu của một đơn vị (cột ${p.valueCell}); tên đơn vị "${p.name}" lấy từ ${SOURCE_VI[p.source]}${p.cell ? ` (ô ${p.cell})` : ''} — kiểm tra lại tên; nếu sai, sửa ${p.source === 'sheet' ? 'tên trang hoặc thêm dòng "Đơn vị: …" trên bảng' : 'dòng đó'}`,
    en: (p) =>
      `Sheet "${p.sheet}" is one unit's form (${p.valueCell}); the unit's name "${p.name}" was taken from ${SOURCE_EN[p.source]}${p.cell ? ` (cell ${p.cell})` : ''} — check it`,
  }),
};
