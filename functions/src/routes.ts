import { dossierRoute } from './functions/dossier';
import { healthRoute } from './functions/health';
import { openApiRoute } from './functions/openapi';
import { planRoute } from './functions/plan';
import { planSchemaRoute } from './functions/plan-schema';
import { plansRoute } from './functions/plans';
import { scoreRoute } from './functions/score';
import { validateRoute } from './functions/validate';
import type { ApiRoute } from './http/route';

/** Route prefix, as in host.json `extensions.http.routePrefix`. */
export const ROUTE_PREFIX = 'api';

/**
 * The one route table. Each entry's `options` object is what its function file passes to `app.http` for the real
 * host, and what the local host (local-host.ts) serves — same methods, route template, handler.
 */
export const routes: readonly ApiRoute[] = [
  healthRoute,
  plansRoute,
  planRoute,
  planSchemaRoute,
  scoreRoute,
  dossierRoute,
  validateRoute,
  openApiRoute,
];
