/**
 * A quota per collective ("mỗi tập thể tối đa N cá nhân") and an individual whose collective cannot be followed
 * (a typo in its code, or none given). Such an individual waits; it may belong to any collective, so it may take
 * the place of any collective's individual ranked below it: that individual's grant is not final either.
 *
 * Hand-built plan: a collective award (2.000.000 đ) and an individual Giấy khen (1.000.000 đ) for a score ≥ 50,
 * at most 1 per collective, ranked by the score, only for individuals whose collective has its award.
 */
import { scoreRequest } from '../../src/api/score-request';
import type { ScoreResponse } from '../../src/engine/types';
import { codes, decision, unit } from '../answers';

const PLAN = {
  id: 'quota-per-collective',
  version: '1.0.0',
  title: 'Bình xét cá nhân, mỗi tập thể một cá nhân',
  source: { number: '1/KH-UBND', issuer: 'UBND', date: '2025-01-02' },
  period: { from: '2025-01-02', to: '2025-12-31' },
  blocks: [
    { id: 'tt', name: 'Tập thể', kind: 'collective' },
    { id: 'cn', name: 'Cá nhân', kind: 'individual' },
  ],
  facts: [{ id: 'diem', label: 'Điểm bình xét', type: 'number', appliesTo: ['cn'] }],
  awards: {
    decisions: [
      {
        id: 'gk-tt',
        name: 'Giấy khen tập thể',
        awardForm: 'Giấy khen',
        appliesTo: ['tt'],
        dossierSets: 1,
        prize: { amount: 2_000_000 },
        reason: 'Tập thể hoàn thành nhiệm vụ',
      },
      {
        id: 'gk-cn',
        name: 'Giấy khen cá nhân',
        awardForm: 'Giấy khen',
        appliesTo: ['cn'],
        when: { fact: 'diem', op: '>=', value: 50 },
        requiresCollective: ['gk-tt'],
        quota: { perCollective: 1 },
        order: [{ fact: 'diem', order: 'desc' }],
        dossierSets: 1,
        prize: { amount: 1_000_000 },
        reason: 'Cá nhân tiêu biểu',
      },
    ],
  },
};

type Person = { id: string; collective?: string; diem: number };

function score(people: Person[]): ScoreResponse {
  const out = scoreRequest({
    plan: PLAN,
    units: [
      { id: 'X', name: 'Phòng X', block: 'tt', values: {} },
      { id: 'Y', name: 'Phòng Y', block: 'tt', values: {} },
      ...people.map((p) => ({
        id: p.id,
        name: `Cá nhân ${p.id}`,
        block: 'cn',
        values: {},
        facts: { diem: p.diem },
        ...(p.collective !== undefined ? { collective: p.collective } : {}),
      })),
    ],
    options: { explain: 'full' },
  });
  if (!out.ok) throw new Error(JSON.stringify(out.problems));
  return out.response;
}

const GK = 'gk-cn';
const summaryOf = (res: ScoreResponse) => res.summary.decisions?.find((d) => d.id === GK);

describe('a higher-ranked individual of unknown collective ("XX", a typo of "X") could take X’s one place', () => {
  const res = score([
    { id: 'a', collective: 'X', diem: 60 },
    { id: 'u', collective: 'XX', diem: 90 },
  ]);

  it('the X individual’s Giấy khen waits (unknown), naming the individual it waits for; no award yet', () => {
    expect(decision(res, 'a', GK)).toMatchObject({ status: 'unknown', granted: false, prize: null });
    expect(decision(res, 'a', GK).reason).toBe(
      'Trong chỉ tiêu số lượng nếu không tính các đối tượng còn chờ số liệu (Cá nhân u); khi đủ số liệu có thể vượt chỉ tiêu — chờ xác định',
    );
    expect(unit(res, 'a').award).toBeNull();
    expect(codes(res, 'a')).toContain('pending-missing-data');
  });

  it('the unknown-collective individual waits with its flag; nothing paid, 2 × 1.000.000 pending at most', () => {
    expect(decision(res, 'u', GK).status).toBe('unknown');
    expect(codes(res, 'u')).toContain('unknown-collective');
    expect(summaryOf(res)).toMatchObject({
      granted: [],
      pending: ['a', 'u'],
      prizeTotal: 0,
      prizePending: 2_000_000,
    });
    // the collectives' own awards are not touched: 2 × 2.000.000
    expect(res.summary.prizeFundUsed).toBe(4_000_000);
  });

  it('the individual of another collective (Y, 70) below it waits too: "XX" could be a typo of "Y" as well', () => {
    const two = score([
      { id: 'a', collective: 'X', diem: 60 },
      { id: 'b', collective: 'Y', diem: 70 },
      { id: 'u', collective: 'XX', diem: 90 },
    ]);
    expect([decision(two, 'a', GK).status, decision(two, 'b', GK).status]).toEqual(['unknown', 'unknown']);
  });
});

describe('where the unknown-collective individual cannot take the place, the grant stays final', () => {
  it('ranked below (55 < 60): the X individual is granted, 1.000.000', () => {
    const res = score([
      { id: 'a', collective: 'X', diem: 60 },
      { id: 'u', collective: 'XX', diem: 55 },
    ]);
    expect(decision(res, 'a', GK)).toMatchObject({ status: 'granted', prize: 1_000_000 });
    expect(unit(res, 'a').award).toMatchObject({ tier: GK, prize: 1_000_000 });
    expect(summaryOf(res)).toMatchObject({ granted: ['a'], pending: ['u'], prizeTotal: 1_000_000 });
  });

  it('below the condition (40 < 50): it cannot get the award at all, the X individual is granted', () => {
    const res = score([
      { id: 'a', collective: 'X', diem: 60 },
      { id: 'u', collective: 'XX', diem: 40 },
    ]);
    expect(decision(res, 'u', GK).status).toBe('notMet');
    expect(decision(res, 'a', GK).status).toBe('granted');
  });
});

describe('an individual naming no collective at all is counted the same way', () => {
  it('the X individual below it waits', () => {
    const res = score([
      { id: 'a', collective: 'X', diem: 60 },
      { id: 'u', diem: 90 },
    ]);
    expect(codes(res, 'u')).toContain('unknown-collective');
    expect(decision(res, 'a', GK).status).toBe('unknown');
  });
});

describe('once the code is mended, the quota is counted in the right collective', () => {
  it('"X": the higher one is granted, the X individual over the quota (for the council)', () => {
    const res = score([
      { id: 'a', collective: 'X', diem: 60 },
      { id: 'u', collective: 'X', diem: 90 },
    ]);
    expect(decision(res, 'u', GK)).toMatchObject({ status: 'granted', prize: 1_000_000 });
    expect(decision(res, 'a', GK).status).toBe('overQuota');
  });

  it('"Y": both are granted, one in each collective (2 × 1.000.000)', () => {
    const res = score([
      { id: 'a', collective: 'X', diem: 60 },
      { id: 'u', collective: 'Y', diem: 90 },
    ]);
    expect(summaryOf(res)).toMatchObject({ granted: ['a', 'u'], prizeTotal: 2_000_000 });
  });
});
