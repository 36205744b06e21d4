// The Functions host routes a request to a function only for a method the function is registered for; any other
// method on the same path gets the host's own empty 404, never the 405 the document promises. With a stand-in for
// the worker's '@azure/functions-core', this reads what each function file registers and routes requests the way
// the host does: by route template and registered method, then the handler.
const registered: Array<{ metadata: Record<string, any>; callback: unknown }> = []; // eslint-disable-line @typescript-eslint/no-explicit-any

jest.mock(
  '@azure/functions-core',
  () => ({
    log: () => undefined,
    setProgrammingModel: () => undefined,
    registerHook: () => ({ dispose: () => undefined }),
    registerFunction: (metadata: Record<string, unknown>, callback: unknown) => {
      registered.push({ metadata, callback });
      return { dispose: () => undefined };
    },
  }),
  { virtual: true },
);

import { readdirSync } from 'node:fs';
import path from 'node:path';

import { HttpRequest } from '@azure/functions';

import type { ApiRoute } from '../src/http/route';
import { loadContract, type Contract } from './contract';
import { readResponse, testContext, useEnv } from './helpers';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

let routes: readonly ApiRoute[];
let contract: Contract;
let restoreEnv: () => void;

beforeAll(async () => {
  restoreEnv = useEnv({});
  const dir = path.join(__dirname, '..', 'src', 'functions');
  for (const file of readdirSync(dir)) await import(path.join(dir, file));
  ({ routes } = await import('../src/routes'));
  contract = await loadContract('https://thidua.local/registration-methods/openapi.json');
});
afterAll(() => restoreEnv());

/** The methods the host dispatches to a route's function: the httpTrigger binding's `methods`. */
function registeredMethods(name: string): string[] {
  const entry = registered.find((r) => r.metadata.name === name);
  if (!entry) throw new Error(`${name} is not registered`);
  const trigger = Object.values(entry.metadata.bindings as Record<string, Record<string, unknown>>).find(
    (b) => b.type === 'httpTrigger',
  ) as { methods: string[] };
  return trigger.methods.map((m) => m.toUpperCase());
}

const urlOf = (route: ApiRoute) => `/api/${route.route.replace('{id}', 'phung-hiep-2023-xa')}`;
const docPath = (route: ApiRoute) => `/api/${route.route}`;

describe('every method reaches the handler on the real host, so another method is the documented 405', () => {
  it('each route is registered for GET, HEAD, POST, PUT, PATCH, DELETE and OPTIONS', () => {
    expect(routes.length).toBe(8);
    for (const route of routes)
      expect([route.name, [...registeredMethods(route.name)].sort()]).toEqual([
        route.name,
        [...METHODS].sort(),
      ]);
  });

  it('a method the route does not serve: 405 problem+json, Allow exactly the served methods, documented', async () => {
    for (const route of routes) {
      const served = route.methods.includes('GET') ? ['GET', 'HEAD', 'OPTIONS'] : ['POST', 'OPTIONS'];
      expect(route.allow).toEqual(served);
      const own = route.methods.includes('GET') ? 'get' : 'post';
      for (const method of METHODS.filter((m) => !served.includes(m))) {
        // the host's dispatch: a method not registered would never reach the handler
        expect(registeredMethods(route.name)).toContain(method);
        const request = new HttpRequest({
          method,
          url: `http://localhost:7071${urlOf(route)}`,
          headers: { 'content-type': 'application/json' },
          params: route.route.includes('{id}') ? { id: 'phung-hiep-2023-xa' } : {},
          ...(method === 'PUT' || method === 'PATCH' ? { body: { string: '{}' } } : {}),
        });
        const res = await readResponse(await route.handler(request, testContext(route.name).context));
        const where = `${method} ${urlOf(route)}`;
        expect([where, res.status]).toEqual([where, 405]);
        expect([where, res.headers.get('allow')]).toEqual([where, served.join(', ')]);
        expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
        expect(res.headers.get('cache-control')).toBe('no-store');
        expect(res.json.problems).toEqual([
          {
            path: '(method)',
            message: `${urlOf(route)} nhận ${served.join(', ')}, không nhận ${method}`,
            messageEn: `${urlOf(route)} accepts ${served.join(', ')}, not ${method}`,
          },
        ]);
        if (method !== 'HEAD') contract.expectDocumented(res, docPath(route), own);
      }
    }
  });

  it('a 405 is answered before the token is asked for (as the local host does), auth on or off', async () => {
    const restore = useEnv({
      auth: 'on',
      tenantId: 'contoso.onmicrosoft.com',
      audience: 'api://thidua',
      requiredScope: 'Score',
    });
    try {
      const score = routes.find((r) => r.name === 'score')!;
      const res = await readResponse(
        await score.handler(
          new HttpRequest({ method: 'DELETE', url: 'http://localhost:7071/api/score' }),
          testContext().context,
        ),
      );
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('POST, OPTIONS');
    } finally {
      restore();
    }
  });
});
