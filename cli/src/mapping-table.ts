/**
 * `--show-mapping`: the mapping as the pane's step "2. Bảng tính" shows it — per column its letter, full title,
 * first values, the target with its confidence and why — and the plan items no column feeds. Printed on stderr so
 * stdout stays the command's own output (results, --json).
 */
import type { Plan, Lang } from '@thidua/core';
import { mappingRows, type MappingLevel } from '@thidua/core/sheet';
import { notMappedItemText, type Gate, type ResolvedSheet } from '@thidua/core/workflow';

const LEVEL: Record<MappingLevel, { vi: string; en: string }> = {
  confirmed: { vi: 'đã xác nhận', en: 'confirmed' },
  high: { vi: 'chắc chắn', en: 'sure' },
  uncertain: { vi: 'chưa chắc — cần xác nhận', en: 'uncertain — confirm it' },
  none: { vi: 'không dùng', en: 'not used' },
};

export function mappingTable(
  sheets: { resolved: Pick<ResolvedSheet, 'sheet' | 'mapping' | 'layout'> }[],
  plan: Plan,
  lang: Lang,
  gate?: Gate,
): string {
  const en = lang === 'en';
  const out: string[] = [];
  for (const { resolved } of sheets) {
    const { sheet, mapping, layout } = resolved;
    out.push(en ? `Column mapping, sheet "${sheet.name}":` : `Cách ghép cột, trang "${sheet.name}":`);
    for (const row of mappingRows(sheet, mapping, plan, lang, layout)) {
      const line = row.line.charAt(0).toUpperCase() + row.line.slice(1);
      out.push(`  ${line}: "${row.title}"`);
      if (row.samples.length) out.push(`      ${en ? 'values' : 'mẫu'}: ${row.samples.join(' · ')}`);
      const level = LEVEL[row.level][en ? 'en' : 'vi'];
      out.push(
        row.target
          ? `      → ${row.targetText} (${Math.round(row.confidence * 100)}%, ${level})`
          : `      → ${level}`,
      );
      if (row.why) out.push(`      ${en ? 'why' : 'vì'}: ${row.why}`);
    }
  }
  const notMapped = gate?.coverage.notMapped ?? [];
  if (notMapped.length) {
    out.push(en ? 'Plan items no column feeds:' : 'Mục của kế hoạch chưa có cột nào:');
    for (const item of notMapped) out.push(`  - ${notMappedItemText(item, lang)}`);
  }
  return `${out.join('\n')}\n`;
}
