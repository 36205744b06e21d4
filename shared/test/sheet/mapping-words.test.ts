/**
 * Matching as an official words it: the domain dictionary (abbreviations, synonyms, a plan's own words), number
 * references versus a target inside a title, and reasons as data rendered in either language.
 */
import { parsePlan } from '../../src/plan/validate';
import { builtInPlan } from '../../src/plans';
import {
  buildLexicon,
  DICTIONARY,
  detectTable,
  proposeMapping,
  readings,
  reasonsText,
} from '../../src/sheet';
import { readTitle } from '../../src/sheet/references';
import { sheet } from './helpers';

const xa = builtInPlan('phung-hiep-2023-xa')!.plan;
const kg = builtInPlan('kien-giang-243-2023')!.plan;

describe('domain dictionary', () => {
  it('spells out the abbreviations the issue names, as data', () => {
    for (const abbr of [
      'CĐS',
      'TTHC',
      'DVCTT',
      'HS',
      'TL',
      'SL',
      'CBCC',
      'CCVC',
      'TMĐT',
      'TTĐT',
      'KT-XH',
      'UBND',
      'OA',
      'QR',
    ])
      expect(Object.keys(DICTIONARY.abbreviations)).toContain(abbr);
    expect(readings('TL HS giải quyết trực tuyến')[0]).toEqual({
      // "giải quyết" and "xử lý" are one word to matching
      words: ['ty', 'le', 'ho', 'so', 'xu', 'ly', 'truc', 'tuyen'],
      expanded: ['TL', 'HS'],
    });
    expect(readings('KT-XH')[0].words).toEqual(['kinh', 'te', 'xa', 'hoi']);
    expect(readings('DVCTT')[0].words.join(' ')).toBe('dich vu cong truc tuyen');
  });

  it('brings synonyms to one word ("online" is "trực tuyến") and leaves function words out', () => {
    expect(readings('Hồ sơ nộp online')[0].words).toEqual(readings('hồ sơ nộp trực tuyến')[0].words);
    expect(readings('Có Zalo OA')[0].words).toEqual(['zalo', 'official', 'account']);
    expect(readings('toàn trình')[0].words).toEqual(readings('hoàn toàn trực tuyến')[0].words);
  });

  it('reads an abbreviation that depends on the context both ways', () => {
    expect(readings('Quản lý đúng QĐ').map((r) => r.words.join(' '))).toEqual([
      'quan ly dung quyet dinh',
      'quan ly dung quy dinh',
    ]);
  });

  it('takes a plan’s own abbreviations', () => {
    const lexicon = buildLexicon(DICTIONARY, { abbreviations: { HGA: 'HauGiang App' } });
    expect(readings('PAKN trên HGA', lexicon)[0].words).toEqual([
      'phan',
      'anh',
      'kien',
      'nghi',
      'tren',
      'haugiang',
      'app',
    ]);
    expect(readings('PAKN trên HGA')[0].words).toContain('hga');
  });

  it('maps a column by the plan’s own names for a criterion (plan.matching.synonyms)', () => {
    const parsed = parsePlan({ ...xa, matching: { synonyms: { tc22: ['Bài viết gửi trang huyện'] } } });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const s = sheet('S', [
      ['Tên đơn vị', 'Bài viết gửi trang huyện'],
      ['Xã A', 30],
      ['Xã B', 12],
    ]);
    expect(proposeMapping(s, detectTable(s)!, parsed.plan).columns[0]).toMatchObject({
      target: { id: 'tc22' },
    });
    expect(proposeMapping(s, detectTable(s)!, xa).columns[0].target?.id).not.toBe('tc22');
  });

  it('refuses plan synonyms for an id the plan lacks, naming the field', () => {
    const parsed = parsePlan({ ...xa, matching: { synonyms: { tc99: ['x'] } } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.path)).toContain('plan.matching.synonyms.tc99');
  });
});

