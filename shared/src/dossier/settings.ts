import { z } from 'zod';
import { render, say } from '../messages';
import { zodProblems } from '../messages/zod';
import { realIsoDate } from '../plan/dates';
import type { Parameter, Plan } from '../plan/schema';
import type { Problem } from '../problems';

/**
 * Dossier settings: what only the office knows (issuing body, document number, signer, place, date, funding source,
 * recipients). Each comes from a plan parameter `dossier-<kebab-case key>` (e.g. `dossier-signer-name`), overridden by
 * the settings stored in the workbook, overridden by the request's `options.dossier` (API) or `--settings` (CLI).
 * Anything not given is left as a visible blank ("…………") in the documents — never invented.
 */
/** A setting as sent is at most 1 000 characters (as the JSON Schema says); it is kept trimmed. */
const Field = z.string().max(1000).trim();
const IsoDate = realIsoDate();
const Lines = z.array(Field).max(100);
const SignerPrefix = z
  .enum(['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.', ''])
  .describe(
    'Quyền hạn ký (NĐ 30/2020): TM. thay mặt tập thể, KT. ký thay, Q. quyền, TL. thừa lệnh, TUQ.; "" ký trực tiếp',
  );

export const CouncilMemberSchema = z
  .object({
    name: Field.describe('Họ và tên'),
    position: Field.optional().describe('Chức vụ, đơn vị công tác'),
    role: Field.optional().describe('Chức danh trong Hội đồng (Chủ tịch, Phó Chủ tịch, Ủy viên…)'),
  })
  .strict();
export type CouncilMember = z.infer<typeof CouncilMemberSchema>;

export const DossierSettingsSchema = z
  .object({
    issuer: Field.optional().describe(
      'Cơ quan ban hành tờ trình, danh sách, biên bản (ví dụ PHÒNG VĂN HÓA VÀ THÔNG TIN)',
    ),
    superior: Field.optional().describe(
      'Cơ quan chủ quản, ghi trên tên cơ quan ban hành (ví dụ UBND HUYỆN PHỤNG HIỆP)',
    ),
    symbol: Field.optional().describe(
      'Chữ viết tắt tên cơ quan trong ký hiệu văn bản, ví dụ VHTT → Số: …/TTr-VHTT',
    ),
    number: Field.optional().describe('Số của tờ trình'),
    place: Field.optional().describe('Địa danh ghi trước ngày tháng, ví dụ Phụng Hiệp'),
    date: IsoDate.optional().describe('Ngày ký tờ trình, danh sách (YYYY-MM-DD)'),
    submitTo: Field.optional().describe('Kính gửi (nơi trình), ví dụ Chủ tịch UBND huyện Phụng Hiệp'),
    signerPrefix: SignerPrefix.optional(),
    signerOn: Field.optional().describe(
      'Sau TM./KT./TL.: tập thể hoặc chức danh người đứng đầu, ví dụ ỦY BAN NHÂN DÂN, TRƯỞNG PHÒNG',
    ),
    signerTitle: Field.optional().describe('Chức vụ người ký, ví dụ PHÓ TRƯỞNG PHÒNG'),
    signerName: Field.optional().describe('Họ và tên người ký'),
    fundingSource: Field.optional().describe(
      'Nguồn kinh phí khen thưởng, ví dụ Quỹ thi đua, khen thưởng huyện năm 2024',
    ),
    recipients: Lines.optional().describe('Nơi nhận của tờ trình (ngoài "Như trên" và "Lưu: VT")'),
    basis: Lines.optional().describe(
      'Căn cứ thêm của tờ trình và quyết định (văn bản quy định chức năng, nhiệm vụ…)',
    ),
    dueDate: IsoDate.optional().describe('Hạn gửi hồ sơ (thay hạn của kế hoạch)'),
    council: Field.optional().describe('Tên Hội đồng họp xét (mặc định HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG)'),
    councilSuperior: Field.optional().describe('Cơ quan có Hội đồng, ghi trên tên Hội đồng ở biên bản'),
    meetingDate: IsoDate.optional().describe('Ngày họp Hội đồng Thi đua – Khen thưởng'),
    meetingTime: Field.optional().describe('Giờ họp, ví dụ 14 giờ 00'),
    meetingPlace: Field.optional().describe('Địa điểm họp'),
    chair: Field.optional().describe('Chủ trì cuộc họp (họ tên, chức vụ)'),
    secretary: Field.optional().describe('Thư ký cuộc họp'),
    members: z.array(CouncilMemberSchema).max(100).optional().describe('Thành viên Hội đồng dự họp'),
    membersTotal: z.number().int().min(1).max(200).optional().describe('Tổng số thành viên Hội đồng'),
    decisionIssuer: Field.optional().describe('Cơ quan ban hành quyết định khen thưởng'),
    decisionSuperior: Field.optional().describe('Cơ quan chủ quản của cơ quan ban hành quyết định'),
    decisionSymbol: Field.optional().describe(
      'Chữ viết tắt trong ký hiệu quyết định, ví dụ UBND → Số: …/QĐ-UBND',
    ),
    decisionAuthority: Field.optional().describe(
      'Thẩm quyền ban hành, ví dụ CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN PHỤNG HIỆP',
    ),
    decisionSignerPrefix: SignerPrefix.optional(),
    decisionSignerOn: Field.optional(),
    decisionSignerTitle: Field.optional(),
    decisionSignerName: Field.optional(),
    decisionBasis: Lines.optional().describe(
      'Căn cứ thẩm quyền của quyết định (Luật Tổ chức chính quyền địa phương…)',
    ),
    executors: Lines.optional().describe('Điều 3: các cơ quan, đơn vị chịu trách nhiệm thi hành'),
    decisionRecipients: Lines.optional().describe(
      'Nơi nhận của quyết định (ngoài "Như Điều 3" và "Lưu: VT")',
    ),
    achievementReports: z
      .boolean()
      .optional()
      .describe('Kèm báo cáo thành tích của từng tập thể, cá nhân được đề nghị (kế hoạch yêu cầu)'),
  })
  .strict()
  .describe('Thông tin hồ sơ chỉ cơ quan biết; trường nào trống thì để chỗ trống "…………" để điền');

