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

/** 2025: the commune targets that can be exceeded, just above their value. */
export const ABOVE_2025 = {
  ...MET_2025,
  'cqs-03': '90,1%',
  'xhs-01': '80,1%',
  'xhs-02': '80,1%',
  'xhs-04': '80,1%',
  'xhs-08': '90,1%',
};

/** Every district target of 2025 met (the 22 non-"trên" ones at the threshold, the "trên" ones 1 point above). */
export const DISTRICT_2025 = {
  'cqs-01': '100%',
  'cqs-02': '80%',
  'cqs-03': '90%',
  'cqs-04': '20%',
  'cqs-05': '100%',
  'cqs-06-van-ban': '100%',
  'cqs-06-huyen': '100%',
  'cqs-06-xa': '80%',
  'cqs-07': '100%',
  'cqs-08': '100%',
  'kts-01': '20%',
  'kts-02': '10%',
  'kts-03': '11%',
  'kts-04': '81%',
  'kts-05': '51%',
  'kts-06': '3%',
  'kts-07': '50%',
  'kts-08': '50%',
  'xhs-01': '80%',
  'xhs-02': '80%',
  'xhs-03': '71%',
  'xhs-04': '80%',
  'xhs-05': '71%',
  'xhs-06': '51%',
  'xhs-07': '31%',
  'xhs-08': '90%',
  'xhs-09': '80%',
  'xhs-10': '70%',
};
