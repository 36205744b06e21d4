import fc from 'fast-check';
import { parseScoreRequest, plainScoreRequest } from '../../src/api/fast-request';
import { ScoreRequestSchema } from '../../src/api/schemas';

const RUNS = { numRuns: 1000 };

const cell = fc.oneof(
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string(),
  fc.constantFrom('85,5%', 'Có', 'Không', 'x'.repeat(10_000), 'x'.repeat(10_001)),
  fc.constant(undefined),
  fc.dictionary(fc.constantFrom('2021', '2022', '21'), fc.oneof(fc.string(), fc.integer())),
  fc.anything(),
);
const key = fc.oneof(
  fc.constantFrom(
    'tc01',
    'tc02',
    'lateDossiersMaxInMonth',
    '__proto__',
    '0',
    'k'.repeat(200),
    'k'.repeat(201),
  ),
  fc.string(),
);
/** Objects the way JSON.parse builds them: an own "__proto__" key is data, not the prototype. */
const record = fc
  .array(fc.tuple(key, cell), { maxLength: 6 })
  .map((entries) => JSON.parse(JSON.stringify(Object.fromEntries(entries))) as Record<string, unknown>);
const unit = fc.record(
  {
    id: fc.oneof(fc.constantFrom('xa-001', '', 'x'.repeat(201)), fc.string()),
    name: fc.string(),
    block: fc.constantFrom('xa', 'phuong'),
    values: fc.oneof(record, record, fc.anything()),
    facts: fc.oneof(record, fc.anything()),
    kind: fc.constantFrom('collective', 'individual', 'pet'),
    extra: fc.anything(),
  },
  { requiredKeys: ['id', 'values'] },
);
const body = fc.record(
  {
    plan: fc.oneof(
      fc.constant('phung-hiep-2023-xa'),
      fc.constant(''),
      fc.dictionary(fc.string(), fc.anything()),
    ),
    units: fc.array(unit, { maxLength: 3 }),
    options: fc.record(
      { lang: fc.constantFrom('vi', 'en', 'fr'), explanations: fc.boolean() },
      { requiredKeys: [] },
    ),
    other: fc.anything(),
  },
  { requiredKeys: ['plan', 'units'] },
);
/** Bodies the way a sheet sends them, so that many are valid and both paths are compared on accepted data. */
const plainCell = fc.oneof(
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string(),
  fc.constantFrom('85,5%', 'Có'),
);
const sheetBody = fc.record({
  plan: fc.constant('phung-hiep-2023-xa'),
  units: fc.array(
    fc.record(
      {
        id: fc.string({ minLength: 1, maxLength: 20 }),
        name: fc.string(),
        values: fc.dictionary(fc.constantFrom('tc01', 'tc02', 'tc03', 'k'.repeat(200)), plainCell),
        facts: fc.dictionary(fc.constantFrom('lateDossiersMaxInMonth', 'reportDelayMaxDays'), plainCell),
        kind: fc.constantFrom('collective', 'individual'),
      },
      { requiredKeys: ['id', 'values'] },
    ),
    { maxLength: 3 },
  ),
});
const anyBody = fc.oneof(body, sheetBody);

describe('plainScoreRequest (the fast path of parseScoreRequest)', () => {
  it('accepts only what ScoreRequestSchema accepts, with the same data', () => {
    let accepted = 0;
    fc.assert(
      fc.property(anyBody, (b) => {
        const fast = plainScoreRequest(b);
        if (!fast) return;
        accepted++;
        const full = ScoreRequestSchema.safeParse(b);
        expect(full.success).toBe(true);
        expect(fast).toEqual(full.data);
        // the units are the caller's own (zod would copy each), so nothing is copied on the common path
        expect(fast.units).toBe((b as { units: unknown }).units);
      }),
      RUNS,
    );
    expect(accepted).toBeGreaterThan(100); // the property is not only about refusals
  });

  it('parseScoreRequest gives what ScoreRequestSchema gives, issues included', () => {
    fc.assert(
      fc.property(anyBody, (b) => {
        const ours = parseScoreRequest(b);
        const full = ScoreRequestSchema.safeParse(b);
        expect(ours.success).toBe(full.success);
        if (ours.success && full.success) expect(ours.data).toEqual(full.data);
        else expect(ours.error?.issues).toEqual(full.error?.issues);
      }),
      RUNS,
    );
  });

  it('takes the fast path for a sheet-like request and leaves per-year facts and bad cells to zod', () => {
    const units = [
      { id: 'xa-001', name: 'Xã 1', block: 'xa', values: { tc01: '85,5%', tc02: 'Có', tc03: 3, tc04: null } },
    ];
    expect(plainScoreRequest({ plan: 'p', units })).toEqual({ plan: 'p', units });
    const series = [{ ...units[0], facts: { rating: { '2023': 'tốt' } } }];
    expect(plainScoreRequest({ plan: 'p', units: series })).toBeUndefined();
    expect(parseScoreRequest({ plan: 'p', units: series }).success).toBe(true);
    const bad = [{ ...units[0], values: { tc01: Number.NaN }, extra: 1 }];
    expect(plainScoreRequest({ plan: 'p', units: bad })).toBeUndefined();
    const fromZod = ScoreRequestSchema.safeParse({ plan: 'p', units: bad });
    expect(parseScoreRequest({ plan: 'p', units: bad }).error?.issues).toEqual(fromZod.error?.issues);
    expect(fromZod.error?.issues.map((i) => i.path.join('.'))).toEqual(['units.0.values.tc01', 'units.0']);
  });
});
