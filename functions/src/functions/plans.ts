import '../setup';

import { app } from '@azure/functions';

import { builtInPlans } from '@thidua/core';
import { defineRoute } from '../http/route';
import { jsonResponse } from '../http/problem';

export const plansRoute = defineRoute({
  name: 'plans',
  methods: ['GET'],
  route: 'plans',
  access: 'protected',
  handle: async () =>
    jsonResponse(
      builtInPlans().map((plan) => ({
        id: plan.id,
        title: plan.title,
        ...(plan.titleEn ? { titleEn: plan.titleEn } : {}),
        version: plan.version,
        blocks: plan.blocks.map((block) => ({ id: block.id, name: block.name })),
        source: plan.source,
      })),
    ),
});

export const plans = plansRoute.handler;

app.http(plansRoute.name, plansRoute.options);
