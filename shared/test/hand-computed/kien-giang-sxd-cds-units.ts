import type { HandUnit } from './helpers';

/** A division of Sở Xây dựng Kiên Giang (digital transformation plan) meeting every standard of the Bằng khen. */
export const DIVISION_FACTS: Record<string, unknown> = {
  chapHanhChuTruong: 'Có',
  hoanThanhNhiemVu: 'Có',
  kyLuat: 'không',
  doanKet: 'Có',
  toChucDang: 'hoàn thành tốt nhiệm vụ',
  nhiemVuDungHan: 'Có',
  phongTraoHieuQua: 'Có',
  ungDungCongNgheSo: 'Có',
  baoCaoDienTu: 'Có',
};

/** The four targets every division has (4, 5 "trên 95%", 6, 10); work files just above 95%. */
export const REQUIRED_TARGETS = { t04: '100%', t05: '95,01%', t06: '100%', t10: '100%' };

/** A division with these target values, its facts those above but for `facts`. */
export const division = (
  id: string,
  values: Record<string, unknown>,
  facts: Record<string, unknown> = {},
): HandUnit => ({
  id,
  block: 'phong-don-vi',
  values,
  facts: { ...DIVISION_FACTS, ...facts },
});
