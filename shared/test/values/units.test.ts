/** Values typed with their unit, all-or-nothing rates typed "Đạt"/"Chưa đạt", levels written the office's way. */
import { compileCriterion } from '../../src/engine/criteria';
import { builtInPlan } from '../../src/plans';
import {
  matchLevel,
  parseCount,
  parseNumber,
  parseRate,
  passFailValues,
  splitUnit,
  verdictOf,
} from '../../src/values';

const xa = builtInPlan('phung-hiep-2023-xa')!.plan;
const criterion = (id: string) => compileCriterion(xa.criteria.find((c) => c.id === id)!);

describe('numbers typed with their unit', () => {
  it.each([
    ['36 tin', 36],
    ['02 SP', 2],
    ['15 hồ sơ', 15],
    ['3 lượt', 3],
    ['3 lượt.', 3],
    ['174 HS', 174],
    ['1.234 hồ sơ', 1234],
    ['12 tin, bài', 12],
    ['2 ngày', 2],
  ])('"%s" is the count %d', (typed, count) => {
    expect(parseCount(typed)).toEqual({ ok: true, value: count });
    expect(parseNumber(typed)).toEqual({ ok: true, value: count });
  });

  it('knows which words are units (the dictionary), and nothing else passes for one', () => {
    expect(splitUnit('02 SP')).toEqual({ number: '02', unit: 'SP', kind: 'count' });
    expect(splitUnit('2 ngày')).toEqual({ number: '2', unit: 'ngày', kind: 'duration' });
    for (const text of ['36 abc', 'tin 36', '36', '', 'SP', `1 ${'tin '.repeat(20)}`]) {
      expect(splitUnit(text)).toBeUndefined();
    }
    expect(parseCount('36 abc')).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('a unit that contradicts a rate is invalid, with a message naming it', () => {
    const days = parseRate('2 ngày');
    expect(days).toMatchObject({ ok: false, reason: 'invalid' });
    if (!days.ok) {
      expect(days.detail).toContain('"2 ngày" là một khoảng thời gian (đơn vị "ngày"), không phải tỷ lệ %');
      expect(days.detailEn).toContain('is a duration (unit "ngày"), not a percentage');
    }
    expect(parseRate('36 tin')).toMatchObject({ ok: false, reason: 'invalid' });
    // the criterion reads the same way
    expect(criterion('tc08').read('2 ngày', 'percent')).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('a percentage with a space before the sign is read', () => {
    expect(parseRate('87,5 %')).toEqual({ ok: true, value: 87.5 });
    expect(criterion('tc08').read('87,5 %', 'percent')).toEqual({ ok: true, value: 87.5 });
  });
});

describe('"Đạt" / "Chưa đạt" for an all-or-nothing rate', () => {
  it('reads as met / not met under the criterion’s target (tc12: 100% of officials)', () => {
    const tc12 = criterion('tc12');
    const met = tc12.read('Đạt', 'percent');
    const missed = tc12.read('Chưa đạt', 'percent');
    expect(met).toEqual({ ok: true, value: 100 });
    expect(missed).toEqual({ ok: true, value: 0 });
    expect(tc12.points(100)).toBe(8);
    expect(tc12.points(0)).toBe(0);
    expect(tc12.read('Không đạt', 'percent')).toEqual({ ok: true, value: 0 });
  });

  it('is not read for a proportional rate (what percentage would "Đạt" be?)', () => {
    expect(criterion('tc08').read('Đạt', 'percent')).toMatchObject({ ok: false });
    expect(parseRate('Đạt')).toMatchObject({ ok: false });
  });

  it('stands for a value on the right side of each comparison', () => {
    expect(passFailValues(80, 'atLeast')).toEqual({ met: 80, notMet: 0 });
    expect(passFailValues(0, 'atLeast')).toEqual({ met: 0 });
    expect(passFailValues(95, 'moreThan')).toEqual({ met: 100, notMet: 95 });
    expect(passFailValues(5, 'atMost')).toEqual({ met: 5, notMet: 100 });
    expect(passFailValues(5, 'lessThan')).toEqual({ met: 0, notMet: 5 });
    expect([verdictOf('Đạt'), verdictOf('chưa đạt'), verdictOf('Không đạt'), verdictOf('x')]).toEqual([
      true,
      false,
      false,
      undefined,
    ]);
  });
});

describe('levels written the office’s way', () => {
  const ratings = [
    'không hoàn thành nhiệm vụ',
    'hoàn thành nhiệm vụ',
    'hoàn thành tốt nhiệm vụ',
    'hoàn thành xuất sắc nhiệm vụ',
  ];
  const awards = ['không đề nghị', 'Giấy khen của Giám đốc Sở', 'Bằng khen của Chủ tịch UBND tỉnh'];

  it.each([
    ['HTXSNV', ratings, 3],
    ['HTTNV', ratings, 2],
    ['HTNV', ratings, 1],
    ['Không hoàn thành NV', ratings, 0],
    ['Giấy khen GĐ Sở', awards, 1],
    ['Bằng khen UBND tỉnh', awards, 2],
    // "CT" is chủ tịch, chỉ tiêu or công ty: the one reading that names a level
    ['BK CT UBND tỉnh', awards, 2],
    ['GK GĐ Sở', awards, 1],
    ['Không', awards, 0],
    ['Không đạt', ['Đạt', 'Chưa đạt'], 1],
    // the first letters of one level's words
    ['Đ', ['Đạt', 'Chưa đạt'], 0],
    ['CĐ', ['Đạt', 'Chưa đạt'], 1],
    ['c.đ', ['Đạt', 'Chưa đạt'], 1],
    ['KHTNV', ratings, 0],
    ['XS', ['Xuất sắc', 'Khá', 'Trung bình'], 0],
    ['TB', ['Xuất sắc', 'Khá', 'Trung bình'], 2],
  ])('"%s" is level %#', (value, levels, index) => {
    expect(matchLevel(value, levels)).toBe(index);
  });

  it('a value that could be two levels, or none, is not read', () => {
    expect(matchLevel('Hoàn thành', ratings)).toBeUndefined();
    expect(matchLevel('Khen', awards)).toBeUndefined();
    expect(matchLevel(3, ratings)).toBeUndefined();
    // letters two levels spell, or none
    expect(matchLevel('K', ['Khá', 'Kém'])).toBeUndefined();
    expect(matchLevel('Q', ['Đạt', 'Chưa đạt'])).toBeUndefined();
    expect(matchLevel('ĐCĐ', ['Đạt', 'Chưa đạt'])).toBeUndefined();
  });
});
