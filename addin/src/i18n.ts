/** Task-pane strings: Vietnamese first, English on request. `{name}` placeholders are filled by t(). */
export type UiLang = 'vi' | 'en';

const STRINGS = {
  appTitle: { vi: 'Thi đua – chấm điểm', en: 'Thi dua – scoring' },
  english: { vi: 'English', en: 'English' },
  modeExcel: { vi: 'Trong Excel', en: 'In Excel' },
  modeFile: { vi: 'Tệp .xlsx trong trình duyệt', en: '.xlsx file in the browser' },
  steps: { vi: 'Các bước', en: 'Steps' },
  stepPlan: { vi: '1. Kế hoạch', en: '1. Plan' },
  stepSheet: { vi: '2. Bảng tính', en: '2. Sheet' },
  stepCheck: { vi: '3. Kiểm tra', en: '3. Check' },
  stepScore: { vi: '4. Chấm điểm', en: '4. Score' },
  stepDossier: { vi: '5. Hồ sơ', en: '5. Dossier' },

  openFile: { vi: 'Mở tệp Excel (.xlsx)', en: 'Open an Excel file (.xlsx)' },
  openedFile: { vi: 'Đang làm việc với tệp {name}', en: 'Working on {name}' },
  noFile: { vi: 'Chưa mở tệp nào.', en: 'No file open yet.' },
  download: { vi: 'Tải tệp đã chấm điểm', en: 'Download the scored file' },

  builtInPlan: { vi: 'Kế hoạch có sẵn', en: 'Built-in plan' },
  block: { vi: 'Khối thi đua', en: 'Block' },
  allBlocks: { vi: 'Theo cột khối trong bảng', en: 'From the block column' },
  loadPlanJson: { vi: 'Nạp kế hoạch từ tệp JSON', en: 'Load a plan JSON file' },
  readCriteriaSheet: { vi: 'Đọc trang "Tiêu chí"', en: 'Read the "Tiêu chí" sheet' },
  writeCriteriaSheet: { vi: 'Ghi kế hoạch ra trang "Tiêu chí"', en: 'Write the plan to a "Tiêu chí" sheet' },
  criteriaSheetWritten: {
    vi: 'Đã ghi trang {sheet}; sửa xong bấm "Đọc trang Tiêu chí".',
    en: 'Wrote {sheet}; edit it, then read it back.',
  },
  activeSheet: { vi: '(trang đang mở)', en: '(active sheet)' },
  writtenFile: { vi: 'Đã ghi {cells} ô.', en: 'Wrote {cells} cells.' },
  planLoaded: { vi: 'Đã dùng kế hoạch {title} ({version})', en: 'Using plan {title} ({version})' },
  planInvalid: { vi: 'Kế hoạch không hợp lệ', en: 'The plan is not valid' },
  criteria: { vi: 'Tiêu chí', en: 'Criteria' },
  tiers: { vi: 'Giải thưởng', en: 'Award tiers' },
  notes: { vi: 'Ghi chú cách hiểu', en: 'Readings' },
  colNumber: { vi: 'STT', en: 'No.' },
  colTitle: { vi: 'Nội dung', en: 'Criterion' },
  colMax: { vi: 'Điểm tối đa', en: 'Max points' },
  colTier: { vi: 'Giải', en: 'Tier' },
  colCount: { vi: 'Số giải', en: 'Count' },
  colMinTotal: { vi: 'Điểm từ', en: 'From' },
  colPrize: { vi: 'Tiền thưởng (đồng)', en: 'Prize (đồng)' },

  sheetToRead: { vi: 'Trang tính', en: 'Sheet' },
  detect: { vi: 'Nhận diện bảng', en: 'Detect the table' },
  detectSelection: { vi: 'Nhận diện vùng đang chọn', en: 'Detect the selection' },
  unitsAcross: { vi: 'Đơn vị theo cột (tiêu chí theo dòng)', en: 'Units in columns (criteria in rows)' },
  unitsDown: { vi: 'Đơn vị theo dòng (tiêu chí theo cột)', en: 'Units in rows (criteria in columns)' },
  formUnitName: {
    vi: 'Phiếu của một đơn vị: tên "{name}" lấy từ tiêu đề — kiểm tra lại.',
    en: 'One unit\'s form: the name "{name}" was taken from its title — check it.',
  },
  noTable: {
    vi: 'Không tìm thấy bảng đơn vị × tiêu chí trên trang {sheet}.',
    en: 'No units × criteria table found on {sheet}.',
  },
  tableFound: {
    vi: 'Bảng trên trang {sheet}: dòng {from}–{to}, cột tên đơn vị {name} (độ tin cậy {confidence}).',
    en: 'Table on {sheet}: rows {from}–{to}, unit names in column {name} (confidence {confidence}).',
  },
  mapping: { vi: 'Ghép cột với tiêu chí', en: 'Column mapping' },
  colColumn: { vi: 'Cột', en: 'Column' },
  colHeader: { vi: 'Tiêu đề cột', en: 'Header' },
  colCriterion: { vi: 'Ghép với', en: 'Feeds' },
  colConfidence: { vi: 'Độ tin cậy', en: 'Confidence' },
  notMapped: { vi: '(không dùng)', en: '(not used)' },
  noHeader: { vi: '(không có tiêu đề)', en: '(no header)' },
  samples: { vi: 'Mẫu', en: 'Values' },
  levelHigh: { vi: 'chắc chắn', en: 'sure' },
  levelUncertain: { vi: 'chưa chắc — kiểm tra rồi bấm "Đúng"', en: 'uncertain — check it, then press "Right"' },
  levelConfirmed: { vi: 'đã xác nhận', en: 'confirmed' },
  levelNone: { vi: 'không dùng', en: 'not used' },
  confirm: { vi: 'Đúng', en: 'Right' },
  confirmLabel: {
    vi: 'Xác nhận {line} ghép với {target}',
    en: 'Confirm that {line} feeds {target}',
  },
  uncertainTitle: {
    vi: '{count} cột ghép chưa chắc chắn — cần xác nhận trước khi chấm',
    en: '{count} uncertain columns — confirm them before scoring',
  },
  uncertainList: { vi: 'Các cột ghép chưa chắc chắn', en: 'Uncertain columns' },
  groupCriteria: { vi: 'Tiêu chí', en: 'Criteria' },
  groupTargets: { vi: 'Chỉ tiêu', en: 'Targets' },
  groupFacts: { vi: 'Dữ kiện', en: 'Facts' },
  groupUnitFields: { vi: 'Thông tin đơn vị', en: 'Unit details' },
  unknownTarget: { vi: '"{id}" (không có trong kế hoạch)', en: '"{id}" (not in the plan)' },
  targetMoved: {
    vi: 'Đã chuyển "{target}" từ {from} sang {to}; {from} giờ không dùng.',
    en: 'Moved "{target}" from {from} to {to}; {from} is now not used.',
  },
  createTemplate: { vi: 'Tạo trang chấm điểm theo kế hoạch', en: 'Create a scoring sheet from the plan' },
  templateCreated: { vi: 'Đã tạo trang {sheet}.', en: 'Created sheet {sheet}.' },
  saveMapping: { vi: 'Lưu cấu hình vào sổ', en: 'Save the configuration in the workbook' },
  mappingSaved: {
    vi: 'Đã lưu kế hoạch và cách ghép cột vào sổ.',
    en: 'Plan and mapping saved in the workbook.',
  },

  check: { vi: 'Kiểm tra dữ liệu', en: 'Check the data' },
  noProblems: { vi: 'Không có lỗi dữ liệu.', en: 'No data problems.' },
  problemsFound: { vi: '{count} vấn đề — bấm để chọn ô', en: '{count} problems — click to select the cell' },

  score: { vi: 'Chấm điểm và ghi kết quả', en: 'Score and write back' },
  phaseRead: { vi: 'Đang đọc bảng…', en: 'Reading the sheet…' },
  phaseScore: { vi: 'Đang chấm điểm…', en: 'Scoring…' },
  phaseWrite: { vi: 'Đang ghi kết quả…', en: 'Writing results…' },
  phaseDone: { vi: 'Xong.', en: 'Done.' },
  scoredByApi: { vi: 'Đã chấm bằng máy chủ.', en: 'Scored by the API.' },
  scoredLocally: {
    vi: 'Không kết nối được máy chủ; đã chấm bằng cùng bộ máy chấm điểm ngay trong trang. ({reason})',
    en: 'The API could not be reached; scored with the same engine in the page. ({reason})',
  },
  written: { vi: 'Đã ghi {cells} ô trong {syncs} lần đồng bộ.', en: 'Wrote {cells} cells in {syncs} syncs.' },
  topUnits: { vi: 'Dẫn đầu', en: 'Top units' },
  colRank: { vi: 'Hạng', en: 'Rank' },
  colUnit: { vi: 'Đơn vị', en: 'Unit' },
  colTotal: { vi: 'Tổng điểm', en: 'Total' },
  colAward: { vi: 'Giải', en: 'Award' },
  prizeFund: { vi: 'Tổng tiền thưởng: {used} đồng ({words})', en: 'Prize fund used: {used} đồng ({words})' },
  prizePlanned: { vi: 'Dự kiến: {planned} đồng', en: 'Planned: {planned} đồng' },
  ties: { vi: 'Bằng điểm, chờ hội đồng xét', en: 'Ties left to the council' },
  exclusions: { vi: 'Không xét / không đạt tiêu chuẩn', en: 'Excluded / not eligible' },
  none: { vi: 'Không có.', en: 'None.' },

  notMappedTitle: {
    vi: '{count} mục của kế hoạch chưa có cột nào trên trang — sẽ không được đọc',
    en: '{count} items of the plan have no column on the sheet — they will not be read',
  },
  notMappedList: { vi: 'Các mục chưa có cột', en: 'Items with no column' },
  confirmPartial: {
    vi: 'Tôi đã xem danh sách trên: vẫn chấm điểm với các cột đã ghép (kết quả mỗi đơn vị ghi rõ các mục không được đọc)',
    en: 'I have read the list above: score with the columns mapped (each unit’s result names what was not read)',
  },
  scoredPartial: {
    vi: 'Kết quả của mỗi đơn vị ghi rõ {count} mục không được đọc (cột "Ghi chú dữ liệu").',
    en: 'Each unit’s result names the {count} items not read (the "Data notes" column).',
  },
  mappingReused: {
    vi: 'Dùng lại cách ghép cột đã lưu trong sổ cho trang {sheet}: dòng {from}–{to}, cột tên đơn vị {name}.',
    en: 'Reusing the mapping saved in the workbook for {sheet}: rows {from}–{to}, unit names in column {name}.',
  },

  resultsSheet: { vi: 'Ghi trang Kết quả', en: 'Write the results sheet' },
  proposalsSheet: { vi: 'Ghi trang Đề nghị khen thưởng', en: 'Write the proposals sheet' },

  dossierIntro: {
    vi: 'Soạn hồ sơ khen thưởng (tờ trình, danh sách, biên bản, dự thảo quyết định) từ bảng đang chấm. Thông tin nào để trống sẽ là chỗ "…………" để điền.',
    en: 'Draft the award dossier (proposal, lists, minutes, draft decision) from the sheet. Fields left empty become "…………" blanks to fill in.',
  },
  dossierSuperior: { vi: 'Cơ quan chủ quản', en: 'Superior body' },
  dossierIssuer: { vi: 'Cơ quan trình', en: 'Issuing body' },
  dossierSymbol: { vi: 'Viết tắt trong ký hiệu (TTr-…)', en: 'Abbreviation in the symbol (TTr-…)' },
  dossierNumber: { vi: 'Số tờ trình', en: 'Proposal number' },
  dossierPlace: { vi: 'Địa danh', en: 'Place' },
  dossierDate: { vi: 'Ngày tờ trình', en: 'Proposal date' },
  dossierSubmitTo: { vi: 'Kính gửi', en: 'Addressed to' },
  dossierSignerPrefix: { vi: 'Thẩm quyền ký (TM., KT., Q.…)', en: 'Signing capacity (TM., KT., Q.…)' },
  dossierOwnName: { vi: '(ký trực tiếp)', en: '(signs in own name)' },
  dossierSignerOn: { vi: 'Thay mặt / ký thay cho', en: 'On behalf of' },
  dossierSignerTitle: { vi: 'Chức vụ người ký', en: 'Signer title' },
  dossierSignerName: { vi: 'Họ tên người ký', en: 'Signer name' },
  dossierFunding: { vi: 'Nguồn kinh phí', en: 'Funding source' },
  dossierMeetingDate: { vi: 'Ngày họp Hội đồng', en: 'Council meeting date' },
  dossierDraft: { vi: 'Soạn hồ sơ', en: 'Draft the dossier' },
  dossierDrafted: {
    vi: 'Đã soạn {count} văn bản: {proposals} đề nghị khen thưởng, {pending} chờ Hội đồng quyết định, tổng tiền thưởng {total} đồng.',
    en: 'Drafted {count} documents: {proposals} award proposals, {pending} waiting for the council, prize money {total} đồng.',
  },
  dossierBlanks: {
    vi: 'Còn {count} thông tin để trống "…………" cần điền.',
    en: '{count} fields are left as "…………" blanks to fill in.',
  },
  dossierFiles: { vi: 'Văn bản của hồ sơ', en: 'Dossier documents' },
  dossierZip: { vi: 'Tải tất cả (.zip)', en: 'Download all (.zip)' },
  dossierDownload: { vi: 'Tải: {name}', en: 'Download: {name}' },

  signIn: { vi: 'Đăng nhập', en: 'Sign in' },
  signedInAs: { vi: 'Đã đăng nhập: {name}', en: 'Signed in as {name}' },
  error: { vi: 'Lỗi', en: 'Error' },
  needPlan: { vi: 'Hãy chọn kế hoạch trước.', en: 'Pick a plan first.' },
  needTable: { vi: 'Hãy nhận diện bảng trước.', en: 'Detect the table first.' },
  needWorkbook: { vi: 'Hãy mở một tệp .xlsx trước.', en: 'Open an .xlsx file first.' },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: UiLang, params: Record<string, string | number> = {}): string {
  const template: string = STRINGS[key][lang];
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export function allKeys(): StringKey[] {
  return Object.keys(STRINGS) as StringKey[];
}
