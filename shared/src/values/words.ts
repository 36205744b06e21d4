// read-vietnamese-number (MIT, ~14 kB, no dependencies, no Node APIs, ESM + CJS builds): gives exactly
// the readings we need once configured, so we use it rather than maintain our own reader.
import { ReadingConfig, doReadNumber } from 'read-vietnamese-number';

const config = new ReadingConfig();
config.unit = ['đồng'];
config.units = [[], ['nghìn'], ['triệu'], ['tỷ']];
config.oddText = 'linh';
config.fourToneText = 'tư';

/** Reads a whole, non-negative amount of đồng: 2500000 -> "Hai triệu năm trăm nghìn đồng". */
export function moneyInWords(dong: number): string {
  if (!Number.isSafeInteger(dong) || dong < 0) {
    throw new RangeError(`moneyInWords: expected a whole number of đồng >= 0, got ${dong}`);
  }
  const text = doReadNumber(String(dong), config);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
