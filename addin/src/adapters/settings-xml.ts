/**
 * Workbook settings that outgrow workbook.settings (a whole plan document) live in a custom XML part
 * (ExcelApi 1.5) whose root element carries a per-key namespace; the setting itself holds "xml:<namespace>".
 * Both travel inside the .xlsx, so co-authors and next month's run see the same configuration.
 */

/** Above this size a setting value goes to a custom XML part. */
export const LARGE_SETTING_BYTES = 16 * 1024;

export function largeSettingNamespace(key: string): string {
  return `urn:thidua:setting:${encodeURIComponent(key)}`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export function settingXml(key: string, value: string): string {
  return `<setting xmlns="${largeSettingNamespace(key)}">${escapeXml(value)}</setting>`;
}

/** The value stored by settingXml, or undefined when the XML is not such a part. */
export function parseSettingXml(xml: string): string | undefined {
  const m = /<setting\b[^>]*>([\s\S]*)<\/setting>\s*$/.exec(xml.replace(/^<\?xml[^>]*\?>\s*/, ''));
  return m ? unescapeXml(m[1]) : undefined;
}
