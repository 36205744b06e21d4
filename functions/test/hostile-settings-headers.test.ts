/**
 * The server's own refusals in the shape of every other: the 503 of incomplete auth settings says each setting to
 * fix in Vietnamese with the English beside it (messageEn), never its value. A header sent twice through the local
 * host is read as the Functions host reads it — both values, joined — so a request that says two things is refused,
 * not read as the first: two Content-Types are a 415 naming both, two bearer tokens a 401.
 */
import './quiet-azure';

import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';

import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';

import { bilingual, say } from '@thidua/core/messages';
import { health } from '../src/functions/health';
import { score } from '../src/functions/score';
import { validate } from '../src/functions/validate';
import { startLocalHost, type LocalHost } from '../src/local-host';
import { loadContract, type Contract } from './contract';
import {
  expectProblem,
  getRequest,
  jsonRequest,
  readResponse,
  sampleBody,
  testContext,
  useEnv,
  type ReadResponse,
} from './helpers';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const VIETNAMESE = /[\u00c0-\u024f\u1e00-\u1ef9]/;

let contract: Contract;
beforeAll(async () => {
  const restore = useEnv({});
  contract = await loadContract('https://thidua.local/hostile-settings-headers/openapi.json');
  restore();
});

describe('503: the auth settings to fix, in Vietnamese with English beside', () => {
  it.each([
    [
      'auth on and nothing else',
      { auth: 'on' },
      ['THIDUA_TENANT_ID', 'THIDUA_AUDIENCE', 'THIDUA_REQUIRED_SCOPE'],
    ],
    ['an unreadable switch', { auth: 'có lẽ' }, ['THIDUA_AUTH']],
    [
      'a key set that is no URL, an origin that is no exact origin',
      {
        auth: 'on',
        tenantId: 'secret-tenant',
        audience: 'api://secret',
        requiredScope: 'Scores.Calculate',
        jwksUrl: 'secret jwks',
        corsOrigins: '*',
      },
      ['THIDUA_JWKS_URL', 'THIDUA_CORS_ORIGINS'],
    ],
  ] as const)('%s: each problem has message and messageEn', async (_, env, settings) => {
    const restore = useEnv(env);
    try {
      for (const [handler, route] of [
        [score, 'score'],
        [validate, 'validate'],
      ] as const) {
        const res = await readResponse(
          await handler(jsonRequest(route, JSON.stringify(sampleBody())), testContext().context),
        );
        expectProblem(res, 503);
        contract.expectDocumented(res, `/api/${route}`, 'post');
        const problems: Json[] = res.json.problems;
        for (const p of problems) {
          expect(p.path).toBe('(configuration)');
          expect(VIETNAMESE.test(p.message)).toBe(true);
          expect(p.messageEn).toEqual(expect.any(String));
          expect(VIETNAMESE.test(p.messageEn)).toBe(false);
        }
        for (const setting of settings) {
          expect(problems.some((p) => p.message.includes(setting))).toBe(true);
          expect(problems.some((p) => p.messageEn.includes(setting))).toBe(true);
        }
        expect(res.text).not.toContain('secret');
        expect(res.text).not.toContain('có lẽ');
      }
      // /api/health names the same settings, still without their values
      const status = await readResponse(await health(getRequest('health'), testContext().context));
      expect(status.json.status).toBe('misconfigured');
      contract.expectDocumented(status, '/api/health', 'get');
      for (const setting of settings) expect(status.json.auth.message).toContain(setting);
      expect(status.text).not.toContain('secret');
    } finally {
      restore();
    }
  });
});

