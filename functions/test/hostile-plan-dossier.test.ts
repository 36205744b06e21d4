/**
 * Requests that need a clear answer: an inline plan's version message in English, a reason that quotes a fact the
 * plan does not declare, a fact with a criterion's id, a dossier of no units, a unit without a block on a plan of
 * several blocks.
 */
import './quiet-azure';

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { builtInPlanDocument } from '@thidua/core';
import { dossier } from '../src/functions/dossier';
import { score } from '../src/functions/score';
import { loadContract, type Contract } from './contract';
import { expectProblem, jsonRequest, readResponse, ROOT, sampleBody, testContext, useEnv } from './helpers';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const VIETNAMESE = /[\u00c0-\u024f\u1e00-\u1ef9]/;

let restoreEnv: () => void;
let contract: Contract;
beforeAll(async () => {
  contract = await loadContract('https://thidua.local/hostile-plan-dossier/openapi.json');
});
beforeEach(() => {
  restoreEnv = useEnv({});
});
afterEach(() => restoreEnv());

async function post(handler: typeof score, route: string, body: Json) {
  const res = await readResponse(
    await handler(jsonRequest(route, JSON.stringify(body)), testContext().context),
  );
  contract.expectDocumented(res, `/api/${route}`, 'post');
  return res;
}

const plan = () => structuredClone(builtInPlanDocument('phung-hiep-2023-xa')) as Json;
const twoUnits = () => (sampleBody('xa') as Json).units.slice(0, 2);

describe('an inline plan version that is not x.y.z', () => {
  it('plan.version "v1" is a 422 whose messageEn is English', async () => {
    const document = plan();
    document.version = 'v1';
    const res = await post(score, 'score', { plan: document, units: twoUnits() });
    expectProblem(res, 422);
    const problem = res.json.problems.find((p: Json) => p.path === 'plan.version');
    expect(problem.message).toMatch(/1\.0\.0/);
    expect(VIETNAMESE.test(problem.messageEn)).toBe(false);
  });
});

describe('a reason quoting a fact the plan does not declare', () => {
  it('an exclusion reason "{soHoSoTre}" with no such fact is a 422 at the reason, naming the placeholder', async () => {
    const document = plan();
    document.exclusions[0].reason = 'Không xét thi đua: {soHoSoTre} hồ sơ trễ hạn';
    const res = await post(score, 'score', { plan: document, units: twoUnits() });
    expectProblem(res, 422);
    expect(res.json.problems).toEqual([
      expect.objectContaining({
        path: 'plan.exclusions[0].reason',
        message: expect.stringContaining('soHoSoTre'),
      }),
    ]);
  });
});

describe('a fact with a criterion’s id (options.rateScales and selfAssessment.reasons share the ids)', () => {
  it('a fact "tc01" beside criterion "tc01" is a 422 at plan.facts[0].id', async () => {
    const document = plan();
    document.facts[0].id = 'tc01';
    document.exclusions[0].when.fact = 'tc01';
    document.exclusions[0].reason = 'Không xét thi đua: {tc01} hồ sơ trễ hạn';
    const res = await post(score, 'score', { plan: document, units: twoUnits() });
    expectProblem(res, 422);
    expect(res.json.problems.map((p: Json) => p.path)).toContain('plan.facts[0].id');
  });
});

describe('a dossier of no units', () => {
  it('units [] on /api/dossier is a 400 at units', async () => {
    const res = await post(dossier, 'dossier', { plan: 'phung-hiep-2023-xa', units: [] });
    expectProblem(res, 400);
    expect(res.json.problems).toEqual([expect.objectContaining({ path: 'units' })]);
  });
});

describe('/score, a unit sent without a block on a plan of several', () => {
  it('the unknown-block flag says no block was given, naming the blocks', async () => {
    const sample = JSON.parse(
      readFileSync(path.join(ROOT, 'examples', 'kien-giang-243-2023.input.json'), 'utf8'),
    ) as Json;
    const { block: _block, ...unit } = sample.units[0];
    const res = await post(score, 'score', { ...sample, units: [unit] });
    expect(res.status).toBe(200);
    const flag = res.json.results[0].flags.find((f: Json) => f.code === 'unknown-block');
    expect(flag.message).not.toContain('""');
    expect(flag.message).toMatch(/chưa ghi khối/);
  });
});
