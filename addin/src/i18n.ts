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
    vi: 'Không tìm thấy bảng đơn vị × tiêu chí trên trang {sheet}. Hãy chọn vùng bảng (từ dòng tiêu đề đến đơn vị cuối cùng) rồi bấm "Nhận diện vùng đang chọn", chọn trang khác, hoặc bấm "Tạo trang chấm điểm theo kế hoạch".',
    en: 'No units × criteria table found on {sheet}. Select the table (from its header to the last unit) and press "Detect the selection", pick another sheet, or press "Create a scoring sheet from the plan".',
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
  levelUncertain: {
    vi: 'chưa chắc — kiểm tra rồi bấm "Đúng"',
    en: 'uncertain — check it, then press "Right"',
  },
  levelConfirmed: { vi: 'đã xác nhận', en: 'confirmed' },
  levelNone: { vi: 'không dùng', en: 'not used' },
  levelSelf: { vi: 'điểm đơn vị tự chấm', en: 'self-assessed' },
  groupSelf: { vi: 'Điểm đơn vị tự chấm', en: 'Self-assessed by the unit' },
  selfTarget: { vi: 'Tự chấm: {target}', en: 'Self-assessed: {target}' },
  selfWhy: {
    vi: 'Cột đơn vị tự chấm bên cạnh cột thẩm định ({appraised}): chấm riêng và hiện bên cạnh ("Điểm tự chấm", "Chênh lệch"); xếp hạng, khen thưởng theo điểm thẩm định.',
    en: 'The unit’s own column beside the appraised one ({appraised}): scored apart and shown beside it ("Self-assessed score", "Difference"); ranking and awards go by the appraised score.',
  },
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
  writtenProtected: {
    vi: 'Lưu ý: trang {sheets} đang được bảo vệ (khoá) — kết quả vẫn được ghi bên cạnh bảng trong tệp tải về, nhưng các ô đó cũng bị khoá cho tới khi bỏ bảo vệ trang (Xem lại → Bỏ bảo vệ trang tính).',
    en: 'Note: sheet {sheets} is protected (locked) — the results are still written beside the table in the downloaded file, but those cells are locked too until the sheet is unprotected (Review → Unprotect Sheet).',
  },
  topUnits: { vi: 'Dẫn đầu', en: 'Top units' },
  colRank: { vi: 'Hạng', en: 'Rank' },
  colUnit: { vi: 'Đơn vị', en: 'Unit' },
  colTotal: { vi: 'Tổng điểm', en: 'Total' },
  colAward: { vi: 'Giải', en: 'Award' },
  prizeFund: { vi: 'Tổng tiền thưởng: {used} đồng ({words})', en: 'Prize fund used: {used} đồng ({words})' },
  prizePlanned: { vi: 'Dự kiến: {planned} đồng', en: 'Planned: {planned} đồng' },
  prizePending: {
    vi: 'Chờ xác định (đồng hạng, chờ số liệu): {pending} đồng',
    en: 'Not yet settled (ties, missing data): {pending} đồng',
  },
  heldForData: { vi: 'Chờ số liệu còn thiếu', en: 'Waiting for missing data' },
  sheetsRead: {
    vi: 'Đã đọc {count} trang (mỗi trang một khối): {sheets}; kết quả ghi bên cạnh bảng của từng trang.',
    en: 'Read {count} sheets (one block each): {sheets}; results are written beside each sheet’s table.',
  },
  appraisalTitle: { vi: 'Tự chấm và thẩm định', en: 'Self-assessed and appraised' },
  appraisalRankOn: {
    vi: '{changed} mục có điểm thẩm định khác điểm tự chấm; xếp hạng và khen thưởng theo điểm {on}.',
    en: '{changed} items appraised differently from the self-assessment; ranking and awards go by the {on} score.',
  },
  appraisalOnAppraised: { vi: 'thẩm định', en: 'appraised' },
  appraisalOnSelf: { vi: 'tự chấm', en: 'self-assessed' },
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

  runInOtherLang: {
    vi: 'Kết quả dưới đây và trong sổ được viết bằng tiếng Anh ở lần chấm này; bấm "Chấm điểm và ghi kết quả" để viết lại bằng tiếng Việt.',
    en: 'The results below and in the workbook were written in Vietnamese by this run; press "Score and write back" to write them in English.',
  },
  hiddenUnitsTitle: {
    vi: '{count} đơn vị trong bảng đang bị ẩn (lọc hoặc ẩn dòng) — không được chấm, không có kết quả',
    en: '{count} units of the table are hidden (a filter, or hidden lines) — not scored, no result',
  },
  hiddenUnitsList: { vi: 'Các đơn vị đang bị ẩn', en: 'Hidden units' },
  hiddenUnitsWhat: {
    vi: 'Nếu các đơn vị này cũng cần được xét, hãy bỏ lọc hoặc bỏ ẩn rồi bấm "Nhận diện bảng" lại.',
    en: 'If these units are to be considered too, clear the filter or unhide them, then press "Detect the table" again.',
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

  formsTitle: { vi: 'Đăng ký và phiếu tự chấm điểm', en: 'Registration and self-assessment forms' },
  formsIntro: {
    vi: 'Đơn vị đăng ký thi đua, tự chấm trên phiếu; cơ quan thường trực thẩm định trên phiếu; gộp các phiếu thành bảng tổng hợp rồi chấm điểm.',
    en: 'Units register, score themselves on a form; the standing office appraises on the form; merge the forms into the summary table, then score it.',
  },
  formsRegistration: { vi: 'Tạo mẫu đăng ký thi đua', en: 'Make the registration sheet' },
  formsRegistrationDone: { vi: 'Đã tạo mẫu đăng ký thi đua.', en: 'Registration sheet made.' },
  formsUnits: { vi: 'Các đơn vị (mỗi dòng một đơn vị)', en: 'Units (one per line)' },
  formsMake: { vi: 'Tạo phiếu tự chấm', en: 'Make the forms' },
  formsMade: {
    vi: 'Đã tạo {count} phiếu tự chấm điểm (mỗi đơn vị một trang).',
    en: '{count} self-assessment forms made (one sheet per unit).',
  },
  formsNeedUnits: { vi: 'Ghi tên ít nhất một đơn vị.', en: 'Type at least one unit.' },
  formsNeedBlock: {
    vi: 'Kế hoạch có nhiều khối: chọn khối ở trên.',
    en: 'The plan has several blocks: pick one above.',
  },
  formsMergeFiles: {
    vi: 'Gộp các phiếu đã điền (chọn nhiều tệp)',
    en: 'Merge the filled forms (pick several files)',
  },
  formsMergeSheets: { vi: 'Gộp các phiếu trong sổ này', en: 'Merge the forms in this workbook' },
  formsMerged: {
    vi: 'Đã gộp phiếu của {units}/{roster} đơn vị; {changed} mục có điểm thẩm định khác điểm tự chấm.',
    en: 'Merged the forms of {units}/{roster} units; {changed} items appraised differently.',
  },
  formsSummaryOpened: {
    vi: 'Bảng tổng hợp {name} đang mở: nhận diện bảng và chấm điểm ở các bước 2–4, rồi tải tệp về.',
    en: 'The summary {name} is open: detect the table and score it in steps 2–4, then download it.',
  },
  formsProblems: { vi: 'Các phiếu có vấn đề', en: 'Problems with the forms' },
  stepCouncil: { vi: '6. Hội đồng', en: '6. Council' },
  councilIntro: {
    vi: 'Hội đồng quyết định các trường hợp đồng hạng, giá trị thiếu, xét / không xét thi đua và bỏ phiếu. Mỗi quyết định được ghi vào trang "Quyết định của Hội đồng", áp dụng ở lần chấm sau và ghi vào nhật ký.',
    en: 'The council settles ties, missing values, inclusions and exclusions, and votes. Each decision goes on the "Quyết định của Hội đồng" sheet, is applied on the next run and listed in the log.',
  },
  councilOpen: { vi: 'Việc chờ Hội đồng', en: 'Waiting for the council' },
  councilHeld: {
    vi: '{unit}: thiếu số liệu ({missing}) — giữ lại giải của {count} đơn vị',
    en: '{unit}: values missing ({missing}) — holds the awards of {count} units',
  },
  councilVote: {
    vi: '{unit}: {award} chờ Hội đồng bỏ phiếu (cần {share}%)',
    en: '{unit}: {award} waits for the vote ({share}%)',
  },
  councilNothing: { vi: 'Không có việc nào chờ Hội đồng.', en: 'Nothing waits for the council.' },
  councilRecord: { vi: 'Ghi quyết định', en: 'Record a decision' },
  councilKind: { vi: 'Loại quyết định', en: 'Decision' },
  councilKindTie: { vi: 'Chọn đơn vị nhận giải đồng hạng', en: 'Tie: unit takes the place' },
  councilKindZero: { vi: 'Tính 0 điểm giá trị thiếu', en: 'Score missing values 0' },
  councilKindHold: { vi: 'Chờ số liệu', en: 'Wait for the values' },
  councilKindExclude: { vi: 'Không xét thi đua', en: 'Exclude' },
  councilKindInclude: { vi: 'Xét thi đua', en: 'Include' },
  councilKindVote: { vi: 'Kết quả bỏ phiếu', en: 'Vote result' },
  councilUnit: { vi: 'Đơn vị', en: 'Unit' },
  councilAward: { vi: 'Giải / hình thức khen thưởng', en: 'Award' },
  councilRule: { vi: 'Căn cứ (quy định áp dụng)', en: 'Rule invoked' },
  councilVotesFor: { vi: 'Số phiếu đồng ý', en: 'Votes for' },
  councilMembers: { vi: 'Tổng số thành viên Hội đồng', en: 'Council members' },
  councilReason: { vi: 'Lý do', en: 'Reason' },
  councilDate: { vi: 'Ngày quyết định', en: 'Date' },
  councilBy: { vi: 'Người ghi', en: 'Recorded by' },
  councilSave: { vi: 'Ghi vào trang Quyết định của Hội đồng', en: 'Write it on the council sheet' },
  councilSaved: {
    vi: 'Đã ghi quyết định vào trang "Quyết định của Hội đồng". Bấm "Chấm lại" để áp dụng.',
    en: 'Decision written on the "Quyết định của Hội đồng" sheet. Press "Score again" to apply it.',
  },
  councilMissingFields: {
    vi: 'Cần điền: {fields}.',
    en: 'Fill in: {fields}.',
  },
  councilRescore: { vi: 'Chấm lại', en: 'Score again' },
  councilOutcomes: {
    vi: 'Quyết định của Hội đồng ở lần chấm này',
    en: "The council's decisions in this run",
  },
  councilApplied: { vi: 'Áp dụng', en: 'Applied' },
  councilRefused: { vi: 'Từ chối', en: 'Refused' },
  councilSheetProblems: {
    vi: 'Dòng chưa đọc được trên trang Quyết định của Hội đồng',
    en: 'Rows of the council sheet not read',
  },
  diffTitle: { vi: 'Thay đổi so với lần chấm trước', en: 'What changed since the previous run' },
  diffPreviewTitle: {
    vi: 'Ảnh hưởng của kế hoạch đã sửa (chưa lưu)',
    en: 'Impact of the edited plan (not saved)',
  },
  diffFinalTitle: { vi: 'Khác với kết quả chính thức', en: 'Different from the final results' },
  previewImpact: { vi: 'Xem trước ảnh hưởng', en: 'Preview the impact' },
  previewIntro: {
    vi: 'Chấm thử kế hoạch đang sửa trên trang "Tiêu chí" và so sánh với lần chấm gần nhất — không ghi gì vào sổ.',
    en: 'Score the plan as edited on the "Tiêu chí" sheet and compare with the last run — nothing is written.',
  },
  finalTitle: { vi: 'Kết quả chính thức', en: 'Final results' },
  finalBy: { vi: 'Người chốt', en: 'Marked final by' },
  finalReplace: { vi: 'Thay kết quả chính thức đã chốt', en: 'Replace the final results' },
  finalMark: { vi: 'Chốt kết quả chính thức', en: 'Mark the results final' },
  finalNone: { vi: 'Chưa chốt kết quả chính thức.', en: 'Not marked final yet.' },
  finalMarkedAt: { vi: 'Đã chốt ngày {at}{by}.', en: 'Marked final on {at}{by}.' },
  targetHasValidation: {
    vi: 'Các ô sẽ ghi kết quả ({range}) trên trang "{sheet}" có quy tắc xác thực dữ liệu (Xác thực dữ liệu — Data Validation) của anh/chị, nên có thể là ô để dành cho việc nhập liệu; chương trình không ghi vào đó và chưa ghi gì vào sổ. Hãy xoá quy tắc ở các ô này (chọn các ô, Dữ liệu → Xác thực dữ liệu → Xoá tất cả) hoặc dời bảng đi, rồi chấm điểm lại.',
    en: 'The cells the results would go in ({range}) on sheet "{sheet}" carry a data validation rule of yours (Data Validation), so they may be kept for your own input; the program does not write there, and nothing was written. Remove the rule from these cells (select them, Data → Data Validation → Clear All) or move the table, then score again.',
  },
  targetHasConditionalFormat: {
    vi: 'Các ô sẽ ghi kết quả ({range}) trên trang "{sheet}" có định dạng có điều kiện (Conditional Formatting) của anh/chị, nên kết quả sẽ bị tô màu theo quy tắc đó; chưa ghi gì vào sổ. Hãy xoá quy tắc ở các ô này (chọn các ô, Trang đầu → Định dạng có điều kiện → Xoá quy tắc → Xoá quy tắc khỏi các ô đã chọn), rồi chấm điểm lại.',
    en: 'The cells the results would go in ({range}) on sheet "{sheet}" carry a conditional format of yours, so the results would be coloured by that rule; nothing was written. Remove the rule from these cells (select them, Home → Conditional Formatting → Clear Rules → Clear Rules from Selected Cells), then score again.',
  },
  apiUnreachable: {
    vi: 'Không kết nối được máy chủ chấm điểm ({url}): kiểm tra kết nối mạng, hoặc hỏi người quản trị địa chỉ máy chủ. (Chi tiết kỹ thuật: {detail})',
    en: 'Could not reach the scoring server ({url}): check the network connection, or ask the administrator for the server address. (Technical details: {detail})',
  },
  apiTimeout: {
    vi: 'Máy chủ chấm điểm không trả lời sau {seconds} giây ({url}): mạng chậm hoặc máy chủ đang bận.',
    en: 'The scoring server did not answer within {seconds} seconds ({url}): the network is slow or the server is busy.',
  },
  apiSignIn: {
    vi: 'Máy chủ chấm điểm cần anh/chị đăng nhập (mã {status}): bấm "Đăng nhập" ở đầu trang rồi chấm điểm lại.',
    en: 'The scoring server needs you to sign in (status {status}): press "Sign in" at the top, then score again.',
  },
  apiForbidden: {
    vi: 'Tài khoản đang đăng nhập không được dùng máy chủ chấm điểm (mã {status}): hỏi người quản trị cấp quyền.',
    en: 'The account signed in may not use the scoring server (status {status}): ask the administrator for access.',
  },
  apiBusy: {
    vi: 'Máy chủ chấm điểm đang quá tải (mã {status}); thử lại sau ít phút.',
    en: 'The scoring server is overloaded (status {status}); try again in a few minutes.',
  },
  apiServerError: {
    vi: 'Máy chủ chấm điểm bị lỗi (mã {status}) — lỗi ở máy chủ, không phải ở dữ liệu trong sổ.',
    en: 'The scoring server failed (status {status}) — a fault of the server, not of the data in the workbook.',
  },
  apiNotFound: {
    vi: 'Không tìm thấy máy chủ chấm điểm ở địa chỉ {url} (mã {status}): hỏi người quản trị địa chỉ đúng.',
    en: 'No scoring server at {url} (status {status}): ask the administrator for the right address.',
  },
  apiTooLarge: {
    vi: 'Máy chủ chấm điểm không nhận vì dữ liệu gửi đi quá lớn (mã {status}): chia bảng thành nhiều trang nhỏ hơn rồi chấm từng trang.',
    en: 'The scoring server refused the data as too large (status {status}): split the table into smaller sheets and score each.',
  },
  apiWrongRequest: {
    vi: 'Máy chủ ở địa chỉ {url} không nhận yêu cầu chấm điểm (mã {status}): có thể địa chỉ máy chủ bị cấu hình sai; hỏi người quản trị.',
    en: 'The server at {url} does not take scoring requests (status {status}): its address may be set up wrongly; ask the administrator.',
  },
  apiRejected: {
    vi: 'Máy chủ chấm điểm từ chối yêu cầu (mã {status}, {url}).',
    en: 'The scoring server refused the request (status {status}, {url}).',
  },
  planInvalidWhat: {
    vi: 'Kế hoạch {source} không hợp lệ, chưa được dùng (kế hoạch đang dùng vẫn giữ nguyên). Sửa các chỗ sau rồi nạp lại: {problems}',
    en: 'The plan {source} is not valid and was not used (the plan in use is kept). Fix the following, then load it again: {problems}',
  },
  planSourceFile: { vi: 'trong tệp', en: 'in the file' },
  planSourceSheet: { vi: 'trên trang "Tiêu chí"', en: 'on the "Tiêu chí" sheet' },
  planSourceBuiltIn: { vi: 'có sẵn', en: 'built in' },
  planNotJson: {
    vi: 'Tệp {file} không phải tệp JSON hợp lệ nên không đọc được kế hoạch. Hãy chọn tệp kế hoạch .json (ví dụ tệp đã tải từ chương trình) hoặc sửa lỗi cú pháp ở chỗ được báo. (Chi tiết kỹ thuật: {detail})',
    en: 'The file {file} is not valid JSON, so no plan could be read from it. Pick a plan .json file (for example one saved from the program) or fix the syntax error where it is reported. (Technical details: {detail})',
  },
  planSheetMissing: {
    vi: 'Sổ không có trang "{sheet}". Bấm "Ghi kế hoạch ra trang "Tiêu chí"" để tạo trang đó từ kế hoạch đang dùng, sửa trên trang rồi bấm "Đọc trang "Tiêu chí"".',
    en: 'The workbook has no "{sheet}" sheet. Press "Write the plan to a "Tiêu chí" sheet" to make it from the plan in use, edit it, then press "Read the "Tiêu chí" sheet".',
  },
  dossierSettingsInvalid: {
    vi: 'Thông tin hồ sơ chưa hợp lệ, chưa soạn hồ sơ. Sửa các ô sau rồi bấm lại "Soạn hồ sơ": {problems}',
    en: 'The dossier details are not valid; nothing was drafted. Fix these fields, then press "Draft the dossier" again: {problems}',
  },
  dossierRefused: {
    vi: 'Không soạn được hồ sơ từ kết quả chấm này: {problems}',
    en: 'The dossier could not be drafted from this run: {problems}',
  },
  inPageRefused: {
    vi: 'Dữ liệu đọc từ bảng không chấm được (bộ máy chấm điểm trong trang từ chối): {problems}. Sửa các ô được nêu rồi thử lại.',
    en: 'The data read from the table could not be scored (the engine in the page refused it): {problems}. Fix the cells named, then try again.',
  },
  planFileUnnamed: { vi: 'đã chọn', en: 'chosen' },
  sheetExists: {
    vi: 'Trang "{sheet}" đã có trong sổ; chương trình không ghi đè trang đã có nên chưa tạo gì. Hãy đổi tên hoặc xoá trang "{sheet}" rồi bấm lại "{action}".',
    en: 'The workbook already has a sheet "{sheet}"; the program does not overwrite an existing sheet, so nothing was created. Rename or delete the sheet "{sheet}", then press "{action}" again.',
  },
  noSuchSheet: {
    vi: 'Tệp {file} không có trang "{sheet}" (có thể trang đã được đổi tên hoặc xoá). Hãy chọn lại trang ở bước "2. Bảng tính" rồi bấm "Nhận diện bảng".',
    en: 'The file {file} has no sheet "{sheet}" (it may have been renamed or deleted). Pick the sheet again at step "2. Sheet", then press "Detect the table".',
  },
  noSuchSheetExcel: {
    vi: 'Sổ không có trang "{sheet}" (có thể trang đã được đổi tên hoặc xoá). Hãy chọn lại trang ở bước "2. Bảng tính" rồi bấm "Nhận diện bảng".',
    en: 'The workbook has no sheet "{sheet}" (it may have been renamed or deleted). Pick the sheet again at step "2. Sheet", then press "Detect the table".',
  },
  fileNoSheets: {
    vi: 'Tệp {file} không có trang tính nào để đọc. Hãy mở tệp Excel có bảng chấm điểm.',
    en: 'The file {file} has no worksheet to read. Open the Excel file that holds the scoring table.',
  },
  sheetTooLargeToRead: {
    vi: '{sheet} quá lớn để đọc một lần (trên 5 triệu ô, hoặc trên 5 MB với Excel trên web), thường do một ô có dữ liệu nằm rất xa bảng. Hãy chọn vùng bảng (từ dòng tiêu đề đến đơn vị cuối cùng) rồi bấm "Nhận diện vùng đang chọn", hoặc xoá các ô thừa ở xa bảng.',
    en: '{sheet} is too large to read at once (over 5 million cells, or over 5 MB in Excel on the web), usually because of a cell far away from the table. Select the table (from its header to the last unit) and press "Detect the selection", or delete the stray cells far from the table.',
  },
  activeSheetName: { vi: 'Trang đang mở', en: 'The active sheet' },
  namedSheet: { vi: 'Trang "{sheet}"', en: 'The sheet "{sheet}"' },
  selectionTooLarge: {
    vi: 'Vùng đang chọn quá lớn để đọc một lần (trên 5 triệu ô hoặc 5 MB). Hãy chọn đúng vùng bảng (từ dòng tiêu đề đến đơn vị cuối cùng, không chọn cả cột) rồi bấm lại "Nhận diện vùng đang chọn".',
    en: 'The selection is too large to read at once (over 5 million cells or 5 MB). Select only the table (from its header to the last unit, not whole columns), then press "Detect the selection" again.',
  },
  writeTooLarge: {
    vi: 'Một lệnh ghi ({what}) cần {bytes} byte, quá giới hạn {budget} byte của một lần gửi tới Excel; chưa ghi gì vào sổ. Thường là do một ô có nội dung quá dài: rút ngắn nội dung đó (hoặc chia bảng thành nhiều trang nhỏ hơn) rồi chấm điểm lại.',
    en: 'One write ({what}) needs {bytes} bytes, over the {budget}-byte limit of one request to Excel; nothing was written. Usually a cell holds too long a text: shorten it (or split the table into smaller sheets), then score again.',
  },
  writeTooLargeSettings: {
    vi: 'cấu hình lưu trong sổ',
    en: 'the configuration saved in the workbook',
  },
  inputOverlap: {
    vi: 'Chưa ghi gì vào sổ: kết quả sẽ ghi vào {target}, chồng lên dữ liệu của anh/chị ở {input} (tên đơn vị, tiêu đề hoặc các cột đang được đọc). Chương trình không bao giờ ghi đè dữ liệu gốc. Hãy để trống các cột bên phải bảng (hoặc dời bảng khác ra xa), bấm "Nhận diện bảng" lại rồi chấm điểm.',
    en: 'Nothing was written: the results would go in {target}, over your data in {input} (unit names, headers or the columns being read). The program never writes over the original data. Leave the columns right of the table empty (or move the other table away), press "Detect the table" again, then score.',
  },
  inputOverlapSheet: {
    vi: 'toàn bộ trang "{sheet}" (trang sẽ bị thay)',
    en: 'the whole sheet "{sheet}" (it would be replaced)',
  },
  signInDialogFailed: {
    vi: 'Không mở được hộp thoại đăng nhập ({detail}). Nếu trình duyệt chặn cửa sổ bật lên, hãy cho phép rồi bấm "Đăng nhập" lại.',
    en: 'The sign-in dialog could not be opened ({detail}). If the browser blocks pop-ups, allow them, then press "Sign in" again.',
  },
  signInFailed: {
    vi: 'Đăng nhập không thành công ({detail}). Bấm "Đăng nhập" lại; nếu vẫn lỗi, hỏi người quản trị.',
    en: 'Sign-in failed ({detail}). Press "Sign in" again; if it still fails, ask the administrator.',
  },
  signInClosed: {
    vi: 'Hộp thoại đăng nhập đã đóng trước khi đăng nhập xong. Bấm "Đăng nhập" để thử lại.',
    en: 'The sign-in dialog was closed before signing in finished. Press "Sign in" to try again.',
  },
  previewNeedsRun: {
    vi: 'Hãy chấm điểm một lần trước (bước "4. Chấm điểm"): bản xem trước so sánh với lần chấm gần nhất.',
    en: 'Score the sheet once first (step "4. Score"): the preview compares with the last run.',
  },
  blankCell: { vi: '(trống)', en: '(blank)' },
  dong: { vi: 'đ', en: 'đồng' },
  showMore: { vi: 'Hiện thêm {count} (còn {left})', en: 'Show {count} more ({left} left)' },
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
