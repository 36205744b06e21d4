/** Kiên Giang 243: a commune meeting every general and commune standard, and every commune target of 2023 / 2025. */
export const FACTS = {
  chapHanhChuTruong: 'Có',
  hoanThanhNhiemVu: 'Có',
  doanKet: 'Có',
  toChucDang: 'hoàn thành tốt nhiệm vụ',
  kyLuat: 'không',
  coKeHoachThiDua: 'Có',
  thanhToanKhongTienMat: 'Có',
};

/** 2023: each target at its value; "trên" targets 0,1 above. */
export const MET_2023 = {
  'cqs-01': '100%',
  'cqs-03': '80%',
  'cqs-06-van-ban': '100%',
  'cqs-08': '80%',
  'xhs-01': '75%',
  'xhs-02': '70%',
  'xhs-03': '60,1%',
  'xhs-04': '70%',
  'xhs-06': '40,1%',
  'xhs-07': '20,1%',
  'xhs-08': '80%',
};

/** 2025: each target at its value; "trên" targets 0,1 above. */
export const MET_2025 = {
  'cqs-01': '100%',
  'cqs-03': '90%',
  'cqs-06-van-ban': '100%',
  'cqs-08': '100%',
  'xhs-01': '80%',
  'xhs-02': '80%',
  'xhs-03': '70,1%',
  'xhs-04': '80%',
  'xhs-06': '50,1%',
  'xhs-07': '30,1%',
  'xhs-08': '90%',
};
