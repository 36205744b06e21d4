import { readFileSync } from 'fs';
import { join } from 'path';
import { scoreRequest } from '../../src/api/score-request';
import type { ScoreResponse } from '../../src/engine/types';
import { builtInPlanDocument } from '../../src/plans';

// Tests edit plan documents and requests freely (deep JSON paths); a typed view would only repeat the schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Editable = any;

type Body = { plan: unknown; units: Record<string, unknown>[]; options?: Record<string, unknown> };

/** The sample request of a plan, kept in examples/ (also a sample for the API and CLI). */
export function example(planId: string): Body {
  return JSON.parse(
    readFileSync(join(__dirname, '../../../examples', `${planId}.input.json`), 'utf8'),
  ) as Body;
}

/** Score the sample, optionally with an edited copy of the built-in plan, edited units or options. */
export function score(
  planId: string,
  edit: {
    plan?: (doc: Record<string, Editable>) => void;
    units?: (units: Record<string, Editable>[]) => Record<string, Editable>[];
    options?: Record<string, unknown>;
  } = {},
): ScoreResponse {
  const body = example(planId);
  if (edit.plan) {
    const doc = JSON.parse(JSON.stringify(builtInPlanDocument(planId))) as Record<string, Editable>;
    edit.plan(doc);
    body.plan = doc;
  }
  if (edit.units) body.units = edit.units(JSON.parse(JSON.stringify(body.units)));
  if (edit.options) body.options = { ...body.options, ...edit.options };
  const told = body.options?.explain !== undefined || body.options?.explanations !== undefined;
  if (!told) body.options = { ...body.options, explain: 'full' };
  const out = scoreRequest(body);
  if (!out.ok) throw new Error(JSON.stringify(out.problems));
  return out.response;
}

export { codes, decision, statuses, unit } from '../answers';
