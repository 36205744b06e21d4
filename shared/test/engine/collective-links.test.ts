import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreRequest } from '../../src/api/score-request';
import { validateRequest } from '../../src/api/validate-request';
import type { ScoreResponse } from '../../src/engine/types';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
const PLAN = 'kien-giang-sxd-609-cchc';
type Unit = { id: string; name?: string; kind?: string; collective?: string } & Record<string, unknown>;
type Body = { plan: unknown; units: Unit[]; options?: Record<string, unknown> };

/** Kiên Giang 609: five offices, six staff; cn-x names a collective that is not among the units. */
const example = (): Body => JSON.parse(readFileSync(join(EXAMPLES, `${PLAN}.input.json`), 'utf8')) as Body;

function edited(edit: (units: Unit[]) => void): Body {
  const body = example();
  edit(body.units);
  return body;
}
const unit = (units: Unit[], id: string) => units.find((u) => u.id === id) as Unit;

function score(body: unknown): ScoreResponse {
  const out = scoreRequest(body);
  if (!out.ok) throw new Error(JSON.stringify(out.problems));
  return out.response;
}
const result = (res: ScoreResponse, id: string) => {
  const r = res.results.find((x) => x.unitId === id);
  if (!r) throw new Error(id);
  return r;
};

function problems(body: unknown) {
  const out = validateRequest(body);
  if (!out.ok) throw new Error(JSON.stringify(out.problems));
  return out.report.problems.map((p) => ({ code: p.code, path: p.path, message: p.message }));
}

/** Every unit's award and decisions but those of `except`: what a wrong link must not change. */
const awards = (res: ScoreResponse, except: string[] = []) =>
  res.results
    .filter((r) => !except.includes(r.unitId))
    .map((r) => [r.unitId, r.award?.tier ?? null, (r.decisions ?? []).map((d) => d.status)]);

