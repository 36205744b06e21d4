/**
 * Final results are never marked while a decision of the council was not applied as written — refused by the run
 * (the tie it settled is gone, its unit is not in the data), unread on the council sheet, or dated after the day the
 * results are marked: the refusal names each decision, where it was written and why, in both languages.
 */
import { COUNCIL_SETTING_KEYS, markFinal, refusedDecisions } from '../../src/council/final';
import { nearestName } from '../../src/engine/unit-names';
import { score, tie, unit } from './fixture';

const now = new Date(Date.UTC(2024, 0, 5, 3, 0));
// B and C tie at 80 for Nhì; the council chose B over C
const RUN = [unit('a', 90), unit('b', 80), unit('c', 80), unit('d', 70)];
const decided = tie('b', 'nhi', { tiedWith: ['Xã C'], source: 'Quyết định của Hội đồng, 6' });

describe('final results refuse while a decision of the council is refused', () => {
  it('marks the run the decision settled', () => {
    expect(markFinal(score(RUN, [decided]), {}, { now }).ok).toBe(true);
  });

  it('refuses once a correction broke the tie the decision settled, naming the decision, its row and why', () => {
    // C corrected 80 → 79: nothing is tied any more, so nothing is held — but the council's decision is not applied
    const res = score([unit('a', 90), unit('b', 80), unit('c', 79), unit('d', 70)], [decided]);
    expect(res.summary.blocks[0].ties).toEqual([]);
    const marked = markFinal(res, {}, { now, replace: true });
    expect(marked.ok).toBe(false);
    if (marked.ok) return;
    expect(marked.held).toEqual([]);
    expect(marked.diff.same).toBe(true);
    expect(marked.refused.map((r) => [r.where, r.unit, r.why, r.code])).toEqual([
      ['Quyết định của Hội đồng, 6', 'b', 'refused', 'council-tie-gone'],
    ]);
    expect(marked.message).toBe(
      'Chưa chốt được kết quả chính thức: 1 quyết định của Hội đồng không được áp dụng như đã ghi — Quyết định Quyết định của Hội đồng, 6 (chọn đơn vị đồng hạng) không được áp dụng: Xã B không còn đồng hạng ở ranh giới giải (lần chấm này: hạng 2, Giải Nhì) — dữ liệu đã thay đổi từ khi Hội đồng quyết định. Hội đồng xem lại các quyết định này (sửa hoặc xoá dòng trên trang "Quyết định của Hội đồng"), chấm lại rồi mới chốt.',
    );
    // a different final record kept: said on its own line, replacing or not the decision still refuses
    const first = markFinal(score(RUN, [decided]), {}, { now });
    if (!first.ok) throw new Error(first.message);
    const settings = { [COUNCIL_SETTING_KEYS.final]: JSON.stringify(first.record) };
    const both = markFinal(res, settings, { now });
    expect(both.ok).toBe(false);
    if (both.ok) return;
    expect(both.message.split('\n')).toEqual([
      marked.message,
      expect.stringContaining(
        'Sổ đã có kết quả chính thức chốt ngày 05/01/2024 10:00, khác với lần chấm này (dữ liệu)',
      ),
    ]);
    expect(both.diff.same).toBe(false);
    expect(markFinal(res, settings, { now, replace: true })).toMatchObject({
      ok: false,
      message: marked.message,
    });
    const en = markFinal(res, {}, { now, lang: 'en' });
    expect(en.ok).toBe(false);
    if (en.ok) return;
    expect(en.message).toContain(
      'The results cannot be marked final: 1 council decision(s) were not applied as written — Decision Quyết định của Hội đồng, 6',
    );
    expect(en.message).toContain('is no longer tied at a tier boundary');
  });

  it('refuses a decision for a unit not in the run, beside the decisions applied', () => {
    const res = score(RUN, [decided, tie('Xã Bình Thnh', 'nhi', { source: 'Quyết định của Hội đồng, 7' })]);
    const marked = markFinal(res, {}, { now });
    expect(marked.ok).toBe(false);
    if (marked.ok) return;
    expect(marked.refused.map((r) => [r.where, r.unit, r.code])).toEqual([
      ['Quyết định của Hội đồng, 7', 'Xã Bình Thnh', 'council-unit-unknown'],
    ]);
    expect(marked.message).toContain('không có đơn vị "Xã Bình Thnh" trong dữ liệu lần này');
  });

  it('says which unit a name typed with a slip is close to, without applying it', () => {
    const typo = score(RUN, [decided, tie('Xã Cc', 'nhi', { source: 'Quyết định của Hội đồng, 7' })]);
    const marked = markFinal(typo, {}, { now });
    expect(marked.ok).toBe(false);
    if (marked.ok) return;
    expect(marked.refused[0].message).toContain(
      'không có đơn vị "Xã Cc" trong dữ liệu lần này (gần giống tên "Xã C" trong dữ liệu: sửa tên đơn vị cho đúng)',
    );
    expect(marked.refused[0].messageEn).toContain('(close to "Xã C" in the data: correct the unit\'s name)');
    expect(nearestName('Xã Bình Thnh', ['Xã Bình Thành', 'Xã Thạnh Hòa'])).toBe('Xã Bình Thành');
    expect(nearestName('Xã Hòa', ['Xã Hòa An', 'Xã Hòa Mỹ'])).toBeUndefined();
    expect(nearestName('Phường 7', ['Xã Bình Thành'])).toBeUndefined();
  });

  it('refuses while one decision is written twice for a unit, naming both rows', () => {
    const again = { ...decided, source: 'Quyết định của Hội đồng, 9', reason: 'Ghi lại' };
    const res = score(RUN, [decided, again]);
    expect(res.council?.decisions.map((d) => d.status)).toEqual(['applied', 'applied']);
    const marked = markFinal(res, {}, { now });
    expect(marked.ok).toBe(false);
    if (marked.ok) return;
    expect(marked.refused.map((r) => [r.where, r.why])).toEqual([
      ['Quyết định của Hội đồng, 6', 'duplicate'],
      ['Quyết định của Hội đồng, 9', 'duplicate'],
    ]);
    expect(marked.refused[0].message).toBe(
      'Quyết định Quyết định của Hội đồng, 6 (chọn đơn vị đồng hạng) cho b được ghi lại ở Quyết định của Hội đồng, 9 — giữ một dòng cho mỗi quyết định',
    );
  });

  it('names both the held awards and the refused decisions when there are both', () => {
    const res = score(RUN, [tie('x', 'nhi', { source: 'Quyết định của Hội đồng, 9' })]);
    const marked = markFinal(res, {}, { now });
    expect(marked.ok).toBe(false);
    if (marked.ok) return;
    expect(marked.held.length).toBeGreaterThan(0);
    expect(marked.message.split('\n')).toEqual([
      expect.stringContaining('Xã B: Giải Nhì, Giải Ba (đồng hạng, chờ Hội đồng quyết định)'),
      expect.stringContaining('Quyết định của Hội đồng, 9'),
    ]);
  });

  it('refuses while a row of the council sheet could not be read', () => {
    const unread = {
      path: "'Quyết định của Hội đồng'!I9",
      code: 'council-sheet-row',
      message: 'Trang "Quyết định của Hội đồng", dòng 9: thiếu "Lý do" — quyết định này chưa được áp dụng',
      messageEn: 'Sheet "Quyết định của Hội đồng", row 9: "Reason" is missing — this decision is not applied',
    };
    const marked = markFinal(score(RUN, [decided]), {}, { now, unread: [unread], lang: 'en' });
    expect(marked).toMatchObject({
      ok: false,
      refused: [{ where: unread.path, why: 'unread' }],
      message: expect.stringContaining('row 9: "Reason" is missing'),
    });
  });

  it('refuses a decision dated after the day the results are marked (Viet Nam day)', () => {
    const later = tie('b', 'nhi', {
      tiedWith: ['Xã C'],
      date: '2024-01-06',
      source: 'Quyết định của Hội đồng, 6',
    });
    const res = score(RUN, [later]);
    // 05/01 03:00 UTC is 05/01 in Viet Nam: the decision of 06/01 postdates it
    const marked = markFinal(res, {}, { now });
    expect(marked).toMatchObject({
      ok: false,
      refused: [{ why: 'after-final', code: 'final-decision-after' }],
    });
    if (marked.ok) return;
    expect(marked.message).toContain(
      'Quyết định Quyết định của Hội đồng, 6 cho b ghi ngày 06/01/2024, sau ngày chốt kết quả (05/01/2024)',
    );
    // 05/01 17:00 UTC is already 06/01 in Viet Nam
    expect(markFinal(res, {}, { now: new Date(Date.UTC(2024, 0, 5, 17, 0)) }).ok).toBe(true);
    expect(refusedDecisions(res)).toEqual([]);
  });
});
