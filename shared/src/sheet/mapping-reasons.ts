/**
 * Why a column was (or was not) matched, as data — `{ code, params }` — rendered in Vietnamese or English from the
 * catalogue (messages/mapping.ts), for the pane, the CLI's mapping table and the mapping saved in the workbook.
 */
import { render, type Message } from '../messages';
import { MAPPING_PHRASES, type ReasonParams } from '../messages/mapping';

export type ReasonCode =
  | 'id'
  | 'number'
  | 'code'
  | 'abbreviation'
  | 'text'
  | 'group'
  | 'title-target'
  | 'title-target-differs'
  | 'values'
  | 'values-unreadable'
  | 'year'
  | 'ambiguous'
  | 'text-says-other'
  | 'number-says-other'
  | 'lost'
  | 'result-column'
  | 'no-header'
  | 'number-not-in-plan'
  | 'no-match'
  | 'family-part'
  | 'family-unlabelled'
  | 'family-no-whole-year'
  | 'family-points-only'
  | 'user-chose'
  | 'user-cleared'
  | 'user-confirmed'
  | 'user-moved'
  | 'hidden-line';

export interface MappingReason {
  code: ReasonCode;
  params?: Record<string, string | number>;
}

type Lang = 'vi' | 'en';
type Params = ReasonParams;

/** One reason in the official's language (a code this version does not know, from a newer saved mapping: as is). */
export function reasonText(reason: { code: string; params?: Params }, lang: Lang = 'vi'): string {
  const code = `mapping.${reason.code}`;
  if (!Object.hasOwn(MAPPING_PHRASES, code)) return reason.code;
  return render({ code, params: reason.params ?? {} } as Message, lang);
}

/** A column's reasons as one sentence: "Khớp số thứ tự 8 ("TC 8"), khớp từ viết tắt DVCTT, giá trị là tỷ lệ %". */
export function reasonsText(
  reasons: readonly { code: string; params?: Params }[],
  lang: Lang = 'vi',
): string {
  const text = reasons.map((r) => reasonText(r, lang)).join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
