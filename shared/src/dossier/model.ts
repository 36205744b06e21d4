/**
 * The dossier's documents as data: what a Vietnamese administrative document holds (NĐ 30/2020/NĐ-CP), with no
 * page layout. An adapter (shared/adapters/docx) turns it into a file.
 */

/** A place left for the office to fill in by hand. */
export const BLANK = '…………';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A blank to fill (a setting not given); rendered as written, counted by tests. */
  blank?: boolean;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: Run[];
  align?: Align;
  /** Body text: first-line indent, justified. */
  body?: boolean;
  /** Section heading (bold, keeps with the next paragraph). */
  heading?: boolean;
  /** Smaller text (notes under a table). */
  small?: boolean;
}

export interface TableCell {
  runs: Run[];
  align?: Align;
  bold?: boolean;
  /** Spans this many columns (a totals label, a section row). */
  span?: number;
}

export interface TableColumn {
  header: string;
  /** Relative width. */
  width: number;
  align?: Align;
}

export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  rows: TableCell[][];
}

export type Block = ParagraphBlock | TableBlock;

/** Upper-left and upper-right of page 1 (NĐ 30, Phụ lục I, ô 1–4). */
export interface HeaderBlock {
  /** Cơ quan chủ quản (line above the issuer), upper case; null = no line. */
  superior: Run[] | null;
  /** Tên cơ quan, tổ chức ban hành, upper case (bold when rendered). */
  issuer: Run[];
  /** "Số: 12/TTr-VHTT" — null for documents without a number (lists, reports). */
  numberLine: Run[] | null;
  /** "Phụng Hiệp, ngày 05 tháng 01 năm 2024". */
  placeDate: Run[];
}

/** One signature (NĐ 30, ô 7): authority line(s), title, space to sign, name. */
export interface Signature {
  /** "TM. ỦY BAN NHÂN DÂN", "KT. TRƯỞNG PHÒNG" — omitted when signing in one's own name. */
  authority: Run[] | null;
  title: Run[];
  name: Run[];
}

export type DocumentKind = 'to-trinh' | 'danh-sach' | 'bien-ban' | 'quyet-dinh' | 'bao-cao';

export interface DossierDocument {
  kind: DocumentKind;
  /** File name without extension, ASCII: "01-to-trinh". */
  fileName: string;
  /** What the office calls it: "Tờ trình đề nghị khen thưởng". */
  label: string;
  /** A draft carries "DỰ THẢO" above the header. */
  draft?: boolean;
  header: HeaderBlock;
  /** Tên loại văn bản, e.g. "TỜ TRÌNH". */
  title: string;
  /** Trích yếu lines under the title. */
  subtitle: string[];
  /** "Kính gửi: …" */
  addressee?: Run[];
  body: Block[];
  /** Left then right; one signature goes on the right. */
  signatures: Signature[];
  /** Nơi nhận lines (bottom left), e.g. "Như trên;"; null for documents without one (minutes, lists, reports). */
  recipients: string[] | null;
  orientation: 'portrait' | 'landscape';
}

export interface Proposal {
  unitId: string;
  name: string;
  kind: 'collective' | 'individual' | 'household';
  block: string;
  /** The award form this proposal is listed under (one list per form). */
  form: string;
  /** What the unit gets: the tier ("Giải Nhất") or the decision's name. */
  award: string;
  /** Thành tích / điểm. */
  achievement: string;
  /** Whole đồng; null when the plan sets no amount (the council decides). */
  prize: number | null;
  dossierSets: number | null;
  dueDate?: string;
  /** The engine's full reason (biên bản, báo cáo thành tích). */
  reason: string;
}

/** An award that waits for the council: a tie or an over-quota candidate. Never listed as proposed. */
export interface PendingAward {
  unitId: string;
  name: string;
  kind: Proposal['kind'];
  /** The awards it waits for, and their forms (the lists they would go on). */
  awards: string[];
  forms: string[];
  why: string;
}

/** Individual commendations a unit may propose (counts only: the names come from the unit). */
export interface Commendations {
  unitId: string;
  name: string;
  count: number;
  form: string;
}

export interface Dossier {
  planId: string;
  /** ASCII name of the .zip. */
  zipName: string;
  documents: DossierDocument[];
  proposals: Proposal[];
  pending: PendingAward[];
  commendations: Commendations[];
  total: number;
  dueDate: string | null;
  /**
   * The day the files are stamped with (YYYY-MM-DD): the date they are signed (settings), else the date the law is
   * read at. Taken from the request, so the same request gives the same bytes.
   */
  stampDate: string;
  /** Settings left blank, by key: what the office still has to fill. */
  blanks: string[];
}
