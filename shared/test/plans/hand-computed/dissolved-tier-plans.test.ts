/**
 * A block that ends (blocks[].dissolved) in a plan that awards tiers (giải Nhất, Nhì…), e.g. the district
 * departments of Kế hoạch 167/KH-UBND (Phụng Hiệp) had the plan run past 01/7/2025, when the district level ended
 * (law.md §5.1, Luật 72/2025/QH15: chính quyền địa phương hai cấp).
 *
 * Only award decisions hold a dissolved unit's award for the council to name the successor unit (docs/engine.md,
 * "Blocks that end"); a tier would still be placed and paid to a unit that no longer exists. Until tiers can be
 * held that way, such a plan is refused with a message that names the block and says why — never scored.
 */
import { parsePlan } from '../../../src/plan/validate';
import { builtInPlanDocument } from '../../../src/plans';

describe('a dissolved block in a plan with tiers', () => {
  const doc = structuredClone(builtInPlanDocument('phung-hiep-2023-phong-ban')) as {
    blocks: { dissolved?: unknown }[];
  };
  doc.blocks[0].dissolved = { on: '2025-07-01', basis: 'Luật 72/2025/QH15' };

  it('is refused at blocks[0].dissolved, in Vietnamese first, naming the block and the reason', () => {
    const out = parsePlan(doc);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    const p = out.problems.find((x) => x.path === 'plan.blocks[0].dissolved');
    expect(p?.message).toMatch(/^Khối "Khối Phòng, ban, ngành/);
    expect(p?.message).toContain('chỉ quyết định khen thưởng (awards.decisions) giữ lại được');
  });

  it('the same plan without the end date is accepted', () => {
    expect(parsePlan(builtInPlanDocument('phung-hiep-2023-phong-ban')).ok).toBe(true);
  });
});