describe('number references and targets inside titles', () => {
  it.each([
    ['TC 8', '8', 'code'],
    ['TC-08', '8', 'code'],
    ['Tiêu chí 8', '8', 'named'],
    ['Tiêu chí số 8', '8', 'named'],
    ['Chỉ tiêu a.1: TL TTHC đủ ĐK cung cấp DVCTT (%)', 'a.1', 'named'],
    ['Chỉ tiêu a.6 (huyện): TL HS công việc', 'a.6 (huyen)', 'named'],
    ['(8)', '8', 'bracket'],
    ['8.', '8', 'bare'],
    ['III', '3', 'bare'],
    ['8. Tỷ lệ hồ sơ giải quyết trực tuyến', '8', 'leading'],
    ['ND1. Lãnh đạo, tuyên truyền về CĐS', '1', 'code'],
    ['Quản lý chứng thư số đúng QĐ (10)', '10', 'trailing'],
  ])('"%s" refers to %s (%s)', (label, number, rule) => {
    expect(readTitle(label).reference).toMatchObject({ number, rule });
  });

  it.each([
    ['TL HS giải quyết trực tuyến (chỉ tiêu 80%)', 80, 'atLeast'],
    ['Người dân hài lòng (mục tiêu 98%)', 98, 'atLeast'],
    ['TL HS xử lý hoàn toàn trực tuyến (chỉ tiêu ≥ 60%)', 60, 'atLeast'],
    ['Tỷ trọng TMĐT (chỉ tiêu > 8%)', 8, 'moreThan'],
    ['100% CBCC có TK DVCTT', 100, undefined],
  ])('"%s" carries the target %d, never a criterion number', (label, value, comparison) => {
    const read = readTitle(label);
    expect(read.reference).toBeUndefined();
    expect(read.targets[0]).toMatchObject({ value, ...(comparison ? { comparison } : {}) });
    expect(read.text).not.toMatch(/\d+\s*%/);
  });

  it('maps a title with "(chỉ tiêu 80%)" to the criterion whose target is 80%, saying so', () => {
    const s = sheet('S', [
      [
        'Tên đơn vị',
        'TL HS giải quyết trực tuyến (chỉ tiêu 80%)',
        'TL HS thanh toán trực tuyến (chỉ tiêu 50%)',
      ],
      ['Xã A', '72%', '40%'],
      ['Xã B', '85,5 %', '55%'],
    ]);
    const m = proposeMapping(s, detectTable(s)!, xa);
    expect(m.columns.map((c) => c.target?.id)).toEqual(['tc08', 'tc14']);
    expect(m.columns[0].reasons?.map((r) => r.code)).toEqual(
      expect.arrayContaining(['text', 'abbreviation', 'title-target', 'values']),
    );
    expect(m.columns[0].reason).toContain('tiêu đề ghi 80% đúng mục tiêu');
  });

  it('a number and the words agree: high confidence; they disagree: uncertain, both said', () => {
    const s = sheet('S', [
      ['Tên đơn vị', 'TC 8 - TL HS giải quyết trực tuyến', '(5) Số tin bài CĐS đăng Cổng TTĐT huyện'],
      ['Xã A', '72%', 30],
    ]);
    const m = proposeMapping(s, detectTable(s)!, xa);
    expect(m.columns[0]).toMatchObject({ target: { id: 'tc08' }, confidence: 1 });
    expect(m.columns[0].reason).toMatch(/^Khớp mã TC 8, nội dung giống tiêu chí 8/);
    // "(5)" says criterion 5, the words say criterion 22: the words win, uncertain, and the reason says both
    expect(m.columns[1]).toMatchObject({ target: { id: 'tc22' }, confidence: 0.6 });
    expect(m.columns[1].reason).toContain('nhưng số thứ tự 5 lại là tiêu chí 5 — cần kiểm tra');
  });
});

describe('reasons as data', () => {
  it('render in Vietnamese and English from the same codes', () => {
    const s = sheet('S', [
      ['Tên đơn vị', 'TL DVCTT có phát sinh HS (%)'],
      ['Xã A', '72%'],
      ['Xã B', '64,5%'],
    ]);
    const [c] = proposeMapping(s, detectTable(s)!, xa).columns;
    expect(c.target?.id).toBe('tc07');
    expect(reasonsText(c.reasons!, 'vi')).toBe(c.reason);
    expect(c.reason).toContain('khớp từ viết tắt TL, DVCTT, HS');
    expect(c.reason).toContain('giá trị là tỷ lệ %');
    const en = reasonsText(c.reasons!, 'en');
    expect(en).toMatch(/^Words like criterion 7 \(similarity 0\.\d+\)/);
    expect(en).toContain('abbreviation TL, DVCTT, HS understood');
    expect(en).toContain('values are percentages');
  });

  it('a reason code this version does not know is shown as is, never a crash', () => {
    expect(reasonsText([{ code: 'from-a-newer-version' }], 'en')).toBe('From-a-newer-version');
  });

  it('keep a target in the title of a Kiên Giang sheet apart from its code', () => {
    const s = sheet('S', [
      ['Tên đơn vị', 'Chỉ tiêu a.2: TL HS xử lý hoàn toàn trực tuyến (chỉ tiêu ≥ 60%)'],
      ['Sở A', '75%'],
    ]);
    const [c] = proposeMapping(s, detectTable(s)!, kg).columns;
    expect(c).toMatchObject({ target: { id: 'cqs-02' } });
    expect(c.reason).toMatch(/^Khớp số thứ tự a\.2 \("Chỉ tiêu a\.2"\)/);
  });
});
