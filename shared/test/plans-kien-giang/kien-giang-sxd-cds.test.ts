import { builtInPlan } from '../../src/plans';
import { decision, score, statuses, unit } from './helpers';

const ID = 'kien-giang-sxd-cds-2022-2025';

describe('Sở Xây dựng Kiên Giang — digital transformation 2022–2025 (examples/kien-giang-sxd-cds-2022-2025.input.json)', () => {
  const res = score(ID);

  it('ships the 13 targets: rates and yes/no, with their comparison', () => {
    const targets = builtInPlan(ID)!.plan.targets!;
    expect(targets).toHaveLength(13);
    expect(targets.filter((t) => t.unit === 'yesNo').map((t) => t.id)).toEqual(['t09', 't11', 't13']);
    expect(targets.find((t) => t.id === 't05')).toMatchObject({ comparison: 'moreThan', target: 95 });
  });

  it('Văn phòng Sở: all 13 targets and the four collective standards → provincial Bằng khen (outstanding), not also the Giấy khen', () => {
    expect(statuses(res, 'phong-a')).toEqual({
      'bk-tinh-tap-the': 'granted',
      'giay-khen-tap-the': 'superseded',
    });
    expect(decision(res, 'phong-a', 'bk-tinh-tap-the').prize).toBe(7_020_000);
  });

  it("Phòng QLXD: 9 of 10 reported targets (≥ 80%), tasks on time, electronic reports → director's Giấy khen 0,6 × 2.340.000 = 1.410.000", () => {
    const gk = decision(res, 'phong-b', 'giay-khen-tap-the');
    expect([gk.granted, gk.prize]).toEqual([true, 1_410_000]);
    expect(gk.reason).toMatch(/đạt 9\/10 chỉ tiêu \(cần 8\)/);
    expect(decision(res, 'phong-b', 'bk-tinh-tap-the').status).toBe('notMet');
  });

  it('Phòng KT-VLXD: 7 of 10 (work files at 95% is not "trên 95%") → no award', () => {
    expect(decision(res, 'phong-c', 'giay-khen-tap-the').reason).toBe(
      'Chưa đạt: đạt 7/10 chỉ tiêu (cần 8); chưa đạt: 2, 5, 12',
    );
    expect(unit(res, 'phong-c').award).toBeNull();
  });

  it('individuals: initiative + excellent rating → Bằng khen 3.510.000; good rating + active → Giấy khen 710.000', () => {
    expect(unit(res, 'cn-d').award).toMatchObject({ tier: 'bk-tinh-ca-nhan', prize: 3_510_000 });
    expect(unit(res, 'cn-e').award).toMatchObject({ tier: 'giay-khen-ca-nhan', prize: 710_000 });
  });

  it('the plan can override the statutory table (awards.prizeTable) and flags an unverified override', () => {
    const res2 = score(ID, {
      plan: (doc) =>
        (doc.awards.prizeTable = {
          coefficients: [
            {
              form: 'giay-khen',
              validFrom: '2025-07-01',
              individual: 50,
              collective: 100,
              basis: 'Quy chế tỉnh (giả định)',
            },
          ],
        }),
    });
    expect(decision(res2, 'phong-b', 'giay-khen-tap-the').prize).toBe(2_340_000);
    expect(unit(res2, 'phong-b').flags.map((f) => f.code)).toContain('prize-unverified');
  });

  it('without a decision date the prize is not guessed: null and flagged', () => {
    const res2 = score(ID, { plan: (doc) => delete doc.awards.decisionDate });
    expect(decision(res2, 'phong-a', 'bk-tinh-tap-the').prize).toBeNull();
    expect(unit(res2, 'phong-a').flags.map((f) => f.code)).toContain('prize-needs-decision-date');
  });

  it('the rule between the two levels is a parameter: minShare 0,7 gives Phòng KT-VLXD the Giấy khen', () => {
    const loose = score(ID, { plan: (doc) => (doc.awards.decisions[1].targets.minShare = 0.7) });
    expect(decision(loose, 'phong-c', 'giay-khen-tap-the').granted).toBe(true);
  });
});
