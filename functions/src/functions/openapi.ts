import '../setup';

import { app } from '@azure/functions';

import { defineRoute } from '../http/route';
import { jsonResponse } from '../http/problem';
import { openApiDocument } from '../openapi/document';

export const openApiRoute = defineRoute({
  name: 'openapi',
  methods: ['GET'],
  route: 'openapi.json',
  access: 'protected',
  handle: async () => jsonResponse(openApiDocument()),
});

export const openapi = openApiRoute.handler;

app.http(openApiRoute.name, openApiRoute.options);
