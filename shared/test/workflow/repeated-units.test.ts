import { repeatedUnits } from '../../src/workflow/repeated-units';

describe('one unit read on two lines', () => {
  it('the same name in one block and collective is one unit twice, whatever its case and diacritics', () => {
    expect(
      repeatedUnits([
        { id: 'xa-hoa-an', name: 'Xã Hòa An', block: 'xa', values: {} },
        { id: 'xa-tan-long', name: 'Xã Tân Long', block: 'xa', values: {} },
        { id: 'xa-hoa-an-2', name: 'XÃ HOÀ AN', block: 'xa', values: {} },
      ]),
    ).toEqual([{ name: 'Xã Hòa An', ids: ['xa-hoa-an', 'xa-hoa-an-2'] }]);
  });

  it('two people of one name in different collectives, or one name in two blocks, are two units', () => {
    expect(
      repeatedUnits([
        { id: 'nguyen-van-a', name: 'Nguyễn Văn A', collective: 'phong-a', values: {} },
        { id: 'nguyen-van-a-2', name: 'Nguyễn Văn A', collective: 'phong-b', values: {} },
        { id: 'thi-tran', name: 'Thị trấn Cây Dương', block: 'xa', values: {} },
        { id: 'thi-tran-2', name: 'Thị trấn Cây Dương', block: 'phong', values: {} },
      ]),
    ).toEqual([]);
  });
});
