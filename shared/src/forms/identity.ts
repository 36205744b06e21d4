/**
 * A form's identity, kept in the workbook's settings (a very hidden "_thidua" sheet in files, one key per form
 * sheet) and shown on the form itself: which plan (id, version, hash), block and unit it is for, the batch of forms
 * it was made with (so a merge can name the forms still missing), and where each row is (so a merge sees a row
 * deleted or a criterion renamed).
 */
import { z } from 'zod';
import { render, say } from '../messages';

export const FORM_SETTING_PREFIX = 'thidua.form.';
export const FORM_KIND = 'thidua-self-assessment';

export function formSettingKey(sheet: string): string {
  return `${FORM_SETTING_PREFIX}${sheet}`;
}

const Unit = z.object({ id: z.string().min(1), name: z.string() }).strict();

export const FormIdentitySchema = z
  .object({
    kind: z.literal(FORM_KIND),
    version: z.literal(1),
    planId: z.string().min(1),
    planVersion: z.string(),
    planHash: z.string(),
    block: z.string().min(1),
    /** The language the form's titles are written in. */
    lang: z.enum(['vi', 'en']),
    unit: Unit,
    /** The forms made together: their id (a hash of plan, block and units) and every unit, in order. */
    batch: z.object({ id: z.string(), units: z.array(Unit) }).strict(),
    /** 0-based rows: the header row and one row per item (its key, STT and title as written). */
    layout: z
      .object({
        headerRow: z.number().int().nonnegative(),
        rows: z.array(
          z
            .object({
              key: z.string(),
              row: z.number().int().nonnegative(),
              number: z.string(),
              title: z.string(),
            })
            .strict(),
        ),
      })
      .strict(),
  })
  .strict();
export type FormIdentity = z.infer<typeof FormIdentitySchema>;

/** Columns of a form (0-based): STT, nội dung, điểm chuẩn, cách ghi, tự chấm, minh chứng, thẩm định, lý do. */
export const FORM_COLUMNS = {
  number: 0,
  title: 1,
  max: 2,
  hint: 3,
  self: 4,
  evidence: 5,
  appraised: 6,
  reason: 7,
} as const;

/** The form identities a workbook's settings hold, by sheet; unreadable entries are reported, never trusted. */
export function formIdentities(settings: Record<string, string> | undefined): {
  forms: { sheet: string; identity: FormIdentity }[];
  unreadable: string[];
} {
  const forms: { sheet: string; identity: FormIdentity }[] = [];
  const unreadable: string[] = [];
  for (const [key, text] of Object.entries(settings ?? {})) {
    if (!key.startsWith(FORM_SETTING_PREFIX)) continue;
    const sheet = key.slice(FORM_SETTING_PREFIX.length);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      unreadable.push(sheet);
      continue;
    }
    const identity = FormIdentitySchema.safeParse(parsed);
    if (identity.success) forms.push({ sheet, identity: identity.data });
    else unreadable.push(sheet);
  }
  forms.sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0));
  return { forms, unreadable: unreadable.sort() };
}

/** The line printed on the form: "Mã phiếu: <plan> · phiên bản … · <hash> · khối … · đơn vị …". */
export function identityLine(identity: FormIdentity, lang: 'vi' | 'en'): string {
  const hash = identity.planHash.replace(/^sha256:/, '').slice(0, 12);
  const { planId: plan, planVersion: version, block } = identity;
  return render(say('form.identity', { plan, version, hash, block, unit: identity.unit.id }), lang);
}
