import type { CorpusSpec } from '../lib/spec';
import { DONG_THAP_SPECS } from './dong-thap';
import { KIEN_GIANG_243_SPECS } from './kien-giang-243';
import { KIEN_GIANG_SXD_SPECS } from './kien-giang-sxd';
import { OFFICE_LAYOUTS_2_SPECS } from './office-layouts-2';
import { OFFICE_LAYOUTS_3_SPECS } from './office-layouts-3';
import { OFFICE_LAYOUTS_4_SPECS } from './office-layouts-4';
import { OFFICE_LAYOUTS_5_SPECS } from './office-layouts-5';
import { OFFICE_LAYOUTS_6_SPECS } from './office-layouts-6';
import { OFFICE_LAYOUTS_7_SPECS } from './office-layouts-7';
import { OFFICE_LAYOUTS_8_SPECS } from './office-layouts-8';
import { PHUNG_HIEP_PHONG_BAN_SPECS } from './phung-hiep-phong-ban';
import { PHUNG_HIEP_XA_SPECS } from './phung-hiep-xa';
import { TYPED_BY_HAND_SPECS } from './typed-by-hand';

/** Every corpus workbook, in the order the report lists them. */
export const CORPUS: CorpusSpec[] = [
  ...PHUNG_HIEP_XA_SPECS,
  ...PHUNG_HIEP_PHONG_BAN_SPECS,
  ...KIEN_GIANG_243_SPECS,
  ...KIEN_GIANG_SXD_SPECS,
  ...DONG_THAP_SPECS,
  ...TYPED_BY_HAND_SPECS,
  ...OFFICE_LAYOUTS_2_SPECS,
  ...OFFICE_LAYOUTS_3_SPECS,
  ...OFFICE_LAYOUTS_4_SPECS,
  ...OFFICE_LAYOUTS_5_SPECS,
  ...OFFICE_LAYOUTS_6_SPECS,
  ...OFFICE_LAYOUTS_7_SPECS,
  ...OFFICE_LAYOUTS_8_SPECS,
];
