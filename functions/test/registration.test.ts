// With a stand-in for the worker's '@azure/functions-core', app.http hands over exactly what the real host would
// index. This proves the function files register the routes of the one route table, nothing more or less.
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

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

describe('function registration', () => {
  it('registers one anonymous HTTP function per route table entry, for every method the handler answers', async () => {
    const dir = path.join(__dirname, '..', 'src', 'functions');
    for (const file of readdirSync(dir)) await import(path.join(dir, file));
    const { routes } = await import('../src/routes');
    const seen = registered.map(({ metadata }) => {
      const trigger = Object.values(metadata.bindings as Record<string, Record<string, unknown>>).find(
        (b) => b.type === 'httpTrigger',
      ) as Record<string, unknown>;
      return {
        name: metadata.name,
        route: trigger.route,
        methods: trigger.methods,
        authLevel: trigger.authLevel,
      };
    });
    const expected = routes.map((r) => ({
      name: r.name,
      route: r.route,
      // every method but CONNECT and TRACE: the handler answers another method with the documented 405
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      authLevel: 'anonymous',
    }));
    expect(seen).toHaveLength(routes.length);
    expect(seen).toEqual(expect.arrayContaining(expected));
    expect(readdirSync(dir)).toHaveLength(routes.length);
  });

  it('keeps the route prefix of host.json', async () => {
    const host = JSON.parse(readFileSync(path.join(__dirname, '..', 'host.json'), 'utf8'));
    const { ROUTE_PREFIX } = await import('../src/routes');
    expect(host.extensions.http.routePrefix).toBe(ROUTE_PREFIX);
  });

  it('points package.json main at the bundled app, built from the file that loads every route', () => {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
    expect(pkg.main).toBe('dist/app.js');
    expect(readFileSync(path.join(__dirname, '..', 'src', 'app.ts'), 'utf8')).toMatch(/from '\.\/routes'/);
    const build = readFileSync(path.join(__dirname, '..', '..', 'scripts', 'build.mjs'), 'utf8');
    expect(build).toMatch(/app: join\(root, 'functions', 'src', 'app\.ts'\)/);
    const root = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    // The deployed app installs functions/package.json alone: same versions as the ones the tests ran with.
    for (const [name, version] of Object.entries(pkg.dependencies))
      expect([name, root.dependencies[name]]).toEqual([name, version]);
  });
});
