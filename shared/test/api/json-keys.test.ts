import fc from 'fast-check';
import {
  duplicateKeyIn,
  firstDuplicateKey,
  jsonShape,
  keysParsed,
  keysWritten,
} from '../../src/api/json-keys';

describe('duplicate keys in a JSON text', () => {
  it('finds a criterion typed twice in a unit, with where it is', () => {
    const text =
      '{"plan":"p","units":[\n {"id":"a","values":{"tc01":1}},\n {"id":"b","values":{"tc01":"Có","tc01":"Không"}}]}';
    expect(duplicateKeyIn(text, JSON.parse(text))).toEqual({
      key: 'tc01',
      path: ['units', 1, 'values'],
      line: 3,
      column: 34,
    });
  });

  it('reads keys with escapes, colons and quotes inside strings as the parser does', () => {
    const text = '{"a:b":"x:\\"y\\":z","\\u0061:b":1}';
    expect(keysWritten(text)).toBe(2);
    expect(keysParsed(JSON.parse(text))).toBe(1);
    expect(firstDuplicateKey(text)).toMatchObject({ key: 'a:b', path: [] });
    const escapedSlash = '{"k\\\\":1,"k\\\\\\"":2}';
    expect(duplicateKeyIn(escapedSlash, JSON.parse(escapedSlash))).toBeUndefined();
  });

  it('the same key in two objects is no duplicate; "__proto__" counts as a key', () => {
    const text = '{"units":[{"id":"a"},{"id":"b"}],"__proto__":{"x":1}}';
    expect(duplicateKeyIn(text, JSON.parse(text))).toBeUndefined();
    const twice = '{"__proto__":1,"__proto__":2}';
    expect(duplicateKeyIn(twice, JSON.parse(twice))?.key).toBe('__proto__');
  });

  it('a text without duplicates is never flagged, and any duplicate added is found', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (value, pick) => {
        const text = JSON.stringify(value, null, pick % 3);
        expect(duplicateKeyIn(text, JSON.parse(text))).toBeUndefined();
        const withTwice = `{"k":${text},"z":0,"k":1}`;
        expect(duplicateKeyIn(withTwice, JSON.parse(withTwice))).toMatchObject({ key: 'k', path: [] });
      }),
    );
  });
});

describe('colons inside strings', () => {
  it('are told apart from keys only when a colon is left over, and a duplicate among them is still found', () => {
    const text = '{"units":[{"id":"a","facts":{"giờ":"08:30","url":"https://x.vn"}}]}';
    expect(duplicateKeyIn(text, JSON.parse(text))).toBeUndefined();
    const twice = '{"units":[{"id":"a","facts":{"giờ":"08:30","giờ":"09:00"}}]}';
    expect(duplicateKeyIn(twice, JSON.parse(twice))).toMatchObject({
      key: 'giờ',
      path: ['units', 0, 'facts'],
    });
  });
});

describe('jsonShape', () => {
  it('counts keys at any depth and says when nesting goes past the limit', () => {
    expect(jsonShape({ a: 1, b: { c: [{ d: 2 }, 3] } })).toEqual({ keys: 4, tooDeep: false });
    const nested = (depth: number): unknown => (depth === 1 ? [] : [nested(depth - 1)]);
    expect(jsonShape(nested(64), 64).tooDeep).toBe(false);
    expect(jsonShape(nested(65), 64).tooDeep).toBe(true);
    expect(jsonShape('text', 1)).toEqual({ keys: 0, tooDeep: false });
  });
});
