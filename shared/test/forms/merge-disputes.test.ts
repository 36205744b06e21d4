/**
 * Forms as offices send them: a unit listed twice in its own wording, a form filled twice and differently, a form for
 * a unit its batch does not list, forms of two batches. Nothing is merged on a guess: each is named.
 */
import { FORM_SETTING_PREFIX, mergeForms, repeatedUnits, type FormFile } from '../../src/forms';
import { asFormFile, fillForm, formsPlan, formWorkbooks, reload } from './helpers';

const plan = formsPlan();

describe('the list of units for the forms', () => {
  it('refuses a unit listed twice, however its name is written, naming both spellings', () => {
    const problem = repeatedUnits([{ name: 'Xã Hòa An' }, { name: 'Xã B' }, { name: ' xã  hoà an' }]);
    expect(problem).toMatchObject({ code: 'form-repeated-unit', severity: 'error' });
    expect(problem?.message).toBe(
      'Danh sách đơn vị ghi một đơn vị nhiều lần: "Xã Hòa An" và " xã  hoà an" — mỗi đơn vị chỉ một phiếu; sửa danh sách rồi tạo lại. Chưa tạo phiếu nào.',
    );
    expect(problem?.messageEn).toContain('The list names a unit more than once');
    expect(repeatedUnits([{ name: 'Xã A' }, { name: 'Xã B' }])).toBeUndefined();
  });
});

describe('merging forms that disagree', () => {
  it('names the items where two forms of one unit differ', async () => {
    const [a, b] = await formWorkbooks(plan, [{ name: 'Xã A' }, { name: 'Xã B' }]);
    fillForm(a.wb, { yn: { self: 'Có' }, rate: { self: 0.9 } });
    fillForm(b.wb, { yn: { self: 'Có' }, rate: { self: 0.8 } });
    const again = await reload(a.wb);
    fillForm(again, { rate: { self: 0.85 } });
    const merged = mergeForms(plan, [
      asFormFile('a.xlsx', a.wb),
      asFormFile('a-lan-2.xlsx', again),
      asFormFile('b.xlsx', b.wb),
    ]);
    expect(merged.units.map((u) => u.id)).toEqual(['xa-b']);
    const dup = merged.problems.find((p) => p.code === 'form-duplicate');
    expect(dup?.severity).toBe('error');
    const where = merged.problems.find((p) => p.code === 'form-duplicate-values');
    expect(where?.message).toBe(
      'Các phiếu của đơn vị "Xã A" khác nhau ở: mục 2: 85% (a-lan-2.xlsx) / 90% (a.xlsx).',
    );
    expect(where?.messageEn).toBe(
      'The forms of "Xã A" differ at: item 2: 85% (a-lan-2.xlsx) / 90% (a.xlsx).',
    );
  });

  it('refuses a form whose unit its batch does not list, instead of dropping it silently', async () => {
    const [a, b] = await formWorkbooks(plan, [{ name: 'Xã A' }, { name: 'Xã B' }]);
    fillForm(a.wb, { yn: { self: 'Có' }, rate: { self: 0.9 } });
    fillForm(b.wb, { yn: { self: 'Có' }, rate: { self: 0.8 } });
    const files: FormFile[] = [asFormFile('a.xlsx', a.wb), asFormFile('b.xlsx', b.wb)];
    // the identity of b's form edited by hand to another unit
    const settings = { ...files[1].model.settings };
    const key = Object.keys(settings).find((k) => k.startsWith(FORM_SETTING_PREFIX))!;
    const identity = JSON.parse(settings[key]) as { unit: { id: string; name: string } };
    identity.unit = { id: 'xa-la', name: 'Xã Lạ' };
    settings[key] = JSON.stringify(identity);
    files[1] = { ...files[1], model: { ...files[1].model, settings } };
    const merged = mergeForms(plan, files);
    expect(merged.units.map((u) => u.id)).toEqual(['xa-a']);
    expect(merged.problems.map((p) => [p.code, p.severity])).toEqual([
      ['form-missing', 'error'],
      ['form-unknown-unit', 'error'],
    ]);
    expect(merged.problems[1].message).toBe(
      'b.xlsx (trang "Phiếu tự chấm"): phiếu của đơn vị "Xã Lạ" không có trong danh sách đơn vị của đợt tạo phiếu — không gộp; tạo lại phiếu cho đơn vị này (thidua forms).',
    );
  });

  it('names the units of each batch when forms of several batches are merged', async () => {
    const [a] = await formWorkbooks(plan, [{ name: 'Xã A' }, { name: 'Xã B' }]);
    const [e] = await formWorkbooks(plan, [{ name: 'Xã E' }]);
    const merged = mergeForms(plan, [asFormFile('a.xlsx', a.wb), asFormFile('e.xlsx', e.wb)]);
    const warning = merged.problems.find((p) => p.code === 'form-other-batch');
    expect(warning?.message).toMatch(
      /^Các phiếu thuộc 2 đợt tạo phiếu khác nhau \(đợt 1: (Xã A, Xã B|Xã E); đợt 2: (Xã A, Xã B|Xã E)\); danh sách đơn vị là hợp của các đợt — kiểm tra mỗi đơn vị đúng là đơn vị của khối trước khi chấm\.$/,
    );
    expect(warning?.message).toContain('Xã E');
  });
});