export type DossierSettings = z.infer<typeof DossierSettingsSchema>;
export type SettingKey = keyof DossierSettings;

const LIST_KEYS = new Set<SettingKey>(['recipients', 'basis', 'executors', 'decisionRecipients']);

function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Plan parameter id of each setting: issuer → "dossier-issuer", signerName → "dossier-signer-name". */
export const PARAMETER_IDS: Record<SettingKey, string> = Object.fromEntries(
  Object.keys(DossierSettingsSchema.shape).map((key) => [key, `dossier-${kebab(key)}`]),
) as Record<SettingKey, string>;

/** "a; b" or one item per line → ["a", "b"]. */
function splitList(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "Nguyễn Văn A | Phó Chủ tịch UBND huyện | Chủ tịch Hội đồng; …" → members. */
function splitMembers(text: string): CouncilMember[] {
  return splitList(text).map((item) => {
    const [name, position, role] = item.split('|').map((s) => s.trim());
    return { name, ...(position ? { position } : {}), ...(role ? { role } : {}) };
  });
}

/** A parameter's value as the setting expects it; unchanged when it cannot be read (zod then says why). */
function fromParameter(key: SettingKey, value: Parameter['value']): unknown {
  if (value === null) return undefined;
  if (typeof value === 'string' && !value.trim()) return undefined;
  if (LIST_KEYS.has(key) && typeof value === 'string') return splitList(value);
  if (key === 'members' && typeof value === 'string') return splitMembers(value);
  if (key === 'achievementReports' && typeof value === 'string') {
    if (/^(có|co|yes|true|1)$/i.test(value.trim())) return true;
    if (/^(không|khong|no|false|0)$/i.test(value.trim())) return false;
  }
  if (key === 'membersTotal' && typeof value === 'string' && /^\d+$/.test(value.trim()))
    return Number(value.trim());
  if (typeof value === 'number' && key !== 'membersTotal') return String(value);
  return value;
}

/** A settings problem in both languages, zod's own words in the official's language ("Khóa không được nhận dạng"). */
function settingProblem(issue: z.core.$ZodIssue, key: string, path: string): Problem {
  const [said] = zodProblems([issue]);
  const words = { vi: said.message, en: said.messageEn ?? said.message };
  const text = (lang: 'vi' | 'en') =>
    render(
      key
        ? say('dossier.setting-invalid', { key, issue: words[lang] })
        : say('dossier.settings-invalid', { issue: words[lang] }),
      lang,
    );
  return { path, message: text('vi'), messageEn: text('en') };
}

/** The key an issue is about: its path, or the one unknown key it names ("signer" in options.dossier.signer). */
function issueKey(issue: z.core.$ZodIssue): string {
  const unknown = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? issue.keys : [];
  return [...issue.path.map(String), ...unknown].join('.');
}

function problemsOf(error: z.ZodError, path: (key: string) => string): Problem[] {
  return error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    return settingProblem(issue, key, path(key));
  });
}

function withoutBlanks(settings: DossierSettings): DossierSettings {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      const kept = value.filter((v) => (typeof v === 'string' ? v.trim() !== '' : Boolean(v)));
      if (kept.length) out[key] = kept;
    } else out[key] = value;
  }
  return out as DossierSettings;
}

export type SettingsOutcome = { ok: true; settings: DossierSettings } | { ok: false; problems: Problem[] };

/** The settings a plan's parameters give (ids `dossier-…`); a parameter with a wrong value is a problem naming it. */
export function settingsFromPlan(plan: Plan): SettingsOutcome {
  const raw: Record<string, unknown> = {};
  const where = new Map<string, number>();
  const byId = new Map(Object.entries(PARAMETER_IDS).map(([key, id]) => [id, key as SettingKey]));
  (plan.parameters ?? []).forEach((p, i) => {
    const key = byId.get(p.id);
    if (!key) return;
    const value = fromParameter(key, p.value);
    if (value !== undefined) {
      raw[key] = value;
      where.set(key, i);
    }
  });
  const parsed = DossierSettingsSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success)
    return {
      ok: false,
      problems: problemsOf(parsed.error, (key) =>
        where.has(key) ? `plan.parameters[${where.get(key)}].value` : 'plan.parameters',
      ),
    };
  return { ok: true, settings: withoutBlanks(parsed.data) };
}

/** Validates settings given as JSON (request `options.dossier`, a CLI settings file, the workbook's stored ones). */
export function parseSettings(value: unknown, path: string): SettingsOutcome {
  if (value === undefined || value === null) return { ok: true, settings: {} };
  const parsed = DossierSettingsSchema.safeParse(value, { reportInput: true });
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const key = issueKey(issue);
        return settingProblem(issue, key, key ? `${path}.${key}` : path);
      }),
    };
  return { ok: true, settings: withoutBlanks(parsed.data) };
}

/** Later layers win, field by field. */
export function mergeSettings(...layers: DossierSettings[]): DossierSettings {
  return Object.assign({}, ...layers) as DossierSettings;
}

/** Workbook setting that keeps the settings an official typed in the pane, for the next run and for the CLI. */
export const DOSSIER_SETTING_KEY = 'thidua.dossier';
