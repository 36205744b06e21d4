/**
 * A typed client of the thidua API, generated from its OpenAPI document: `api.d.ts` (openapi-typescript) gives the
 * paths, bodies and answers; openapi-fetch makes the calls. Another tool can copy this folder as a start.
 *
 *   const api = thiduaClient('http://127.0.0.1:7071');
 *   const { data, error } = await api.POST('/api/score', { body: { plan: 'phung-hiep-2023-xa', units } });
 */
import createClient, { type Client } from 'openapi-fetch';

import type { components, paths } from './api';

export type ScoreRequest = components['schemas']['ScoreRequest'];
export type ScoreResponse = components['schemas']['ScoreResponse'];
export type Problem = components['schemas']['Problem'];

export function thiduaClient(baseUrl: string, token?: string): Client<paths> {
  return createClient<paths>({
    baseUrl,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

/** The ranking of a block in one line per unit: "1. Thị trấn Cây Dương — 198,68". */
export function rankingLines(response: ScoreResponse): string[] {
  return response.results
    .filter((r) => r.rank !== null)
    .map((r) => `${r.rank}. ${r.name} — ${r.total.toLocaleString('vi-VN')}`);
}
