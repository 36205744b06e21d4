/** Reading and saving the add-in's workbook settings (plan, mapping) with Office.js. */
import { utf8Length } from './payload';
import { largeSettingNamespace, LARGE_SETTING_BYTES, parseSettingXml, settingXml } from './settings-xml';

const XML_PREFIX = 'xml:';

/** Settings whose key starts with `prefix`; values stored in custom XML parts are resolved (two syncs at most). */
export async function readSettings(
  context: Excel.RequestContext,
  prefix: string,
): Promise<Record<string, string>> {
  const settings = context.workbook.settings;
  settings.load('items/key,items/value');
  await context.sync();
  const out: Record<string, string> = {};
  const pending: { key: string; xml: OfficeExtension.ClientResult<string> }[] = [];
  for (const item of settings.items) {
    if (!item.key.startsWith(prefix)) continue;
    const value = typeof item.value === 'string' ? item.value : JSON.stringify(item.value);
    if (value.startsWith(XML_PREFIX)) {
      const part = context.workbook.customXmlParts
        .getByNamespace(value.slice(XML_PREFIX.length))
        .getOnlyItem();
      pending.push({ key: item.key, xml: part.getXml() });
    } else out[item.key] = value;
  }
  if (pending.length) {
    await context.sync();
    for (const p of pending) {
      const value = parseSettingXml(p.xml.value);
      if (value !== undefined) out[p.key] = value;
    }
  }
  return out;
}

/** Saves settings (large values in custom XML parts, replacing the previous part of the same key). */
export async function saveSettings(
  context: Excel.RequestContext,
  values: Record<string, string>,
): Promise<void> {
  const large = Object.entries(values).filter(([, v]) => utf8Length(v) > LARGE_SETTING_BYTES);
  const old = large.map(([key]) => {
    const parts = context.workbook.customXmlParts.getByNamespace(largeSettingNamespace(key));
    parts.load('items/id');
    return parts;
  });
  if (large.length) await context.sync();
  old.forEach((parts) => parts.items.forEach((p) => p.delete()));
  for (const [key, value] of Object.entries(values)) {
    if (utf8Length(value) > LARGE_SETTING_BYTES) {
      context.workbook.customXmlParts.add(settingXml(key, value));
      context.workbook.settings.add(key, `${XML_PREFIX}${largeSettingNamespace(key)}`);
    } else context.workbook.settings.add(key, value);
  }
  await context.sync();
}
