/**
 * Bodies with nothing to read: only spaces, line breaks or a byte order mark are an empty body (not JSON "cut
 * midway"); a character JSON does not allow that an official cannot see (a no-break space, a zero-width space) is
 * named by its code point, not quoted as a blank. On every body route, as documented.
 */
import './quiet-azure';

import { dossier } from '../src/functions/dossier';
import { score } from '../src/functions/score';
import { validate } from '../src/functions/validate';
import { loadContract, type Contract } from './contract';
import { expectProblem, jsonRequest, readResponse, testContext, useEnv } from './helpers';

let restoreEnv: () => void;
let contract: Contract;
beforeAll(async () => {
  contract = await loadContract('https://thidua.local/hostile-body-edges/openapi.json');
});
beforeEach(() => {
  restoreEnv = useEnv({});
});
afterEach(() => restoreEnv());

const ROUTES = [
  [score, 'score'],
  [validate, 'validate'],
  [dossier, 'dossier'],
] as const;

describe('a body of nothing but JSON whitespace', () => {
  it.each([
    ['spaces', '   '],
    ['line breaks and a tab', '\r\n\t\n'],
    ['a byte order mark alone', '\ufeff'],
    ['a byte order mark and spaces', '\ufeff  \n'],
  ])('%s: 400 "the request body is empty" at (body)', async (_, text) => {
    for (const [handler, route] of ROUTES) {
      const res = await readResponse(await handler(jsonRequest(route, text), testContext().context));
      expectProblem(res, 400);
      contract.expectDocumented(res, `/api/${route}`, 'post');
      expect(res.json.problems).toEqual([
        { path: '(body)', message: 'Nội dung yêu cầu trống', messageEn: 'The request body is empty' },
      ]);
    }
  });
});

describe('a character JSON does not allow, that cannot be seen', () => {
  it.each([
    ['a no-break space', '\u00a0{}', '<U+00A0>'],
    ['a zero-width space', '\u200b{"plan":"x"}', '<U+200B>'],
    ['an ideographic space', '{"plan":\u3000"x"}', '<U+3000>'],
  ])('%s is named by its code point', async (_, text, shown) => {
    const res = await readResponse(await score(jsonRequest('score', text), testContext().context));
    expectProblem(res, 400);
    contract.expectDocumented(res, '/api/score', 'post');
    expect(res.json.problems).toEqual([
      {
        path: '(body)',
        message: `Không đọc được JSON: ký tự "${shown}" không đúng chỗ`,
        messageEn: `Cannot parse JSON: unexpected character "${shown}"`,
      },
    ]);
  });

  it('a visible character is quoted as it is', async () => {
    const res = await readResponse(await score(jsonRequest('score', '[1,2,]'), testContext().context));
    expect(res.json.problems[0].message).toBe('Không đọc được JSON: ký tự "]" không đúng chỗ');
  });
});
