/**
 * Đăng ký thi đua as data. A plan's `registration` becomes, when the plan is read (parsePlan), what the engine
 * already knows how to apply: a date fact (declared if the plan lacks it), a general standard "registered by the
 * deadline" (code `not-registered`: not registered, or late → not considered, with the reason), and per title a
 * yes/no fact `dangKy-<id>` and a specific standard that the title's decisions require. The derived parts are
 * regenerated from `registration` every time: it is their one source.
 */
import type { Problem } from '../problems';
import type { Fact, Plan, Registration, RegistrationTitle, Standard } from './schema';

/** The general standard registration derives (its id and flag code are stable). */
export const REGISTRATION_STANDARD_ID = 'dang-ky';
export const NOT_REGISTERED_CODE = 'not-registered';
/** A title's specific standard and its flag code. */
export const TITLE_NOT_REGISTERED_CODE = 'title-not-registered';

/** The yes/no fact that says a unit registered for a title. */
export function titleFactId(title: Pick<RegistrationTitle, 'id'>): string {
  return `dangKy-${title.id}`;
}

function titleStandardId(title: Pick<RegistrationTitle, 'id'>): string {
  return `${REGISTRATION_STANDARD_ID}-${title.id}`;
}

/** 2022-03-30 → "30/3/2022", as the documents write it. */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
}

function dateFact(r: Registration): Fact {
  return {
    id: r.fact,
    label: 'Ngày đăng ký thi đua',
    labelEn: 'Registration date',
    type: 'date',
    required: true,
    ...(r.appliesTo ? { appliesTo: r.appliesTo } : {}),
  };
}

function titleFact(r: Registration, t: RegistrationTitle): Fact {
  return {
    id: titleFactId(t),
    label: `Đăng ký danh hiệu: ${t.name}`,
    labelEn: `Registered for: ${t.nameEn ?? t.name}`,
    type: 'boolean',
    // only the decisions of the title need it; a unit that registers for nothing else is not incomplete
    required: false,
    ...(r.appliesTo ? { appliesTo: r.appliesTo } : {}),
  };
}

function deadlineStandard(r: Registration): Standard {
  const when = shortDate(r.deadline);
  return {
    id: REGISTRATION_STANDARD_ID,
    code: NOT_REGISTERED_CODE,
    require: { fact: r.fact, op: '<=', value: r.deadline },
    ...(r.appliesTo ? { appliesTo: r.appliesTo } : {}),
    reason: r.reason ?? `Không đăng ký thi đua đúng hạn (chậm nhất ${when}; ngày đăng ký: {${r.fact}})`,
    reasonEn: r.reasonEn ?? `Not registered by ${when} (registered: {${r.fact}})`,
  };
}

function titleStandard(r: Registration, t: RegistrationTitle): Standard {
  return {
    id: titleStandardId(t),
    code: TITLE_NOT_REGISTERED_CODE,
    require: { fact: titleFactId(t), op: '=', value: true },
    ...(r.appliesTo ? { appliesTo: r.appliesTo } : {}),
    eligibility: false,
    reason: `Không đăng ký danh hiệu "${t.name}"`,
    reasonEn: `Did not register for "${t.nameEn ?? t.name}"`,
  };
}

/** The plan with its registration applied as facts and standards (unchanged without one). */
export function applyRegistration(plan: Plan): Plan {
  const r = plan.registration;
  if (!r) return plan;
  const titles = r.titles ?? [];
  const derivedFacts = [
    ...(plan.facts.some((f) => f.id === r.fact) ? [] : [dateFact(r)]),
    ...titles.filter((t) => !plan.facts.some((f) => f.id === titleFactId(t))).map((t) => titleFact(r, t)),
  ];
  const derived = [deadlineStandard(r), ...titles.filter((t) => t.decisions).map((t) => titleStandard(r, t))];
  const derivedIds = new Set(derived.map((s) => s.id));
  const standards = [...plan.standards.filter((s) => !derivedIds.has(s.id)), ...derived];
  const requiredBy = new Map<string, string[]>();
  for (const t of titles)
    for (const d of t.decisions ?? []) requiredBy.set(d, [...(requiredBy.get(d) ?? []), titleStandardId(t)]);
  const decisions = plan.awards.decisions?.map((d) => {
    const extra = (requiredBy.get(d.id) ?? []).filter((id) => !d.requireStandards?.includes(id));
    return extra.length ? { ...d, requireStandards: [...(d.requireStandards ?? []), ...extra] } : d;
  });
  return {
    ...plan,
    facts: [...plan.facts, ...derivedFacts],
    standards,
    awards: decisions ? { ...plan.awards, decisions } : plan.awards,
  };
}

/** What is wrong with a registration as written: its date fact not a date, a title naming no decision. */
export function registrationProblems(plan: Plan): Problem[] {
  const r = plan.registration;
  if (!r) return [];
  const problems: Problem[] = [];
  const add = (path: string, message: string, messageEn: string) =>
    problems.push({ path: `registration.${path}`, message, messageEn, code: 'plan-invalid' });
  const declared = plan.facts.find((f) => f.id === r.fact);
  if (declared && declared.type !== 'date')
    add(
      'fact',
      `Dữ kiện ngày đăng ký "${r.fact}" phải là loại ngày (date), đang là "${declared.type}"`,
      `The registration date fact "${r.fact}" must be of type date, not "${declared.type}"`,
    );
  const blocks = new Set(plan.blocks.map((b) => b.id));
  (r.appliesTo ?? []).forEach((b, i) => {
    if (!blocks.has(b))
      add(`appliesTo[${i}]`, `Kế hoạch không có khối "${b}"`, `The plan has no block "${b}"`);
  });
  const decisions = new Set((plan.awards.decisions ?? []).map((d) => d.id));
  const seen = new Set<string>();
  (r.titles ?? []).forEach((t, i) => {
    if (seen.has(t.id))
      add(`titles[${i}].id`, `Mã danh hiệu "${t.id}" bị trùng`, `Duplicate title "${t.id}"`);
    seen.add(t.id);
    (t.decisions ?? []).forEach((d, j) => {
      if (!decisions.has(d))
        add(
          `titles[${i}].decisions[${j}]`,
          `Danh hiệu "${t.name}": không có quyết định khen thưởng "${d}" trong awards.decisions`,
          `Title "${t.name}": no award decision "${d}"`,
        );
    });
  });
  return problems;
}
