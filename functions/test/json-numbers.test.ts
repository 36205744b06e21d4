import './quiet-azure';

import { builtInPlanDocument } from '@thidua/core';
import { dossier } from '../src/functions/dossier';
import { score } from '../src/functions/score';
import { validate } from '../src/functions/validate';
import { inexactIntegers } from '../src/http/json-numbers';
import { problemResponse } from '../src/http/problem';
import { startLocalHost, type LocalHost } from '../src/local-host';
import { loadContract, type Contract } from './contract';
import { jsonRequest, readResponse, testContext } from './helpers';

const PLAN_ID = 'phung-hiep-2023-xa';
const HANDLERS = [
  ['score', score],
  ['validate', validate],
  ['dossier', dossier],
] as const;

/** A request of one unit whose tc13 is the token as written. */
const withCount = (token: string) =>
  `{"plan":"${PLAN_ID}","units":[{"id":"a","block":"xa","values":{"tc13":${token}}}]}`;

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract('json-numbers');
});

describe('inexactIntegers: integers a JSON text writes with more digits than a double holds', () => {
  it('names each one at its path, as written and as JSON.parse reads it', () => {
    const text =
      '{"a":[1,9007199254740993,{"b":-9007199254740993}],"c.d":123456789012345678901234567890,"e":9007199254740991}';
    expect(inexactIntegers(text)).toEqual([
      { path: ['a', 1], written: '9007199254740993', read: 9007199254740992 },
      { path: ['a', 2, 'b'], written: '-9007199254740993', read: -9007199254740992 },
      { path: ['c.d'], written: '123456789012345678901234567890', read: 1.2345678901234568e29 },
    ]);
  });

  it('leaves alone digits in strings and keys, fractions, exponents, safe integers and digits a double writes as itself', () => {
    for (const text of [
      '{"9007199254740993":"9007199254740993"}',
      '{"a":"x\\"9007199254740993"}',
      '[9007199254740991,-9007199254740991,9007199254740993.5,1e16,9.007199254740993e15,0.12345678901234567]',
      // 2^53, and a double as JSON.stringify writes it: read back, they are the numbers written
      `[9007199254740992,-9007199254740992,${JSON.stringify(-4193686558417007000)}]`,
    ])
      expect(inexactIntegers(text)).toEqual([]);
  });

  it('a bare number is at the top (path [])', () => {
    expect(inexactIntegers('18446744073709551616')).toEqual([
      { path: [], written: '18446744073709551616', read: 18446744073709552000 },
    ]);
  });

  it('stops after `max` and cuts a long literal', () => {
    const found = inexactIntegers(`[${Array(30).fill('9'.repeat(100)).join(',')}]`, 20);
    expect(found).toHaveLength(20);
    expect(found[0].written).toBe(`${'9'.repeat(40)}…`);
  });
});

describe('an integer JSON cannot carry exactly is refused, never rounded', () => {
  it.each(HANDLERS)(
    '%s: 400 at the path, what was sent and what it would read as',
    async (route, handler) => {
      const res = await readResponse(
        await handler(jsonRequest(route, withCount('9007199254740993')), testContext().context),
      );
      expect(res.status).toBe(400);
      contract.expectDocumented(res, `/api/${route}`, 'post');
      expect(res.json.problems).toEqual([
        {
          path: 'units[0].values.tc13',
          message:
            'Số nguyên 9007199254740993 ở units[0].values.tc13 vượt ±9.007.199.254.740.991 (2^53 − 1): số JSON ' +
            'không giữ được chính xác số này (sẽ bị đọc thành 9007199254740992); hãy gửi số trong giới hạn đó, hoặc ' +
            'gửi dưới dạng chuỗi',
          messageEn:
            'The integer 9007199254740993 at units[0].values.tc13 is beyond ±9,007,199,254,740,991 (2^53 − 1): a ' +
            'JSON number cannot hold it exactly (it would be read as 9007199254740992); send a number within that ' +
            'range, or send it as text',
        },
      ]);
      expect(res.text).not.toMatch(/"9007199254740992"|:9007199254740992/);
    },
  );

  it('in an inline plan too, at its path (the plan would otherwise be checked on a figure never sent)', async () => {
    const text = JSON.stringify({ plan: builtInPlanDocument(PLAN_ID), units: [] }).replace(
      /"maxPoints":10\b/,
      '"maxPoints":90071992547409930',
    );
    const res = await readResponse(await score(jsonRequest('score', text), testContext().context));
    expect(res.status).toBe(400);
    expect(res.json.problems).toHaveLength(1);
    expect(res.json.problems[0].path).toMatch(/^plan\.criteria\[\d+\]\.maxPoints$/);
  });

  it('the largest safe integer, 2^53, the same digits as text, and an exponent are read as before', async () => {
    for (const token of ['9007199254740991', '9007199254740992', '"9007199254740993"', '1e16']) {
      const res = await readResponse(
        await score(jsonRequest('score', withCount(token)), testContext().context),
      );
      expect(res.status).toBe(200);
    }
  });

  describe('through the local host, the same answer', () => {
    let host: LocalHost;
    beforeAll(async () => {
      host = await startLocalHost({ port: 0, log: () => undefined });
    });
    afterAll(() => host.close());

    it.each(HANDLERS)('%s', async (route, handler) => {
      const body = withCount('-12345678901234567890');
      const over = await fetch(`${host.url}/api/${route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const direct = await readResponse(await handler(jsonRequest(route, body), testContext().context));
      expect(over.status).toBe(400);
      expect(await over.text()).toBe(direct.text);
      expect(direct.json.problems[0].path).toBe('units[0].values.tc13');
    });
  });
});

describe('a problem answer with no problem listed', () => {
  it('says its title as one, in both languages', () => {
    const body = JSON.parse(
      problemResponse(400, 'Yêu cầu không hợp lệ (invalid request)', []).body as string,
    );
    expect(body.problems).toEqual([
      { path: '(request)', message: 'Yêu cầu không hợp lệ', messageEn: 'invalid request' },
    ]);
  });
});
