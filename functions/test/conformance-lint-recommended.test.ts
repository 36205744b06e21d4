/**
 * The served document read by the rules a documentation linter applies by default (Spectral's recommended "oas"
 * rules, written out here since the linter itself is not a dependency): every operation tagged with a tag the
 * document defines and described, a contact, operation ids fit for a URL and unique, no path or server URL with a
 * trailing slash, enums of their own type without repeats, arrays with items, every default valid against its own
 * schema, no component left unused.
 */
import './quiet-azure';

import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

import { openapi } from '../src/functions/openapi';
import { getRequest, readResponse, testContext, useEnv } from './helpers';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

let document: Json;
beforeAll(async () => {
  const restore = useEnv({});
  document = (await readResponse(await openapi(getRequest('openapi.json'), testContext().context))).json;
  restore();
});

function operations(): [string, string, Json][] {
  return Object.entries(document.paths as Record<string, Json>).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m): [string, string, Json] => [path, m, item[m]]),
  );
}

/** A key as one token of a JSON pointer in a URI fragment. */
const token = (key: string) => encodeURIComponent(key.replace(/~/g, '~0').replace(/\//g, '~1'));

/** Every schema-like object of the document with its JSON pointer. */
function schemas(node: Json = document, at = '#', out: [string, Json][] = []): [string, Json][] {
  if (Array.isArray(node)) node.forEach((child, i) => schemas(child, `${at}/${i}`, out));
  else if (node && typeof node === 'object') {
    if ('type' in node || 'enum' in node || '$ref' in node || 'properties' in node || 'items' in node)
      out.push([at, node]);
    for (const [key, child] of Object.entries(node)) schemas(child, `${at}/${token(key)}`, out);
  }
  return out;
}

describe('the recommended rules of a documentation linter', () => {
  it('every operation is tagged with a defined tag, described, and has an id fit for a URL, unique', () => {
    const tags = new Set((document.tags as { name: string; description: string }[]).map((t) => t.name));
    expect(tags.size).toBeGreaterThan(0);
    for (const tag of document.tags) expect(tag.description).toEqual(expect.any(String));
    const ids = new Set<string>();
    for (const [path, method, op] of operations()) {
      const where = `${method.toUpperCase()} ${path}`;
      expect({ where, tags: op.tags?.length > 0 }).toEqual({ where, tags: true });
      for (const tag of op.tags)
        expect({ where, tag, defined: tags.has(tag) }).toEqual({ where, tag, defined: true });
      expect({
        where,
        description: typeof op.description === 'string' && op.description.trim() !== '',
      }).toEqual({
        where,
        description: true,
      });
      expect(op.operationId).toMatch(/^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]+$/);
      expect(ids.has(op.operationId)).toBe(false);
      ids.add(op.operationId);
      expect(Object.keys(op.responses).some((s) => /^[23]\d\d$/.test(s))).toBe(true);
    }
  });

  it('info has a description, a license and a contact; paths and server URLs have no trailing slash', () => {
    expect(document.info.description).toEqual(expect.any(String));
    expect(document.info.license.name).toBe('MIT');
    expect(document.info.contact).toEqual(expect.objectContaining({ name: expect.any(String) }));
    for (const path of Object.keys(document.paths)) expect(path).not.toMatch(/.+\/$|\?|\{\}/);
    expect(document.servers.length).toBeGreaterThan(0);
    for (const server of document.servers) expect(server.url).not.toMatch(/.\/$/);
  });

  it('enums hold values of their own type without repeats; arrays say their items', () => {
    const ofType = (type: string, v: unknown) =>
      type === 'integer'
        ? Number.isInteger(v)
        : type === 'null'
          ? v === null
          : type === 'array'
            ? Array.isArray(v)
            : typeof v === type;
    for (const [at, schema] of schemas()) {
      if (Array.isArray(schema.enum)) {
        expect({ at, repeats: new Set(schema.enum.map((v: unknown) => JSON.stringify(v))).size }).toEqual({
          at,
          repeats: schema.enum.length,
        });
        const types: string[] = schema.type === undefined ? [] : [schema.type].flat();
        if (types.length)
          for (const v of schema.enum)
            expect({ at, v, typed: types.some((t) => ofType(t, v)) }).toEqual({ at, v, typed: true });
      }
      if ([schema.type].flat().includes('array'))
        expect({ at, items: 'items' in schema || 'prefixItems' in schema }).toEqual({ at, items: true });
    }
  });

  it('every default (and example) is valid against the schema beside it', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addSchema({ ...document, $id: 'https://thidua.local/lint-recommended/openapi.json' });
    let checked = 0;
    for (const [at, schema] of schemas(document.components.schemas, '#/components/schemas')) {
      for (const key of ['default', 'example'] as const) {
        if (!(key in schema)) continue;
        const check = ajv.compile({ $ref: `https://thidua.local/lint-recommended/openapi.json${at}` });
        const value: unknown = schema[key];
        checked++;
        expect({ at, key, valid: check(value), errors: ajv.errorsText(check.errors) }).toMatchObject({
          at,
          key,
          valid: true,
        });
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('every component schema is referenced', () => {
    const text = JSON.stringify({ ...document, components: { ...document.components, schemas: {} } });
    const nested = JSON.stringify(document.components.schemas);
    for (const name of Object.keys(document.components.schemas)) {
      const ref = `"#/components/schemas/${name}"`;
      expect({ name, referenced: text.includes(ref) || nested.includes(ref) }).toEqual({
        name,
        referenced: true,
      });
    }
  });
});
