import '../setup';

import { app } from '@azure/functions';

import { dossierRequest } from '@thidua/core/dossier';
import { renderDossier, ZIP_TYPE } from '@thidua/core/adapters/docx';
import { requestLimits } from '../config';
import { defineRoute } from '../http/route';
import { problemResponse } from '../http/problem';

/** POST /api/dossier: the body of /score (plus `options.dossier`), answered with the dossier's .docx files in a .zip. */
export const dossierRoute = defineRoute({
  name: 'dossier',
  methods: ['POST'],
  route: 'dossier',
  access: 'protected',
  handle: async ({ readJson, config }) => {
    const body = await readJson();
    const outcome = dossierRequest(body, requestLimits(config));
    if (!outcome.ok) return problemResponse(outcome.status, outcome.title, outcome.problems);
    const rendered = await renderDossier(outcome.dossier);
    return {
      status: 200,
      headers: {
        'content-type': ZIP_TYPE,
        'content-disposition': `attachment; filename="${rendered.zipName}"`,
        'x-dossier-documents': String(rendered.files.length),
      },
      body: rendered.zip,
    };
  },
});

export const dossier = dossierRoute.handler;

app.http(dossierRoute.name, dossierRoute.options);
