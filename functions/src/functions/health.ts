import '../setup';

import { app } from '@azure/functions';

import { ENGINE_VERSION } from '@thidua/core';
import type { ApiConfig } from '../config';
import { defineRoute } from '../http/route';
import { jsonResponse } from '../http/problem';

function authStatus(config: ApiConfig): { enabled: boolean; message: string } {
  if (config.errors.length)
    return {
      enabled: true,
      message: `Cấu hình sai, các yêu cầu cần xác thực bị từ chối: ${config.errors.join('; ')}`,
    };
  if (!config.auth.enabled)
    return {
      enabled: false,
      message:
        'Xác thực đang TẮT (THIDUA_AUTH=off) — chỉ dùng khi chạy thử trên máy. (Authentication is disabled.)',
    };
  return { enabled: true, message: 'Cần token Entra ID (bearer token required)' };
}

export const healthRoute = defineRoute({
  name: 'health',
  methods: ['GET'],
  route: 'health',
  access: 'public',
  handle: async ({ config }) =>
    jsonResponse({
      status: config.errors.length ? 'misconfigured' : 'ok',
      version: ENGINE_VERSION,
      engineVersion: ENGINE_VERSION,
      auth: authStatus(config),
      limits: { maxBodyBytes: config.maxBodyBytes, maxUnits: config.maxUnits },
    }),
});

export const health = healthRoute.handler;

app.http(healthRoute.name, healthRoute.options);
