import { scoreRequest } from '../../src/api/score-request';
import { scoreUnits } from '../../src/engine/score';
import type { ScoreOptions } from '../../src/engine/types';
import { builtInPlan } from '../../src/plans';
import { detectTable } from '../../src/sheet/detect';
import { extractUnits, sheetRateScales, validateSheet } from '../../src/sheet/extract';
import { proposeMapping } from '../../src/sheet/mapping';
import { compile, testPlan } from '../fixtures';
import { example, score, unit } from '../plans-kien-giang/helpers';
import { sheet } from '../sheet/helpers';

/** One rate criterion "≥ 80%, all or nothing, 10 points", one unit. */
const plan = (rateScale?: 'percent' | 'fraction') =>
  compile(
    testPlan({
      ...(rateScale ? { rateScale } : {}),
      criteria: [
        {
          id: 'rate',
          number: '2',
          title: 'Tỷ lệ hồ sơ trực tuyến',
          maxPoints: 10,
          scoring: { kind: 'rate', target: 1, comparison: 'moreThan', method: 'allOrNothing' },
        },
      ],
    }),
  );

function read(value: unknown, rateScale?: 'percent' | 'fraction', options: ScoreOptions = {}) {
  const r = scoreUnits(plan(rateScale), [{ id: 'u', values: { rate: value } }], options).results[0];
  return { value: r.criteria?.[0].value, status: r.criteria?.[0].status, flags: r.flags.map((f) => f.code) };
}

describe('one rule for rates: in JSON a number is a percent unless the plan or the request says fractions', () => {
  it.each<[unknown, number]>([
    [0, 0],
    [0.5, 0.5],
    [1, 1],
    [1.5, 1.5],
    [100, 100],
    ['1%', 1],
    ['100%', 100],
    ['80,5%', 80.5],
    ['80.5 %', 80.5],
    ['0,805', 0.805],
  ])('%j is %p%', (raw, percent) => {
    expect(read(raw).value).toBe(percent);
  });

  it('the plan says fractions: 0,5 is 50%, 1 is 100%; "1%" is still 1%', () => {
    expect(read(0.5, 'fraction').value).toBe(50);
    expect(read(1, 'fraction').value).toBe(100);
    expect(read('1%', 'fraction').value).toBe(1);
  });

  it("the request's rateScale overrides the plan's", () => {
    expect(read(0.5, 'fraction', { rateScale: 'percent' }).value).toBe(0.5);
    expect(read(0.5, 'percent', { rateScale: 'fraction' }).value).toBe(50);
  });

  it('a column the sheet found ambiguous: 0,9 is neither read nor guessed, it is flagged', () => {
    const r = read(0.9, undefined, { rateScales: { rate: 'ambiguous' } });
    expect(r).toEqual({ value: null, status: 'invalid', flags: ['ambiguous-rate-scale'] });
    // a declared scale decides an ambiguous column
    expect(read(0.9, 'fraction', { rateScales: { rate: 'ambiguous' } }).value).toBe(90);
    expect(read(0.9, undefined, { rateScales: { rate: 'ambiguous' }, rateScale: 'percent' }).value).toBe(0.9);
  });
});

describe('KH 243 (2023) target b.6 "trên 1%"', () => {
  const b6 = builtInPlan('kien-giang-243-2023')!.plan.targets!.find((t) => t.number === 'b.6')!;
  const district = example('kien-giang-243-2023').units.find((u) => u.block === 'huyen')!.id as string;
  const withB6 = (value: unknown) =>
    score('kien-giang-243-2023', {
      units: (u) => u.map((x) => (x.id === district ? { ...x, values: { ...x.values, [b6.id]: value } } : x)),
    });

  it('is "more than 1%"', () => {
    expect([b6.comparison, b6.target, b6.unit]).toEqual(['moreThan', 1, '%']);
  });

  it('1 in JSON is 1%: not more than 1%, so not met and not exceeded', () => {
    const t = unit(withB6(1), district).targets!.find((x) => x.id === b6.id)!;
    expect([t.value, t.met, t.exceeded]).toEqual([1, false, false]);
    expect(t.explanation).toContain('1% / mục tiêu >1% → chưa đạt');
  });

  it('"1,5%" is met', () => {
    const t = unit(withB6('1,5%'), district).targets!.find((x) => x.id === b6.id)!;
    expect([t.value, t.met]).toEqual([1.5, true]);
  });
});