describe('the settings problems, word for word in both languages', () => {
  it.each([
    [
      say('config.auth-switch', { setting: 'THIDUA_AUTH' }),
      'THIDUA_AUTH: dùng "on" hoặc "off"',
      'THIDUA_AUTH: use on or off',
    ],
    [
      say('config.issuer-missing', { tenant: 'THIDUA_TENANT_ID', issuer: 'THIDUA_ISSUER' }),
      'Thiếu THIDUA_TENANT_ID hoặc THIDUA_ISSUER: chưa cấu hình nơi phát hành token',
      'THIDUA_TENANT_ID or THIDUA_ISSUER is missing: the token issuer is not configured',
    ],
    [
      say('config.keys-missing', { tenant: 'THIDUA_TENANT_ID', keys: 'THIDUA_JWKS_URL' }),
      'Thiếu THIDUA_TENANT_ID hoặc THIDUA_JWKS_URL: chưa cấu hình khóa ký token',
      'THIDUA_TENANT_ID or THIDUA_JWKS_URL is missing: the signing keys are not configured',
    ],
    [
      say('config.audience-missing', { audience: 'THIDUA_AUDIENCE' }),
      'Thiếu THIDUA_AUDIENCE: chưa cấu hình đối tượng (audience) của token',
      'THIDUA_AUDIENCE is missing: the token audience is not configured',
    ],
    [
      say('config.scope-missing', { scope: 'THIDUA_REQUIRED_SCOPE', role: 'THIDUA_REQUIRED_ROLE' }),
      'Thiếu THIDUA_REQUIRED_SCOPE hoặc THIDUA_REQUIRED_ROLE: chưa cấu hình scope hay app role bắt buộc',
      'THIDUA_REQUIRED_SCOPE or THIDUA_REQUIRED_ROLE is missing: no required scope or app role',
    ],
    [
      say('config.keys-not-url', { keys: 'THIDUA_JWKS_URL', tenant: 'THIDUA_TENANT_ID' }),
      'THIDUA_JWKS_URL (hoặc THIDUA_TENANT_ID) không cho một URL hợp lệ',
      'THIDUA_JWKS_URL (or THIDUA_TENANT_ID) does not give a valid URL (not a URL)',
    ],
    [
      say('config.cors-origin', { setting: 'THIDUA_CORS_ORIGINS' }),
      'THIDUA_CORS_ORIGINS: có giá trị không phải origin chính xác (ví dụ https://addin.example.vn)',
      'THIDUA_CORS_ORIGINS: exact origins only, e.g. https://addin.example.vn',
    ],
  ])('%j', (message, vi, en) => {
    expect(bilingual(message)).toEqual({ message: vi, messageEn: en });
  });
});

/**
 * One raw HTTP/1.1 exchange (headers written exactly as given, repeats kept), read until the server closes;
 * `halfClose`: the client ends its side once the request is sent, as `nc -N` and some scripts do.
 */
function raw(host: LocalHost, head: string[], body = '', halfClose = false): Promise<ReadResponse> {
  return new Promise((resolve, reject) => {
    const { port } = new URL(host.url);
    const request = `${[...head, `Content-Length: ${Buffer.byteLength(body)}`, 'Connection: close'].join('\r\n')}\r\n\r\n${body}`;
    // the answer closes the connection (Connection: close)
    const socket = connect(Number(port), '127.0.0.1', () =>
      halfClose ? socket.end(request) : socket.write(request),
    );
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const [statusLine, ...lines] = text.slice(0, split).split('\r\n');
      const headers = new Headers();
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
      }
      const answer = text.slice(split + 4);
      let json: unknown;
      try {
        json = JSON.parse(answer);
      } catch {
        json = undefined;
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, text: answer, json });
    });
  });
}

