/**
 * Unit ids an official reads as one unit — the tone mark placed the old way or the new ("Hòa" / "Hoà"), "Ð" typed for
 * "Đ", full-width letters — are refused on every body route, naming both units, never scored as two units (one
 * commune ranked twice). Ids that read differently stay apart. A unit without a block, on a plan of several blocks,
 * is said to have none. Every answer is the one the served document describes.
 */
import './quiet-azure';

import { dossier } from '../src/functions/dossier';
import { score } from '../src/functions/score';
import { validate } from '../src/functions/validate';
import { loadContract, type Contract } from './contract';
import {
  expectProblem,
  jsonRequest,
  readResponse,
  ROOT,
  sampleBody,
  testContext,
  useEnv,
  type ReadResponse,
} from './helpers';
import { readFileSync } from 'node:fs';
import path from 'node:path';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

let restoreEnv: () => void;
let contract: Contract;
beforeAll(async () => {
  contract = await loadContract('https://thidua.local/hostile-lookalike-ids/openapi.json');
});
beforeEach(() => {
  restoreEnv = useEnv({});
});
afterEach(() => restoreEnv());

const ROUTES = { score, validate, dossier } as const;
type Route = keyof typeof ROUTES;

async function post(route: Route, payload: Json): Promise<ReadResponse> {
  const { context, logs } = testContext();
  const res = await readResponse(await ROUTES[route](jsonRequest(route, JSON.stringify(payload)), context));
  expect(logs.filter((l) => l.level === 'error')).toEqual([]);
  contract.expectDocumented(res, `/api/${route}`, 'post');
  return res;
}

/** Two units of the Phụng Hiệp sample, renamed. */
function withIds(first: string, second: string): Json {
  const sample = sampleBody('xa') as Json;
  const [a, b] = structuredClone(sample.units.slice(0, 2));
  return {
    ...sample,
    units: [
      { ...a, id: first },
      { ...b, id: second },
    ],
  };
}

const VIETNAMESE = /[\u00c0-\u024f\u1e00-\u1ef9]/;

describe('unit ids that differ only in how a Vietnamese name is typed are one unit: refused, never scored twice', () => {
  it.each([
    ['the tone mark on the first vowel of "oa" or the second', 'Xã Hòa An', 'Xã Hoà An'],
    ['… of "oe"', 'Ấp Khỏe', 'Ấp Khoẻ'],
    ['… of "uy"', 'Xã Thủy Lợi', 'Xã Thuỷ Lợi'],
    [
      'the tone placed the old way and the accents combining (NFD)',
      'Xã Hoà An',
      'Xã Hòa An'.normalize('NFD'),
    ],
    ['"Ð" (eth, U+00D0) typed for "Đ"', 'Xã Đông Phước', 'Xã \u00d0ông Phước'],
    ['full-width letters and digits', 'xa-01', 'ｘａ－０１'],
  ])('%s: 400 at units[1].id on /score, /validate and /dossier, both ids named', async (_, first, second) => {
    for (const route of ['score', 'validate', 'dossier'] as const) {
      const res = await post(route, withIds(first, second));
      expectProblem(res, 400);
      expect(res.json.problems).toEqual([expect.objectContaining({ path: 'units[1].id', unitId: second })]);
      const [problem] = res.json.problems;
      expect(problem.message).toContain(JSON.stringify(second));
      expect(problem.message).toContain(`trông như mã của units[0] (${JSON.stringify(first)})`);
      expect(problem.messageEn).toContain(`looks like units[0] (${JSON.stringify(first)})`);
      expect(problem.messageEn.replace(first, '').replace(second, '')).not.toMatch(/trông|khác|dấu/);
    }
  });

  it('the message says what differs: the letter forms or the tone mark, in both languages', async () => {
    const res = await post('score', withIds('Xã Hòa An', 'Xã Hoà An'));
    expect(res.json.problems[0].message).toMatch(/chỗ đặt dấu thanh/);
    expect(res.json.problems[0].messageEn).toMatch(/where the tone mark sits/);
  });

  it.each([
    ['other letters', 'Xã Hoa', 'Xã Hòa'],
    ['a tone mark before a final consonant', 'Xã Hoan', 'Xã Hoàn'],
  ])('%s stay two units, scored', async (_, first, second) => {
    const res = await post('score', withIds(first, second));
    expect(res.status).toBe(200);
    expect(res.json.results.map((r: Json) => r.unitId).sort()).toEqual([first, second].sort());
  });

  it('capitals only: refused as one unit sent twice, in both languages', async () => {
    const res = await post('score', withIds('Xã Hòa An', 'XÃ HÒA AN'));
    expect(res.status).toBe(400);
    expect(res.json.problems[0].message).toMatch(/chữ hoa, chữ thường/);
    expect(res.json.problems[0].messageEn).toMatch(/only in capitals/);
  });

  it('ids come back exactly as sent, in the old tone placement or the new', async () => {
    const res = await post('score', withIds('Xã Hoà An', 'Xã Thủy Lợi'));
    expect(res.status).toBe(200);
    expect(res.json.results.map((r: Json) => r.unitId).sort()).toEqual(['Xã Hoà An', 'Xã Thủy Lợi'].sort());
  });
});

describe('/validate: a unit without a block, on a plan of several blocks', () => {
  it('is said to have no block (not block ""), naming the blocks to choose from, in both languages', async () => {
    const sample = JSON.parse(
      readFileSync(path.join(ROOT, 'examples', 'kien-giang-243-2023.input.json'), 'utf8'),
    ) as Json;
    const units = sample.units.slice(0, 2).map(({ block: _block, ...unit }: Json) => unit);
    const res = await post('validate', { ...sample, units });
    expect(res.status).toBe(200);
    const blocks = res.json.problems.filter((p: Json) => p.path.endsWith('.block'));
    expect(blocks.map((p: Json) => p.path)).toEqual(['units[0].block', 'units[1].block']);
    for (const p of blocks) {
      expect(p).toMatchObject({ code: 'unknown-block', unitId: expect.any(String) });
      expect(p.message).toMatch(
        /chưa ghi khối \(block\); kế hoạch có nhiều khối, hãy ghi một trong: so-nganh, /,
      );
      expect(p.message).not.toContain('""');
      expect(p.messageEn).toMatch(/no block given; the plan has several, give one of so-nganh, /);
      expect(VIETNAMESE.test(p.messageEn.replace(/"[^"]*"/g, ''))).toBe(false);
    }
    // a block the plan does not have is still named as written
    const wrong = await post('validate', { ...sample, units: [{ ...units[0], block: 'Xa' }] });
    expect(wrong.json.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'units[0].block',
          message: expect.stringContaining('khối "Xa" không có trong kế hoạch'),
        }),
      ]),
    );
  });
});