describe('a sheet column of rates: the cell format decides, else the column, else the plan', () => {
  const header = ['Tên đơn vị', 'TC2'];
  const read = (rows: unknown[][], rateScale?: 'percent' | 'fraction', formats?: (string | null)[][]) => {
    const p = plan(rateScale).plan;
    const s = sheet('Sheet1', [header, ...(rows as never[][])], formats ? { numberFormats: formats } : {});
    const m = proposeMapping(s, detectTable(s)!, p);
    return { p, s, m, ...validateSheet(s, m, p) };
  };

  it('a 0%-formatted cell holding 1 reads 100%', () => {
    const { units } = read(
      [
        ['Xã A', 1],
        ['Xã B', 0.5],
      ],
      undefined,
      [
        [null, null],
        [null, '0%'],
        [null, '0.0%'],
      ],
    );
    expect(units.map((u) => u.values.rate)).toEqual(['100%', '50%']);
  });

  it('unformatted, all in [0, 1], no plan scale: every non-zero cell is flagged with both readings', () => {
    const { units, problems, rateScales } = read([
      ['Xã A', 0.9],
      ['Xã B', 0],
      ['Xã C', 1],
    ]);
    expect(rateScales).toEqual({ rate: 'ambiguous' });
    expect(sheetRateScales(units)).toEqual({ rate: 'ambiguous' });
    const flagged = problems.filter((p) => p.code === 'ambiguous-rate-scale');
    expect(flagged.map((p) => p.path)).toEqual(['Sheet1!B2', 'Sheet1!B4']);
    expect(flagged[0].message.startsWith('Sheet1!B2: 0,9 — 0,9% hay 90%?')).toBe(true);
    expect(flagged[1].message.startsWith('Sheet1!B4: 1 — 1% hay 100%?')).toBe(true);
  });

  it('unformatted, all in [0, 1], the plan declares fractions: read as fractions, nothing flagged', () => {
    const { units, problems, rateScales, p } = read(
      [
        ['Xã A', 0.9],
        ['Xã C', 1],
      ],
      'fraction',
    );
    expect(rateScales).toEqual({ rate: 'fraction' });
    expect(problems.filter((x) => x.code === 'ambiguous-rate-scale')).toEqual([]);
    // the same as the plan's reading: the request needs no word about it
    expect(sheetRateScales(units)).toEqual({});
    const res = scoreUnits(compile(p as never), units);
    expect(res.results.map((r) => r.criteria?.[0].value)).toEqual([90, 100]);
  });

  it('a column with a number above 1 is in percents: the plan saying fractions does not turn 80 into 8000%', () => {
    const { units, problems, rateScales } = read(
      [
        ['Xã A', 80],
        ['Xã B', 65],
      ],
      'fraction',
    );
    expect(rateScales).toEqual({ rate: 'percent' });
    expect(problems.filter((x) => x.code === 'ambiguous-rate-scale')).toEqual([]);
    // the plan says fractions, the column says percents: the column is sent along
    expect(sheetRateScales(units)).toEqual({ rate: 'percent' });
  });

  it('a column of small percents keeps its 0,5 as 0,5%', () => {
    const { problems, rateScales } = read([
      ['Xã A', 2.3],
      ['Xã B', 0.5],
    ]);
    expect(rateScales).toEqual({ rate: 'percent' });
    expect(problems.filter((x) => x.code === 'ambiguous-rate-scale')).toEqual([]);
  });

  it('a 1 or a 0,5 among percents of 10 and more (80, 65) is likely a fraction typed: flagged, the 80 read as 80%', () => {
    const { units, problems, rateScales } = read(
      [
        ['Xã A', 80],
        ['Xã B', 0.5],
        ['Xã C', 1],
      ],
      'fraction',
    );
    expect(rateScales).toEqual({ rate: 'ambiguous' });
    expect(problems.filter((x) => x.code === 'ambiguous-rate-scale').map((x) => x.unitId)).toEqual([
      'xa-b',
      'xa-c',
    ]);
    expect(sheetRateScales(units)).toEqual({ rate: 'ambiguous' });
  });

  it('the ambiguous column reaches the engine through options.rateScales and holds the award', () => {
    const { units } = read([
      ['Xã A', 0.9],
      ['Xã B', 0.5],
    ]);
    const res = scoreUnits(plan(), units, { rateScales: sheetRateScales(units) });
    for (const r of res.results) {
      expect(r.flags.map((f) => f.code)).toContain('ambiguous-rate-scale');
      expect(r.award).toBeNull();
    }
  });

  it('only zeros: 0% either way, nothing to ask', () => {
    const { rateScales, problems } = read([
      ['Xã A', 0],
      ['Xã B', 0],
    ]);
    expect(rateScales).toEqual({});
    expect(problems.filter((x) => x.code === 'ambiguous-rate-scale')).toEqual([]);
  });

  it('extractUnits alone reports the same cells', () => {
    const p = plan().plan;
    const s = sheet('Sheet1', [header, ['Xã A', 0.9]]);
    const { problems } = extractUnits(s, proposeMapping(s, detectTable(s)!, p), p);
    expect(problems.map((x) => `${x.code} ${x.path}`)).toEqual(['ambiguous-rate-scale Sheet1!B2']);
  });
});

