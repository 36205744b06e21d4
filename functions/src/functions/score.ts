import '../setup';

import { app } from '@azure/functions';

import { scoreRequest } from '@thidua/core';
import { requestLimits } from '../config';
import { defineRoute } from '../http/route';
import { jsonResponse, problemResponse } from '../http/problem';

export const scoreRoute = defineRoute({
  name: 'score',
  methods: ['POST'],
  route: 'score',
  access: 'protected',
  handle: async ({ readJson, config }) => {
    const body = await readJson();
    const outcome = scoreRequest(body, requestLimits(config));
    if (!outcome.ok) return problemResponse(outcome.status, outcome.title, outcome.problems);
    return jsonResponse(outcome.response);
  },
});

export const score = scoreRoute.handler;

app.http(scoreRoute.name, scoreRoute.options);
