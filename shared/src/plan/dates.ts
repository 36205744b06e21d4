import { z } from 'zod';

/**
 * A calendar date written YYYY-MM-DD that exists (2023-02-30 and 2023-13-45 do not): the one date schema of plans,
 * requests, council decisions and dossier settings. `what` names the date in the message.
 */
export function realIsoDate(what?: { vi: string; en: string }) {
  return z.iso.date({
    error: what
      ? `${what.vi} phải là một ngày có thật, dạng YYYY-MM-DD (${what.en} must be a real date, YYYY-MM-DD)`
      : 'Ngày có thật, theo dạng YYYY-MM-DD (a real date as YYYY-MM-DD)',
  });
}
