import '../setup';

import { app } from '@azure/functions';

import { validateRequest } from '@thidua/core';
import { requestLimits } from '../config';
import { defineRoute } from '../http/route';
import { jsonResponse, problemResponse } from '../http/problem';

export const validateRoute = defineRoute({
  name: 'validate',
  methods: ['POST'],
  route: 'validate',
  access: 'protected',
  handle: async ({ readJson, config }) => {
    const body = await readJson();
    const outcome = validateRequest(body, requestLimits(config));
    if (!outcome.ok) return problemResponse(outcome.status, outcome.title, outcome.problems);
    return jsonResponse(outcome.report);
  },
});

export const validate = validateRoute.handler;

app.http(validateRoute.name, validateRoute.options);
