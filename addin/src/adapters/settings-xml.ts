/**
 * Workbook settings that outgrow workbook.settings (a whole plan document) live in custom XML parts (ExcelApi 1.5)
 * whose root element carries a per-key namespace; the setting itself holds "xml:<namespace>". A value too large
 * for what a request has left is kept in several parts of that namespace, each numbered (`part="2"`, the last
 * one also saying how many there are: `part="3" of="3"`), written as the requests have room and joined again when
 * read. Both travel inside the .xlsx, so co-authors and next month's run see the same configuration.
 */
import { callBytes } from './payload';

/** Above this size a setting value goes to a custom XML part. */
export const LARGE_SETTING_BYTES = 16 * 1024;
/**
 * Request bytes of one part at most (its `customXmlParts.add` call): several fit in one request, and reading
 * four of them back stays under the budget of a response.
 */
export const SETTING_PART_BYTES = 1_000_000;

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

/** The last part (`index`, 0-based) of a value cut in parts: it says how many there are. */
export function settingPartXml(key: string, text: string, index: number): string {
  return pieceXml(key, text, index, index + 1);
}

/** Part `index` (0-based) of a value cut in parts; the last part also says how many there are. */
function pieceXml(key: string, text: string, index: number, count?: number): string {
  const of = count === undefined ? '' : ` of="${count}"`;
  return `<setting xmlns="${largeSettingNamespace(key)}" part="${index + 1}"${of}>${escapeXml(text)}</setting>`;
}

/** Where `text` may be cut before `at` (after `from`) without splitting a surrogate pair. */
function safeCut(text: string, from: number, at: number): number {
  const code = text.charCodeAt(at - 1);
  return at < text.length && at - 1 > from && code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

/**
 * The longest part of `value` from `from` whose `customXmlParts.add` call takes at most `maxBytes` request bytes
 * (`callBytes`, with room for the part count the last part carries); undefined when not one character fits.
 * `span` is where to start looking (the previous part's length).
 */
export function nextSettingPart(
  key: string,
  value: string,
  from: number,
  index: number,
  maxBytes: number,
  span = maxBytes,
): { to: number; xml: string } | undefined {
  const bytesOf = (to: number) => callBytes([pieceXml(key, value.slice(from, to), 99_999, 99_999)]);
  let to = safeCut(value, from, Math.min(value.length, from + Math.max(1, span)));
  let bytes = bytesOf(to);
  while (bytes > maxBytes && to - from > 1) {
    to = safeCut(value, from, from + Math.max(1, Math.floor(((to - from) * maxBytes) / bytes) - 16));
    bytes = bytesOf(to);
  }
  if (bytes > maxBytes) return undefined;
  const last = to >= value.length;
  return { to, xml: pieceXml(key, value.slice(from, to), index, last ? index + 1 : undefined) };
}

/**
 * The XML parts that hold a value: one part (`settingXml`) when it fits in `partBytes` request bytes, otherwise
 * numbered parts of at most `partBytes` each, measured as their `add` call is (`callBytes`).
 */
export function settingParts(key: string, value: string, partBytes = SETTING_PART_BYTES): string[] {
  const whole = settingXml(key, value);
  if (callBytes([whole]) <= partBytes) return [whole];
  const parts: string[] = [];
  let span = partBytes;
  for (let from = 0; from < value.length;) {
    const part = nextSettingPart(key, value, from, parts.length, partBytes, span);
    if (!part) throw new Error(`setting ${key}: one character is over ${partBytes} bytes`);
    parts.push(part.xml);
    span = part.to - from;
    from = part.to;
  }
  return parts;
}

/** The value stored by settingXml, or undefined when the XML is not such a part. */
export function parseSettingXml(xml: string): string | undefined {
  const piece = parseSettingPart(xml);
  return piece && piece.count === 1 ? piece.text : undefined;
}

export interface SettingPart {
  /** 0-based. */
  index: number;
  /** How many parts hold the value: said by the last one (and by a whole value, 1). */
  count?: number;
  text: string;
}

/** One part of a setting: a whole value (index 0 of 1), or a numbered part; undefined when not such a part. */
export function parseSettingPart(xml: string): SettingPart | undefined {
  const m = /<setting\b([^>]*)>([\s\S]*)<\/setting>\s*$/.exec(xml.replace(/^<\?xml[^>]*\?>\s*/, ''));
  if (!m) return undefined;
  const part = /\bpart="(\d+)"/.exec(m[1]);
  const of = /\bof="(\d+)"/.exec(m[1]);
  const text = unescapeXml(m[2]);
  if (!part) return { index: 0, count: 1, text };
  return { index: Number(part[1]) - 1, count: of ? Number(of[1]) : undefined, text };
}

/** The value held by a namespace's parts, or undefined when they are not one complete set. */
export function joinSettingParts(xmls: string[]): string | undefined {
  const parts = xmls.map(parseSettingPart);
  if (parts.length === 0 || parts.some((p) => !p)) return undefined;
  const sorted = (parts as SettingPart[]).sort((a, b) => a.index - b.index);
  const n = sorted.length;
  const complete = sorted.every(
    (p, i) => p.index === i && (i === n - 1 ? p.count === n : p.count === undefined),
  );
  return complete ? sorted.map((p) => p.text).join('') : undefined;
}
