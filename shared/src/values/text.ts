/**
 * Folds text for diacritics-insensitive comparison: "  Chưa   ĐẠT " -> "chua dat".
 * NFD splits precomposed letters into base + combining marks, which are then dropped;
 * "đ"/"Đ" is a separate letter (no decomposition), so it is mapped by hand.
 */
export function normalizeText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
