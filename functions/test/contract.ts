/**
 * The API's own description as an independent validator reads it: /api/openapi.json as the handler serves it, with
 * ajv (JSON Schema draft 2020-12). `expectDocumented` checks an answer against it — its status is listed for the
 * route and method, its content type is the documented one, its body validates against that response's schema.
 */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { openapi } from '../src/functions/openapi';
import { getRequest, readResponse, testContext, type ReadResponse } from './helpers';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Contract {
  document: Json;
  /** `head`: the status is documented for HEAD, and nothing but headers came back. */
  expectDocumented(res: ReadResponse, route: string, method: 'get' | 'post' | 'head'): void;
}

const pointer = (...parts: string[]) =>
  parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** The served document, compiled once per test file (`id` names it for ajv). */
export async function loadContract(id: string): Promise<Contract> {
  const document = (await readResponse(await openapi(getRequest('openapi.json'), testContext().context)))
    .json;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addFormat('binary', true);
  ajv.addSchema({ ...document, $id: id });
  const validators = new Map<string, ValidateFunction>();
  return {
    document,
    expectDocumented(res, route, method) {
      const status = String(res.status);
      const documented = document.paths[route]?.[method]?.responses[status];
      if (!documented)
        throw new Error(`${method.toUpperCase()} ${route}: status ${status} is not documented`);
      if (method === 'head') {
        if (res.text !== '' || documented.content)
          throw new Error(`HEAD ${route} ${status}: a body was sent or documented`);
        return;
      }
      const sent = (res.headers.get('content-type') ?? '').split(';')[0].trim();
      const types = Object.keys(documented.content ?? {});
      if (!types.includes(sent))
        throw new Error(
          `${method.toUpperCase()} ${route} ${status}: content type ${sent}, documented ${types}`,
        );
      if (sent === 'application/zip') return;
      const ref = `${id}#/${pointer('paths', route, method, 'responses', status, 'content', sent, 'schema')}`;
      let check = validators.get(ref);
      if (!check) validators.set(ref, (check = ajv.compile({ $ref: ref })));
      if (!check(res.json))
        throw new Error(
          `${method.toUpperCase()} ${route} ${status} does not match its schema: ${ajv.errorsText(check.errors?.slice(0, 5))}`,
        );
    },
  };
}
