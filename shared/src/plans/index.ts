import type { Plan } from '../plan/schema';
import { parsePlan } from '../plan/validate';
import { compilePlan, type CompiledPlan } from '../engine/compile';
import phungHiepXa from './phung-hiep-2023-xa.json';
import phungHiepPhongBan from './phung-hiep-2023-phong-ban.json';
import kienGiang243Y2023 from './kien-giang-243-2023.json';
import kienGiang243Y2025 from './kien-giang-243-2025.json';
import kienGiangSxdCds from './kien-giang-sxd-cds-2022-2025.json';
import kienGiangSxd609 from './kien-giang-sxd-609-cchc.json';
import dongThapSkhdtCds from './dong-thap-skhdt-cds-2021-2025.json';

/** Built-in plan documents as shipped (JSON an official can read and copy). */
const DOCUMENTS: Record<string, unknown> = {
  'phung-hiep-2023-xa': phungHiepXa,
  'phung-hiep-2023-phong-ban': phungHiepPhongBan,
  'kien-giang-243-2023': kienGiang243Y2023,
  'kien-giang-243-2025': kienGiang243Y2025,
  'kien-giang-sxd-cds-2022-2025': kienGiangSxdCds,
  'kien-giang-sxd-609-cchc': kienGiangSxd609,
  'dong-thap-skhdt-cds-2021-2025': dongThapSkhdtCds,
};

const compiledCache = new Map<string, CompiledPlan>();

export function builtInPlanIds(): string[] {
  return Object.keys(DOCUMENTS);
}

/** The raw document of a built-in plan, or undefined. */
export function builtInPlanDocument(id: string): unknown {
  return Object.prototype.hasOwnProperty.call(DOCUMENTS, id) ? DOCUMENTS[id] : undefined;
}

/** A built-in plan, validated and compiled once. Throws only if a shipped plan is broken (a defect, caught by tests). */
export function builtInPlan(id: string): CompiledPlan | undefined {
  const cached = compiledCache.get(id);
  if (cached) return cached;
  const doc = builtInPlanDocument(id);
  if (doc === undefined) return undefined;
  const parsed = parsePlan(doc);
  if (!parsed.ok)
    throw new Error(
      `Built-in plan ${id} is invalid: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    );
  const compiled = compilePlan(parsed.plan);
  compiledCache.set(id, compiled);
  return compiled;
}

export function builtInPlans(): Plan[] {
  return builtInPlanIds().map((id) => (builtInPlan(id) as CompiledPlan).plan);
}