describe("an individual's collective that cannot be followed", () => {
  const base = score(example());

  it('names no unit: /validate says so at units[i].collective, as /score flags it', () => {
    expect(problems(example())).toEqual([
      {
        code: 'unknown-collective',
        path: 'units[10].collective',
        message:
          'Đơn vị "Phạm Văn X (mã tập thể sai)": Không tìm thấy tập thể "phong-khong-co" của cá nhân trong danh sách đơn vị',
      },
    ]);
    const said = 'Không tìm thấy tập thể "phong-khong-co" của cá nhân trong danh sách đơn vị';
    const cnX = result(base, 'cn-x');
    expect(cnX.flags[0]).toEqual({ code: 'unknown-collective', message: said });
    // each award that needs the collective waits for the link to be mended: never "the collective was not awarded"
    expect(cnX.flags.slice(1).map((f) => [f.code, f.message.endsWith(`: ${said}`)])).toEqual([
      ['pending-missing-data', true],
      ['pending-missing-data', true],
    ]);
    expect(cnX.decisions?.map((d) => [d.status, d.granted])).toEqual([
      ['unknown', false],
      ['unknown', false],
    ]);
    expect(base.summary.flagCounts['unknown-collective']).toBe(1);
  });

  it('names itself: flagged, and what needs the collective waits, with that reason', () => {
    const body = edited((units) => (unit(units, 'cn-a1').collective = 'cn-a1'));
    const said = 'Cá nhân ghi tập thể "cn-a1" là chính mình; ghi mã tập thể (đơn vị) mà cá nhân thuộc về';
    expect(problems(body)).toContainEqual({
      code: 'unknown-collective',
      path: 'units[5].collective',
      message: `Đơn vị "Nguyễn Văn A1": ${said}`,
    });
    const a1 = result(score(body), 'cn-a1');
    expect(a1.flags.map((f) => f.code)).toEqual([
      'unknown-collective',
      'pending-missing-data',
      'pending-missing-data',
    ]);
    expect(a1.flags[0]).toEqual({ code: 'unknown-collective', message: said });
    expect(a1.award).toBeNull();
    expect(a1.decisions?.map((d) => [d.status, d.granted, d.reason])).toEqual([
      ['unknown', false, said],
      ['unknown', false, said],
    ]);
  });

  it('names another individual: invalid-collective, held, never read as that person’s office', () => {
    const body = edited((units) => (unit(units, 'cn-a1').collective = 'cn-c1'));
    const said = '"cn-c1" là cá nhân, không phải tập thể; ghi mã tập thể (đơn vị) mà cá nhân thuộc về';
    expect(problems(body)).toContainEqual({
      code: 'invalid-collective',
      path: 'units[5].collective',
      message: `Đơn vị "Nguyễn Văn A1": ${said}`,
    });
    const res = score(body);
    const a1 = result(res, 'cn-a1');
    expect(a1.flags[0]).toEqual({ code: 'invalid-collective', message: said });
    expect(a1.flags.slice(1).map((f) => f.code)).toEqual(['pending-missing-data', 'pending-missing-data']);
    expect(a1.award).toBeNull();
    expect(a1.decisions?.every((d) => d.status === 'unknown' && d.reason === said)).toBe(true);
    // the English answer says it in English
    const en = result(score({ ...body, options: { lang: 'en' } }), 'cn-a1');
    expect(en.flags[0].message).toBe('"cn-c1" is an individual, not a collective');
  });

  it('is not given where a decision needs it: unknown-collective, held, with why', () => {
    const body = edited((units) => delete unit(units, 'cn-c1').collective);
    expect(problems(body)).toContainEqual(
      expect.objectContaining({ code: 'unknown-collective', path: 'units[8].collective' }),
    );
    const c1 = result(score(body), 'cn-c1');
    expect(c1.flags.map((f) => f.code)).toEqual([
      'unknown-collective',
      'pending-missing-data',
      'pending-missing-data',
    ]);
    expect(c1.award).toBeNull();
    expect(c1.decisions?.[0]).toMatchObject({
      status: 'unknown',
      reason: expect.stringContaining('chưa ghi tập thể'),
    });
  });

  it('a collective carrying a collective: flagged and reported, its awards and everyone else’s unchanged', () => {
    const body = edited((units) => (unit(units, 'phong-b').collective = 'phong-a'));
    expect(problems(body)).toContainEqual({
      code: 'unexpected-collective',
      path: 'units[1].collective',
      message:
        'Đơn vị "Phòng Quản lý nhà (3 năm xuất sắc)": Đơn vị là tập thể nhưng có ghi tập thể "phong-a" (chỉ cá nhân ghi tập thể của mình): trường collective không được dùng',
    });
    const res = score(body);
    expect(result(res, 'phong-b').flags.map((f) => f.code)).toEqual([
      'unexpected-collective',
      'quota-exceeded',
    ]);
    expect(awards(res)).toEqual(awards(base));
  });

  it('correct links: no flag, no problem about a collective; only the individual the unknown link held is granted', () => {
    for (const r of base.results)
      if (r.unitId !== 'cn-x') expect(r.flags.map((f) => f.code)).not.toContain('unknown-collective');
    const fixed = edited((units) => (unit(units, 'cn-x').collective = 'phong-e'));
    expect(problems(fixed)).toEqual([]);
    const mended = score(fixed);
    // while cn-x's collective could not be followed it counted in every collective's quota of 2 (it may be
    // phong-a's), so cn-a2, 2nd in phong-a, waited on the yearly individual Bằng khen; once cn-x is placed in
    // phong-e, cn-a2 is within phong-a's quota and granted — nothing else changes
    expect(awards(base).find(([id]) => id === 'cn-a2')).toEqual(['cn-a2', null, ['overQuota', 'unknown']]);
    expect(result(base, 'cn-a2').flags.map((f) => f.code)).toEqual([
      'quota-exceeded',
      'pending-missing-data',
    ]);
    expect(awards(mended).find(([id]) => id === 'cn-a2')).toEqual([
      'cn-a2',
      'bk-tinh-hang-nam-ca-nhan',
      ['overQuota', 'granted'],
    ]);
    expect(result(mended, 'cn-a2').flags.map((f) => f.code)).toEqual(['quota-exceeded']);
    expect(awards(mended, ['cn-x', 'cn-a2'])).toEqual(awards(base, ['cn-x', 'cn-a2']));
  });
});
