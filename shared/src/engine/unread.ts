import { bilingual, type Message } from '../messages';

/** A reader's failure saying why, in both languages (the shape `Parsed` carries). */
export function unreadable(
  reason: 'missing' | 'invalid',
  message: Message,
): { ok: false; reason: 'missing' | 'invalid'; detail: string; detailEn: string } {
  const { message: detail, messageEn: detailEn } = bilingual(message);
  return { ok: false, reason, detail, detailEn };
}
