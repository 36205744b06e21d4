export type { Parsed, NumberLocale } from './parse';
export { excelError, isBlank, parseBoolean, parseCount, parseDate, parseNumber, parseRate } from './parse';
export type { Lang } from './format';
export { formatMoney, formatNumber, formatPercent, formatPoints } from './format';
export { moneyInWords } from './words';
export { normalizeText } from './text';
