/** Units as offices name them. */
import type { Rng } from './rng';

export const PHUNG_HIEP_XA = [
  'Thị trấn Cây Dương',
  'Thị trấn Kinh Cùng',
  'Thị trấn Búng Tàu',
  'Xã Tân Bình',
  'Xã Bình Thành',
  'Xã Tân Long',
  'Xã Long Thạnh',
  'Xã Hòa An',
  'Xã Hòa Mỹ',
  'Xã Phụng Hiệp',
  'Xã Phương Bình',
  'Xã Phương Phú',
  'Xã Hiệp Hưng',
  'Xã Tân Phước Hưng',
  'Xã Thạnh Hòa',
];

export const PHUNG_HIEP_PHONG = [
  'Văn phòng HĐND và UBND huyện',
  'Phòng Nội vụ',
  'Phòng Tư pháp',
  'Phòng Tài chính – Kế hoạch',
  'Phòng Tài nguyên và Môi trường',
  'Phòng Lao động – Thương binh và Xã hội',
  'Phòng Văn hóa và Thông tin',
  'Phòng Giáo dục và Đào tạo',
  'Phòng Y tế',
  'Phòng Kinh tế – Hạ tầng',
  'Phòng Nông nghiệp và PTNT',
  'Thanh tra huyện',
  'Công an huyện',
  'Ban Chỉ huy Quân sự huyện',
  'Ủy ban MTTQ Việt Nam huyện',
];

export const PHUNG_HIEP_VIEN_THONG = ['VNPT Phụng Hiệp', 'Viettel Phụng Hiệp', 'MobiFone Phụng Hiệp'];

export const KIEN_GIANG_HUYEN = [
  'Thành phố Rạch Giá',
  'Thành phố Hà Tiên',
  'Thành phố Phú Quốc',
  'Huyện Kiên Lương',
  'Huyện Hòn Đất',
  'Huyện Tân Hiệp',
  'Huyện Châu Thành',
  'Huyện Giồng Riềng',
  'Huyện Gò Quao',
  'Huyện An Biên',
  'Huyện An Minh',
  'Huyện Vĩnh Thuận',
  'Huyện U Minh Thượng',
  'Huyện Giang Thành',
  'Huyện Kiên Hải',
];

export const KIEN_GIANG_SO = [
  'Sở Nội vụ',
  'Sở Tư pháp',
  'Sở Kế hoạch và Đầu tư',
  'Sở Tài chính',
  'Sở Công Thương',
  'Sở Thông tin và Truyền thông',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Giao thông vận tải',
  'Sở Tài nguyên và Môi trường',
];

export const CHAU_THANH_XA = [
  'Thị trấn Minh Lương',
  'Xã Mong Thọ',
  'Xã Mong Thọ A',
  'Xã Mong Thọ B',
  'Xã Giục Tượng',
  'Xã Vĩnh Hòa Hiệp',
  'Xã Vĩnh Hòa Phú',
  'Xã Minh Hòa',
  'Xã Bình An',
  'Xã Thạnh Lộc',
];

export const SXD_PHONG = [
  'Văn phòng Sở',
  'Thanh tra Sở',
  'Phòng Quản lý xây dựng',
  'Phòng Quy hoạch – Kiến trúc',
  'Phòng Phát triển đô thị',
  'Phòng Quản lý nhà và Thị trường bất động sản',
  'Phòng Kinh tế và Vật liệu xây dựng',
  'Trung tâm Kiểm định chất lượng xây dựng',
];

/** How the same divisions are abbreviated in a "Phòng/đơn vị" column of a staff list. */
export const SXD_PHONG_SHORT: Record<string, string> = {
  'Văn phòng Sở': 'VP Sở',
  'Thanh tra Sở': 'Thanh tra Sở',
  'Phòng Quản lý xây dựng': 'Phòng QLXD',
  'Phòng Quy hoạch – Kiến trúc': 'Phòng QH-KT',
  'Phòng Phát triển đô thị': 'Phòng PTĐT',
  'Phòng Quản lý nhà và Thị trường bất động sản': 'Phòng QLN&TTBĐS',
  'Phòng Kinh tế và Vật liệu xây dựng': 'Phòng KT&VLXD',
  'Trung tâm Kiểm định chất lượng xây dựng': 'TT Kiểm định CLXD',
};

export const DONG_THAP_PHONG = [
  'Văn phòng Sở',
  'Thanh tra Sở',
  'Phòng Tổng hợp – Quy hoạch',
  'Phòng Kinh tế ngành',
  'Phòng Đăng ký kinh doanh',
  'Phòng Đấu thầu, thẩm định và giám sát đầu tư',
  'Phòng Doanh nghiệp, kinh tế tập thể và tư nhân',
  'Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp',
];

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Huỳnh',
  'Võ',
  'Phan',
  'Trương',
  'Đặng',
  'Bùi',
  'Dương',
  'Lâm',
];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Hoàng', 'Ngọc', 'Quốc', 'Thị Thu', 'Hữu', 'Kim'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dung',
  'Hà',
  'Hải',
  'Hạnh',
  'Hùng',
  'Lan',
  'Linh',
  'Nam',
  'Phúc',
  'Tâm',
  'Thảo',
  'Trung',
  'Vy',
];

/** `n` distinct personal names. */
export function personNames(rng: Rng, n: number): string[] {
  const seen = new Set<string>();
  while (seen.size < n) seen.add(`${rng.pick(FAMILY)} ${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}`);
  return [...seen];
}

export function take<T>(items: readonly T[], n: number, from = 0): T[] {
  return items.slice(from, from + n);
}
