/** Plausible values for a plan's criteria, targets and facts, drawn from the seeded generator. */
import type { Plan } from '@thidua/core';
import { unitSlug } from '@thidua/core/sheet';
import type { Rng } from './rng';
import { planItems, type Meaning, type PlanItem, type TruthUnit } from './truth';

const YES = 0.82;

/** A rate near its target; a strong unit (one that leads its block) reaches it. */
function targetValue(target: number, rng: Rng, strong: boolean): number {
  if (target >= 100) return strong || rng.chance(0.4) ? 100 : rng.rate(62, 99.9);
  const high = Math.min(100, target * 1.45);
  return rng.rate(strong ? Math.min(100, target + 0.5) : Math.max(0.5, target * 0.8), high);
}

/** What a strong unit has for the facts that decide eligibility. */
const GOOD_FACTS: Record<string, Meaning> = {
  lateDossiersMaxInMonth: 0,
  reportDelayMaxDays: 0,
  kyLuat: 'không',
  toChucDang: 'hoàn thành xuất sắc nhiệm vụ',
  soNguoiBiKyLuat: 0,
  tyLeHoanThanhTot: 100,
};

/** Fact values by id where the type alone says too little. */
const FACTS: Record<string, (rng: Rng, year?: number) => Meaning> = {
  lateDossiersMaxInMonth: (rng) => (rng.chance(0.85) ? rng.int(0, 1) : rng.int(2, 4)),
  reportDelayMaxDays: (rng) => (rng.chance(0.85) ? rng.int(0, 2) : rng.int(3, 5)),
  toChucDang: (rng) =>
    rng.pick([
      'hoàn thành tốt nhiệm vụ',
      'hoàn thành tốt nhiệm vụ',
      'hoàn thành xuất sắc nhiệm vụ',
      'hoàn thành xuất sắc nhiệm vụ',
      'hoàn thành nhiệm vụ',
    ]),
  kyLuat: (rng) => (rng.chance(0.9) ? 'không' : rng.pick(['khiển trách', 'cảnh cáo'])),
  xepLoaiCdsNam: (rng) => rng.pick(['tốt', 'xuất sắc', 'xuất sắc', 'khá']),
  xepLoai: (rng) =>
    rng.pick(['hoàn thành tốt nhiệm vụ', 'hoàn thành xuất sắc nhiệm vụ', 'hoàn thành xuất sắc nhiệm vụ']),
  cchc: (rng) => rng.pick(['tốt', 'xuất sắc', 'xuất sắc', 'khá', 'tốt']),
  xepLoaiCaNhan: (rng) =>
    rng.pick(['hoàn thành tốt nhiệm vụ', 'hoàn thành xuất sắc nhiệm vụ', 'hoàn thành xuất sắc nhiệm vụ']),
  tyLeHoanThanhTot: (rng) => (rng.chance(0.8) ? 100 : rng.rate(80, 99, 0)),
  soNguoiBiKyLuat: (rng) => (rng.chance(0.9) ? 0 : 1),
  thuHangCchc: (rng) => rng.int(1, 18),
  ngayDangKy: (rng) => `2022-03-${String(rng.int(15, 29)).padStart(2, '0')}`,
  ngayCongNhanKetQua: () => '2026-01-12',
  dongGop: (rng) => rng.int(2, 40) * 5_000_000,
  giaiTrinh: (rng) =>
    rng.pick([
      'Hoàn thành tốt các nội dung chuyển đổi số, có sáng kiến được công nhận',
      'Triển khai đầy đủ kế hoạch, số hóa hồ sơ đúng tiến độ',
      'Dẫn đầu khối về cung cấp dịch vụ công trực tuyến',
    ]),
  hoiDongDeNghi: (rng) =>
    rng.pick([
      'không đề nghị',
      'Giấy khen của Giám đốc Sở',
      'Giấy khen của Giám đốc Sở',
      'Bằng khen của Chủ tịch UBND tỉnh',
    ]),
};