describe('a header sent twice, through the local host', () => {
  let host: LocalHost;
  let restore: () => void;
  beforeAll(async () => {
    host = await startLocalHost({ port: 0, log: () => undefined });
  });
  afterAll(() => host.close());
  beforeEach(() => {
    restore = useEnv({});
  });
  afterEach(() => restore());

  const body = JSON.stringify(sampleBody());

  it('two Content-Types that disagree: 415 naming both, never read as the first', async () => {
    for (const [first, second] of [
      ['application/json', 'text/plain'],
      ['text/plain', 'application/json'],
      ['application/json; charset=utf-8', 'application/json; charset=utf-16'],
    ]) {
      const res = await raw(
        host,
        ['POST /api/score HTTP/1.1', 'Host: 127.0.0.1', `Content-Type: ${first}`, `Content-Type: ${second}`],
        body,
      );
      expectProblem(res, 415);
      contract.expectDocumented(res, '/api/score', 'post');
      expect(res.json.problems).toEqual([
        expect.objectContaining({
          path: '(headers).content-type',
          message: `Cần "Content-Type: application/json" (UTF-8), nhận được "${first}, ${second}"`,
          messageEn: `Send "Content-Type: application/json" (UTF-8); got "${first}, ${second}"`,
        }),
      ]);
    }
  });

  it('one Content-Type is read as usual', async () => {
    const one = await raw(
      host,
      ['POST /api/score HTTP/1.1', 'Host: 127.0.0.1', 'Content-Type: application/json'],
      body,
    );
    expect(one.status).toBe(200);
    contract.expectDocumented(one, '/api/score', 'post');
  });

  describe('with auth on', () => {
    let jwks: Server;
    let key: KeyLike;
    const TENANT = '11111111-2222-3333-4444-555555555555';
    const AUDIENCE = 'api://thidua-test';
    beforeAll(async () => {
      const pair = await generateKeyPair('RS256');
      key = pair.privateKey;
      const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k', alg: 'RS256', use: 'sig' };
      jwks = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ keys: [jwk] }));
      });
      await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    });
    afterAll(() => new Promise<void>((resolve) => jwks.close(() => resolve())));

    const bearer = () =>
      new SignJWT({ tid: TENANT, scp: 'Scores.Calculate' })
        .setProtectedHeader({ alg: 'RS256', kid: 'k', typ: 'JWT' })
        .setIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`)
        .setAudience(AUDIENCE)
        .setSubject('user-1')
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(key);

    it('two Authorization headers are refused (401 with the challenge), though the first alone is accepted', async () => {
      restore();
      restore = useEnv({
        auth: 'on',
        tenantId: TENANT,
        audience: AUDIENCE,
        requiredScope: 'Scores.Calculate',
        jwksUrl: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/keys`,
      });
      const token = await bearer();
      const head = ['POST /api/score HTTP/1.1', 'Host: 127.0.0.1', 'Content-Type: application/json'];
      const alone = await raw(host, [...head, `Authorization: Bearer ${token}`], body);
      expect({ status: alone.status, text: alone.text.slice(0, 300) }).toMatchObject({ status: 200 });
      const twice = await raw(
        host,
        [...head, `Authorization: Bearer ${token}`, 'Authorization: Bearer someone-else'],
        body,
      );
      expectProblem(twice, 401);
      contract.expectDocumented(twice, '/api/score', 'post');
      expect(twice.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_request"/);
      expect(twice.json.problems[0]).toMatchObject({ path: '(headers).authorization' });
    });

    it('a client that ends its side once the request is sent still gets the answer, while the keys are fetched', async () => {
      restore();
      restore = useEnv({
        auth: 'on',
        tenantId: TENANT,
        audience: AUDIENCE,
        requiredScope: 'Scores.Calculate',
        // a key set this process has not fetched yet: the token is checked after the client has closed its side
        jwksUrl: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/keys-half-close`,
      });
      const head = [
        'POST /api/score HTTP/1.1',
        'Host: 127.0.0.1',
        'Content-Type: application/json',
        `Authorization: Bearer ${await bearer()}`,
      ];
      const res = await raw(host, head, body, true);
      expect({ status: res.status, answered: res.text.length > 0 }).toEqual({ status: 200, answered: true });
      contract.expectDocumented(res, '/api/score', 'post');
    });
  });
});
