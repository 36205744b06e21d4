import './quiet-azure';

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';

import { health } from '../src/functions/health';
import { score } from '../src/functions/score';
import { startLocalHost, type LocalHost } from '../src/local-host';
import {
  expectProblem,
  getRequest,
  jsonRequest,
  readResponse,
  sampleBody,
  testContext,
  useEnv,
} from './helpers';

const TENANT = '11111111-2222-3333-4444-555555555555';
const ISSUER = `https://login.microsoftonline.com/${TENANT}/v2.0`;
const AUDIENCE = 'api://thidua-test';
const SCOPE = 'Scores.Calculate';
const ROLE = 'Scores.Calculate.All';

let signingKey: KeyLike;
let strangerKey: KeyLike;
let jwksServer: Server;
let jwksUrl: string;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  signingKey = pair.privateKey;
  strangerKey = (await generateKeyPair('RS256')).privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  jwksServer = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/discovery/v2.0/keys`;
});

afterAll(() => new Promise<void>((resolve) => jwksServer.close(() => resolve())));

interface TokenOptions {
  audience?: string;
  issuer?: string;
  scp?: string;
  roles?: string[];
  expiresAt?: number;
  key?: KeyLike;
  /** null leaves the claim out. */
  tid?: string | null;
  issuedAt?: number;
}

function token(options: TokenOptions = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = { oid: 'oid-1', name: 'Nguyễn Văn A' };
  if (options.tid !== null) claims.tid = options.tid ?? TENANT;
  if (options.scp !== undefined) claims.scp = options.scp;
  if (options.roles) claims.roles = options.roles;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: 'test-key', typ: 'JWT' })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setSubject('user-1')
    .setIssuedAt(options.issuedAt ?? now - 600)
    .setNotBefore(now - 600)
    .setExpirationTime(options.expiresAt ?? now + 3600)
    .sign(options.key ?? signingKey);
}

async function call(host: LocalHost, route: string, bearer?: string, method = 'POST') {
  const res = await fetch(`${host.url}/api/${route}`, {
    method,
    headers: {
      ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
      ...(bearer !== undefined ? { authorization: `Bearer ${bearer}` } : {}),
    },
    ...(method === 'POST' ? { body: JSON.stringify(sampleBody()) } : {}),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: JSON.parse(text) };
}

describe('auth on (Entra ID bearer tokens checked with jose against a local JWKS)', () => {
  let host: LocalHost;
  let restoreEnv: () => void;

  beforeAll(async () => {
    restoreEnv = useEnv({
      auth: 'on',
      tenantId: TENANT,
      audience: `${AUDIENCE}`,
      requiredScope: SCOPE,
      requiredRole: ROLE,
      jwksUrl,
      clockSkew: '60',
    });
    host = await startLocalHost({ port: 0, log: () => undefined });
  });
  afterAll(async () => {
    await host.close();
    restoreEnv();
  });

  it('scores with a valid delegated token carrying the scope', async () => {
    const res = await call(host, 'score', await token({ scp: `User.Read ${SCOPE}` }));
    expect(res.status).toBe(200);
    expect(res.json.results.length).toBeGreaterThan(0);
  });

  it('scores with an application token carrying the app role', async () => {
    expect((await call(host, 'validate', await token({ roles: [ROLE] }))).status).toBe(200);
  });

  it('answers 401 with a Bearer challenge when the token is missing or malformed', async () => {
    const missing = await call(host, 'score');
    expectProblem(missing, 401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expectProblem(await call(host, 'score', 'not-a-jwt'), 401);
    expectProblem(await call(host, 'plans', undefined, 'GET'), 401);
  });

  it('answers 401 for the wrong audience, issuer, signing key or tenant', async () => {
    expectProblem(await call(host, 'score', await token({ scp: SCOPE, audience: 'api://other' })), 401);
    expectProblem(
      await call(
        host,
        'score',
        await token({ scp: SCOPE, issuer: 'https://login.microsoftonline.com/other/v2.0' }),
      ),
      401,
    );
    expectProblem(await call(host, 'score', await token({ scp: SCOPE, key: strangerKey })), 401);
    expectProblem(await call(host, 'score', await token({ scp: SCOPE, tid: 'other-tenant' })), 401);
  });

  it('answers 401 naming the "tid" claim when a token has none or another tenant’s', async () => {
    const missing = await call(host, 'score', await token({ scp: SCOPE, tid: null }));
    expectProblem(missing, 401);
    expect(missing.json.problems[0].messageEn).toMatch(/no "tid"/);
    expect(missing.json.problems[0].message).toMatch(/"tid"/);
    expect(missing.headers.get('www-authenticate')).toMatch(/invalid_token/);
    const other = await call(host, 'score', await token({ scp: SCOPE, tid: 'other-tenant' }));
    expectProblem(other, 401);
    expect(other.json.problems[0].messageEn).toMatch(/another tenant/);
  });

  it('refuses a token issued in the future beyond the clock skew, accepts one within it', async () => {
    const now = Math.floor(Date.now() / 1000);
    const future = await call(host, 'score', await token({ scp: SCOPE, issuedAt: now + 600 }));
    expectProblem(future, 401);
    expect(future.json.problems[0].messageEn).toMatch(/"iat".*future/);
    expect((await call(host, 'score', await token({ scp: SCOPE, issuedAt: now + 20 }))).status).toBe(200);
  });

  it('allows the configured clock skew and no more', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect((await call(host, 'score', await token({ scp: SCOPE, expiresAt: now - 20 }))).status).toBe(200);
    const expired = await call(host, 'score', await token({ scp: SCOPE, expiresAt: now - 300 }));
    expectProblem(expired, 401);
    expect(expired.json.problems[0].messageEn).toMatch(/expired/);
  });

  it('answers 403 insufficient_scope when neither the scope nor the app role is present', async () => {
    const res = await call(host, 'score', await token({ scp: 'User.Read', roles: ['Other.Role'] }));
    expectProblem(res, 403);
    expect(res.headers.get('www-authenticate')).toMatch(/insufficient_scope/);
  });

  it('leaves health and the preflight open, and health says auth is on', async () => {
    const health = await call(host, 'health', undefined, 'GET');
    expect(health.status).toBe(200);
    expect(health.json.auth.enabled).toBe(true);
    const preflight = await fetch(`${host.url}/api/score`, {
      method: 'OPTIONS',
      headers: { origin: 'https://localhost:3000', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
  });
});

describe('auth misconfigured', () => {
  it('fails closed: protected routes answer 503 problem, health still answers', async () => {
    const restoreEnv = useEnv({ auth: 'on', audience: AUDIENCE });
    const logs: string[] = [];
    const host = await startLocalHost({ port: 0, log: (_level, message) => logs.push(message) });
    try {
      const res = await call(host, 'score', await token({ scp: SCOPE }));
      expectProblem(res, 503);
      expect(res.json.problems.map((p: { message: string }) => p.message).join(' ')).toMatch(
        /THIDUA_TENANT_ID/,
      );
      expect((await call(host, 'health', undefined, 'GET')).json.status).toBe('misconfigured');
      expect(logs.some((m) => /cấu hình sai/.test(m))).toBe(true);
    } finally {
      await host.close();
      restoreEnv();
    }
  });

  it('names the settings to fix in the 503 and /api/health, never their values; the log has the detail', async () => {
    const secrets = {
      tenantId: 'secret-tenant-7f3a',
      audience: 'api://secret-audience',
      requiredScope: 'Secret.Scope',
      jwksUrl: 'not a url //secret-jwks',
      corsOrigins: 'ftp://secret-origin.example',
    };
    const restoreEnv = useEnv({ auth: 'on', ...secrets });
    try {
      const refused = testContext('score');
      const res = await readResponse(
        await score(jsonRequest('score', JSON.stringify(sampleBody())), refused.context),
      );
      expectProblem(res, 503);
      const status = await readResponse(await health(getRequest('health'), testContext('health').context));
      expect(status.json.status).toBe('misconfigured');
      for (const text of [res.text, status.text]) {
        expect(text).toMatch(/THIDUA_JWKS_URL/);
        expect(text).toMatch(/THIDUA_CORS_ORIGINS/);
        for (const value of [...Object.values(secrets), 'login.microsoftonline.com', 'secret'])
          expect(text).not.toContain(value);
      }
      const logged = refused.logs.map((l) => l.message).join('\n');
      expect(logged).toContain(secrets.jwksUrl);
      expect(logged).toContain(secrets.corsOrigins);
    } finally {
      restoreEnv();
    }
  });

  it('never shows an unreadable THIDUA_AUTH value in public bodies', async () => {
    const restoreEnv = useEnv({ auth: 'secret-switch' });
    try {
      const res = await readResponse(
        await score(jsonRequest('score', JSON.stringify(sampleBody())), testContext().context),
      );
      expectProblem(res, 503);
      expect(res.text).toMatch(/THIDUA_AUTH/);
      const status = await readResponse(await health(getRequest('health'), testContext().context));
      for (const text of [res.text, status.text]) expect(text).not.toContain('secret-switch');
    } finally {
      restoreEnv();
    }
  });

  it('answers 503 (not 401) when the signing keys cannot be fetched', async () => {
    const restoreEnv = useEnv({
      auth: 'on',
      issuer: ISSUER,
      audience: AUDIENCE,
      requiredScope: SCOPE,
      jwksUrl: 'http://127.0.0.1:9/keys',
    });
    const host = await startLocalHost({ port: 0, log: () => undefined });
    try {
      expectProblem(await call(host, 'score', await token({ scp: SCOPE })), 503);
    } finally {
      await host.close();
      restoreEnv();
    }
  });
});

describe('auth on without a tenant id (issuer and key set given directly)', () => {
  it('keeps accepting a token without "tid", as before', async () => {
    const restoreEnv = useEnv({
      auth: 'on',
      issuer: ISSUER,
      audience: AUDIENCE,
      requiredScope: SCOPE,
      jwksUrl,
    });
    const host = await startLocalHost({ port: 0, log: () => undefined });
    try {
      expect((await call(host, 'score', await token({ scp: SCOPE, tid: null }))).status).toBe(200);
    } finally {
      await host.close();
      restoreEnv();
    }
  });
});

describe('auth off (local default)', () => {
  it('says so in /api/health, warns at start, and scores without a token', async () => {
    const restoreEnv = useEnv({});
    const logs: Array<{ level: string; message: string }> = [];
    const host = await startLocalHost({ port: 0, log: (level, message) => logs.push({ level, message }) });
    try {
      const health = await call(host, 'health', undefined, 'GET');
      expect(health.json.auth).toMatchObject({ enabled: false, message: expect.stringMatching(/TẮT/) });
      expect(logs.some((l) => l.level === 'warning' && /THIDUA_AUTH=off/.test(l.message))).toBe(true);
      expect((await call(host, 'score')).status).toBe(200);
    } finally {
      await host.close();
      restoreEnv();
    }
  });
});
