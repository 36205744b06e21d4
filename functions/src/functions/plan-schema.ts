import '../setup';

import { app } from '@azure/functions';

import { defineRoute } from '../http/route';
import { jsonResponse } from '../http/problem';
import { cachedPlanJsonSchema } from '../openapi/document';

export const planSchemaRoute = defineRoute({
  name: 'planSchema',
  methods: ['GET'],
  route: 'plan-schema',
  access: 'protected',
  handle: async () =>
    jsonResponse(cachedPlanJsonSchema(), 200, { 'content-type': 'application/schema+json; charset=utf-8' }),
});

export const planSchema = planSchemaRoute.handler;

app.http(planSchemaRoute.name, planSchemaRoute.options);
