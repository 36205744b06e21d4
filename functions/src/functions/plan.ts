import '../setup';

import { app } from '@azure/functions';

import { builtInPlanDocument, builtInPlanIds } from '@thidua/core';
import { bilingual, say } from '@thidua/core/messages';
import { defineRoute } from '../http/route';
import { jsonResponse, problemResponse } from '../http/problem';

export const planRoute = defineRoute({
  name: 'plan',
  methods: ['GET'],
  route: 'plans/{id}',
  access: 'protected',
  handle: async ({ request }) => {
    const id = request.params.id ?? '';
    const document = builtInPlanDocument(id);
    if (document === undefined)
      return problemResponse(404, 'Không có kế hoạch này (unknown plan)', [
        {
          path: 'id',
          ...bilingual(say('http.unknown-plan', { id: id.slice(0, 200), known: builtInPlanIds() })),
        },
      ]);
    return jsonResponse(document);
  },
});

export const plan = planRoute.handler;

app.http(planRoute.name, planRoute.options);