describe('KH 609: "100% of staff rated hoàn thành tốt" is a rate fact', () => {
  const allYears = (v: unknown) => Object.fromEntries([2021, 2022, 2023, 2024, 2025].map((y) => [y, v]));
  const withRate = (v: unknown) =>
    score('kien-giang-sxd-609-cchc', {
      units: (u) =>
        u.map((x) =>
          x.facts?.tyLeHoanThanhTot ? { ...x, facts: { ...x.facts, tyLeHoanThanhTot: allYears(v) } } : x,
        ),
    });

  const collectives = (res: ReturnType<typeof score>) =>
    res.summary.blocks.find((b) => b.block === 'tap-the')?.prizeFundUsed;

  it('"100%" in JSON is read: the flag is granted and the collectives\' pool stays 32.760.000 đ', () => {
    const res = withRate('100%');
    expect(unit(res, 'phong-a').award?.tier).toBe('co-thi-dua-giai-doan');
    // Cờ 18.720.000 + yearly Bằng khen 7.020.000 (phong-a) + period Bằng khen 7.020.000 (phong-c)
    expect(collectives(res)).toBe(32_760_000);
    expect(unit(res, 'phong-a').flags).toEqual([]);
  });

  it('a %-formatted Excel cell holding 1 reads 100%', () => {
    const p = builtInPlan('kien-giang-sxd-609-cchc')!.plan;
    const ids = [2021, 2022, 2023, 2024, 2025].map((y) => `tyLeHoanThanhTot_${y}`);
    const s = sheet(
      'Sheet1',
      [
        ['Tên đơn vị', ...ids],
        ['Văn phòng Sở', 1, 1, 1, 1, 1],
      ],
      {
        numberFormats: [Array(6).fill(null), [null, '0%', '0%', '0%', '0%', '0%']],
      },
    );
    const m = proposeMapping(s, detectTable(s)!, p);
    const { units } = extractUnits(s, m, p, { block: 'tap-the' });
    expect(units[0].facts).toEqual(Object.fromEntries(ids.map((id) => [id, '100%'])));
  });

  it('an unreadable rate is a flag naming the fact and the value, and the decisions on it wait', () => {
    const res = withRate('nhiều');
    const r = unit(res, 'phong-a');
    const flag = r.flags.find((f) => f.code === 'invalid-fact');
    expect(flag?.factId).toBe('tyLeHoanThanhTot');
    expect(flag?.message).toContain('"nhiều"');
    // the flag waits; the yearly Bằng khen (in the excellent group, whatever the rate) does not depend on it
    expect(r.decisions!.find((d) => d.id === 'co-thi-dua-giai-doan')?.status).toBe('unknown');
    expect(r.award?.tier).toBe('bk-tinh-hang-nam-tap-the');
    expect(r.flags.map((f) => f.code)).toContain('pending-missing-data');
    expect(res.summary.decisions!.find((d) => d.id === 'co-thi-dua-giai-doan')?.pending).toContain('phong-a');
  });

  it('the example (numbers 0–100) still gives the collectives 32.760.000 đ', () => {
    const out = scoreRequest(example('kien-giang-sxd-609-cchc'));
    if (!out.ok) throw new Error(out.title);
    expect(collectives(out.response)).toBe(32_760_000);
  });
});