export function randomMeaning(item: PlanItem, rng: Rng, strong = false): Meaning {
  if (item.kind === 'criterion') {
    const s = item.criterion.scoring;
    switch (s.kind) {
      case 'yesNo':
        return strong || rng.chance(YES);
      case 'rate':
        return s.method === 'allOrNothing'
          ? strong || rng.chance(0.7)
            ? 100
            : rng.rate(82, 99)
          : targetValue(s.target, rng, strong);
      case 'count':
        if (s.method === 'target') return rng.int(Math.max(0, (s.target ?? 1) - 2), (s.target ?? 1) + 3);
        return rng.int(
          Math.round((item.criterion.maxPoints / (s.perItem ?? 1)) * 0.5),
          Math.round((item.criterion.maxPoints / (s.perItem ?? 1)) * 1.3),
        );
      case 'scale':
        return rng.chance(0.8) ? s.levels[0].label : s.levels[s.levels.length - 1].label;
      default:
        return rng.int(0, item.criterion.maxPoints);
    }
  }
  if (item.kind === 'target') {
    if (item.target.unit === 'yesNo') return strong || rng.chance(0.85);
    return targetValue(item.target.target, rng, strong);
  }
  const f = item.fact;
  if (strong && f.id in GOOD_FACTS) return GOOD_FACTS[f.id];
  if (strong && f.type === 'boolean') return true;
  const special = FACTS[f.id];
  if (special) return special(rng, item.year);
  switch (f.type) {
    case 'boolean':
      return rng.chance(0.92);
    case 'booleanByYear':
      return rng.chance(0.5);
    case 'rating':
    case 'ratingByYear':
      return rng.pick(f.scale ?? ['']);
    case 'date':
      return '2024-01-15';
    case 'text':
      return 'Hoàn thành tốt nhiệm vụ';
    default:
      return rng.int(0, 10);
  }
}

function applies(item: PlanItem, block: string): boolean {
  const appliesTo =
    item.kind === 'target'
      ? item.target.appliesTo
      : item.kind === 'fact'
        ? item.fact.appliesTo
        : (item.criterion as { blocks?: string[] }).blocks;
  return !appliesTo || appliesTo.includes(block);
}

/**
 * Units of a block with a value for every id in `ids` that applies to the block (default: every criterion, target and
 * fact of the plan that applies).
 */
export function makeUnits(
  plan: Plan,
  rng: Rng,
  o: { block: string; sheet: string; names: string[]; ids?: string[]; skipOptional?: boolean },
): TruthUnit[] {
  const items = planItems(plan);
  const ids = o.ids ?? [...items.keys()];
  return o.names.map((name) => {
    const strong = rng.chance(0.3);
    const values: Record<string, Meaning> = {};
    const facts: Record<string, Meaning> = {};
    for (const id of ids) {
      const item = items.get(id);
      if (!item) throw new Error(`${plan.id} has no ${id}`);
      if (!applies(item, o.block)) continue;
      if (o.skipOptional && item.kind === 'fact' && item.fact.required === false) continue;
      const m = randomMeaning(item, rng, strong);
      if (item.kind === 'fact') facts[id] = m;
      else values[id] = m;
    }
    return { id: unitSlug(name), name, block: o.block, sheet: o.sheet, values, facts };
  });
}

/** Ids of the plan's items that apply to a block, in plan order (facts optional or not). */
export function idsFor(
  plan: Plan,
  block: string,
  kinds: PlanItem['kind'][] = ['criterion', 'target', 'fact'],
): string[] {
  return [...planItems(plan)]
    .filter(([, it]) => kinds.includes(it.kind) && applies(it, block))
    .map(([id]) => id);
}

/** All-or-nothing rates the sheet records only as "Đạt"/"Chưa đạt": the meaning becomes met / not met. */
export function asMet(units: TruthUnit[], ids: string[], target = 100): void {
  for (const u of units)
    for (const id of ids)
      if (typeof u.values[id] === 'number') u.values[id] = (u.values[id] as number) >= target;
}
