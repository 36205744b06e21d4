export type { Parsed, NumberLocale, RateReading } from './parse';
export {
  excelError,
  isBlank,
  isFormulaDetail,
  isTypedDash,
  MAX_VALUE_TEXT,
  parseBoolean,
  parseCount,
  parseDate,
  parseFigure,
  parseNumber,
  parseRate,
  tooLongValue,
  twoReadings,
} from './parse';
export type { Lang } from './format';
export { formatMoney, formatNumber, formatPercent, formatPoints } from './format';
export { moneyInWords } from './words';
export { normalizeText } from './text';
export { withoutNote } from './notes';
export { matchLevel } from './levels';
export { passFailValues, splitUnit, verdictOf, type PassFail, type TypedNumber } from './units';
