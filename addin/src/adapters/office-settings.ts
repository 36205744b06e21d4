/**
 * Reading and saving the add-in's workbook settings (plan, mapping) with Office.js. Large values live in custom
 * XML parts (settings-xml.ts), in as many parts as keep every request, and every response, under the budget.
 */
import { type Operation, packRequests, simpleOperation } from './operations';
import { MAX_REQUEST_BYTES, measureQueue, REQUEST_ENVELOPE_BYTES, utf8Length } from './payload';
import {
  joinSettingParts,
  largeSettingNamespace,
  LARGE_SETTING_BYTES,
  nextSettingPart,
  SETTING_PART_BYTES,
  settingPartXml,
  settingXml,
} from './settings-xml';

const XML_PREFIX = 'xml:';
/** The smallest part cut to fill what a request has left. */
const MIN_PART_BYTES = 16 * 1024;
/** Parts read back in one response: each holds at most SETTING_PART_BYTES. */
const PARTS_PER_READ = Math.max(1, Math.floor(MAX_REQUEST_BYTES / SETTING_PART_BYTES));

export function isLargeSetting(value: string): boolean {
  return utf8Length(value) > LARGE_SETTING_BYTES;
}

/**
 * Settings whose key starts with `prefix`; values stored in custom XML parts are resolved. One sync reads the
 * settings with the ids and namespaces of the workbook's XML parts (ExcelApi 1.5): nothing more when no value is
 * stored in parts; else one sync per PARTS_PER_READ parts for their text. A value whose parts are missing or
 * incomplete (a write cut short) is left out rather than read half.
 */
export async function readSettings(
  context: Excel.RequestContext,
  prefix: string,
): Promise<Record<string, string>> {
  const settings = context.workbook.settings;
  settings.load('items/key,items/value');
  const allParts = context.workbook.customXmlParts;
  allParts.load('items/id,items/namespaceUri');
  await context.sync();
  const out: Record<string, string> = {};
  const stored: { key: string; parts: Excel.CustomXmlPart[] }[] = [];
  for (const item of settings.items) {
    if (!item.key.startsWith(prefix)) continue;
    const value = typeof item.value === 'string' ? item.value : JSON.stringify(item.value);
    if (value.startsWith(XML_PREFIX)) {
      const namespace = value.slice(XML_PREFIX.length);
      stored.push({ key: item.key, parts: allParts.items.filter((part) => part.namespaceUri === namespace) });
    } else out[item.key] = value;
  }
  const xml = stored.map(({ parts }) => parts.map((part) => ({ part, value: '' })));
  const all = xml.flat();
  for (let i = 0; i < all.length; i += PARTS_PER_READ) {
    const batch = all.slice(i, i + PARTS_PER_READ).map((entry) => ({ entry, xml: entry.part.getXml() }));
    // One response per few parts: together they could pass Excel's 5 MB response limit.
    await context.sync();
    for (const { entry, xml: result } of batch) entry.value = result.value;
  }
  stored.forEach(({ key }, i) => {
    const value = joinSettingParts(xml[i].map((e) => e.value));
    if (value !== undefined) out[key] = value;
  });
  return out;
}

/**
 * One setting as write operations: a small value in workbook.settings; a large one in XML parts, the first
 * deleting the parts it replaces (`oldPartIds`), the last pointing the setting at them. A large value is one
 * operation the packer cuts, part by part, to what each request has left (at most SETTING_PART_BYTES a part).
 */
export function settingOperations(
  key: string,
  value: string,
  oldPartIds: string[],
  room: number,
): Operation[] {
  if (!isLargeSetting(value)) return [simpleOperation((ctx) => ctx.workbook.settings.add(key, value))];
  const deleteOld = (ctx: Excel.RequestContext) => {
    for (const id of oldPartIds) ctx.workbook.customXmlParts.getItem(id).delete();
  };
  const point = (ctx: Excel.RequestContext) =>
    ctx.workbook.settings.add(key, `${XML_PREFIX}${largeSettingNamespace(key)}`);
  const part = (xml: string, first: boolean, last: boolean) =>
    simpleOperation((ctx) => {
      if (first) deleteOld(ctx);
      ctx.workbook.customXmlParts.add(xml);
      if (last) point(ctx);
    });
  const around = measureQueue((ctx) => {
    deleteOld(ctx);
    point(ctx);
  });
  const cap = Math.min(SETTING_PART_BYTES, room);
  // The rest of the value from `from`, as part `index` on: whole when it fits in one part, else cut to fit.
  const rest = (from: number, index: number): Operation => {
    const cut = (left: number): [Operation, Operation] | undefined => {
      const limit = Math.min(left, cap) - around;
      // What a request has left: worth a part only when it is not a sliver (the next request has room).
      if (left < cap && limit < MIN_PART_BYTES) return undefined;
      const next = nextSettingPart(key, value, from, index, limit);
      if (!next || next.to >= value.length) return undefined;
      return [part(next.xml, index === 0, false), rest(next.to, index + 1)];
    };
    // Each character is a byte at least: a rest longer than a part cannot be one.
    if (value.length - from <= cap) {
      const text = value.slice(from);
      const whole = part(
        index === 0 ? settingXml(key, text) : settingPartXml(key, text, index),
        index === 0,
        true,
      );
      if (whole.bytes <= cap) return { ...whole, cut };
    }
    return { bytes: Number.POSITIVE_INFINITY, cells: 0, queue: () => undefined, cut };
  };
  return [rest(0, 0)];
}

/** Queues the lookup of the XML parts that hold `keys` now; their ids are there once the request has run. */
export function queueOldParts(context: Excel.RequestContext, keys: string[]): (() => string[])[] {
  return keys.map((key) => {
    const parts = context.workbook.customXmlParts.getByNamespace(largeSettingNamespace(key));
    parts.load('items/id');
    return () => parts.items.map((p) => p.id);
  });
}

/** Saves settings (large values in custom XML parts, replacing the previous parts of the same key). */
export async function saveSettings(
  context: Excel.RequestContext,
  values: Record<string, string>,
  maxRequestBytes = MAX_REQUEST_BYTES,
): Promise<void> {
  const entries = Object.entries(values);
  const large = entries.filter(([, v]) => isLargeSetting(v)).map(([k]) => k);
  const old = queueOldParts(context, large);
  if (large.length) await context.sync();
  const room = maxRequestBytes - REQUEST_ENVELOPE_BYTES;
  const ops = entries.flatMap(([key, value]) => {
    const index = large.indexOf(key);
    return settingOperations(key, value, index >= 0 ? old[index]() : [], room);
  });
  for (const request of packRequests(ops, room)) {
    for (const op of request) op.queue(context);
    // Requests under the budget, one after the other.
    await context.sync();
  }
}
