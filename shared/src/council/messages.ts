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

/** The message's text; a code the catalogue does not know is shown as itself rather than hidden. */
export function renderCouncil(msg: CouncilMessage, lang: Lang): string {
  if (!Object.hasOwn(MESSAGES, msg.code)) return msg.code;
  return render(msg as Message, lang);
}
