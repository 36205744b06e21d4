/**
 * The council features' messages as `{ code, params }`, rendered through the shared catalogue (the phrases are in
 * shared/src/messages/council.ts), Vietnamese first.
 */
import { MESSAGES, render, type Message } from '../messages';
import type { MessageParams } from '../messages/council';
import type { Lang } from '../values';

export { dmy, type MessageParams } from '../messages/council';

export interface CouncilMessage {
  code: string;
  params: MessageParams;
}

/** The kinds as the council sheet and the messages name them. */
export const KIND_WORDS: Record<string, { vi: string; en: string }> = {
  tie: { vi: 'chọn đơn vị đồng hạng', en: 'tie' },
  'missing:zero': { vi: 'tính 0 điểm giá trị thiếu', en: 'score missing values 0' },
  'missing:hold': { vi: 'chờ số liệu', en: 'wait for the values' },
  exclude: { vi: 'không xét thi đua', en: 'exclude' },
  include: { vi: 'xét thi đua', en: 'include' },
  vote: { vi: 'kết quả bỏ phiếu', en: 'vote' },
};

/** The message's text; a code the catalogue does not know is shown as itself rather than hidden. */
export function renderCouncil(msg: CouncilMessage, lang: Lang): string {
  if (!Object.hasOwn(MESSAGES, msg.code)) return msg.code;
  return render(msg as Message, lang);
}
