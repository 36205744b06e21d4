export type { Parsed, NumberLocale, RateReading } from './parse';
export {
  excelError,
  isBlank,
  MAX_VALUE_TEXT,
  parseBoolean,
  parseCount,
  parseDate,
  parseNumber,
  parseRate,
  tooLongValue,
} from './parse';
export type { Lang } from './format';
export { formatMoney, formatNumber, formatPercent, formatPoints } from './format';
export { moneyInWords } from './words';
export { normalizeText } from './text';
