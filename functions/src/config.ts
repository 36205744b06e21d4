import { DEFAULT_REQUEST_LIMITS, type RequestLimits } from '@thidua/core';
import { render, say, type Message } from '@thidua/core/messages';

/** Settings of the scoring API, read from environment variables (app settings in Azure, local.settings.json locally). */
export interface AuthSettings {
  enabled: boolean;
  tenantId?: string;
  issuer?: string;
  audiences: string[];
  requiredScope?: string;
  requiredRole?: string;
  jwksUrl?: string;
  clockToleranceSeconds: number;
}

export interface ApiConfig {
  auth: AuthSettings;
  corsOrigins: string[];
  maxBodyBytes: number;
  maxUnits: number;
  /** Units × columns (criteria, targets, facts) one request may ask to read. */
  maxCells: number;
  /** The largest answer (estimated JSON bytes) the API builds; larger requests get 413 before any scoring. */
  maxAnswerBytes: number;
  /**
   * Settings that make the API refuse protected requests (fail closed) until fixed. These name the settings only,
   * never their values: they are shown in the public 503 body and /api/health.
   */
  errors: string[];
  /** The same as messages, one per error: what the 503 problems say, in Vietnamese and English. */
  errorMessages: Message[];
  /** The same problems with the values that caused them (URLs, raw settings), for the log only. */
  errorDetails: string[];
  /** Settings that were ignored or defaults that matter. */
  warnings: string[];
}

export const ENV = {
  auth: 'THIDUA_AUTH',
  tenantId: 'THIDUA_TENANT_ID',
  issuer: 'THIDUA_ISSUER',
  audience: 'THIDUA_AUDIENCE',
  requiredScope: 'THIDUA_REQUIRED_SCOPE',
  requiredRole: 'THIDUA_REQUIRED_ROLE',
  jwksUrl: 'THIDUA_JWKS_URL',
  clockSkew: 'THIDUA_CLOCK_SKEW_SECONDS',
  corsOrigins: 'THIDUA_CORS_ORIGINS',
  maxBodyBytes: 'THIDUA_MAX_BODY_BYTES',
  maxUnits: 'THIDUA_MAX_UNITS',
  maxCells: 'THIDUA_MAX_CELLS',
  maxAnswerBytes: 'THIDUA_MAX_ANSWER_BYTES',
} as const;

export const DEFAULTS = {
  corsOrigins: ['https://localhost:3000'],
  maxBodyBytes: 5 * 1024 * 1024,
  maxUnits: DEFAULT_REQUEST_LIMITS.maxUnits,
  maxCells: DEFAULT_REQUEST_LIMITS.maxCells,
  maxAnswerBytes: DEFAULT_REQUEST_LIMITS.maxAnswerBytes,
  clockToleranceSeconds: 60,
} as const;

type Env = Record<string, string | undefined>;

/** `said` is public (setting names only); `detail` adds the offending value and goes to the log. */
interface ConfigError {
  said: Message;
  detail?: string;
}

/** A setting's problem as one line: Vietnamese, the English beside it (the log, /api/health). */
const line = (said: Message) => `${render(said, 'vi')} (${render(said, 'en')})`;

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function positiveInt(env: Env, name: string, fallback: number, warnings: string[]): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (Number.isSafeInteger(n) && n > 0) return n;
  warnings.push(
    `${name}="${raw}" không phải số nguyên dương; dùng mặc định ${fallback} (not a positive integer)`,
  );
  return fallback;
}

function authFromEnv(env: Env, errors: ConfigError[], warnings: string[]): AuthSettings {
  const switchValue = (env[ENV.auth] ?? 'off').trim().toLowerCase();
  const switchedOn = ['on', 'true', '1', 'yes'].includes(switchValue);
  const unreadable = !switchedOn && !['off', 'false', '0', 'no', ''].includes(switchValue);
  if (unreadable)
    errors.push({
      said: say('config.auth-switch', { setting: ENV.auth }),
      detail: line(say('config.auth-switch', { setting: `${ENV.auth}="${env[ENV.auth]}"` })),
    });
  const tenantId = env[ENV.tenantId]?.trim() || undefined;
  const issuer =
    env[ENV.issuer]?.trim() || (tenantId ? `https://login.microsoftonline.com/${tenantId}/v2.0` : undefined);
  const jwksUrl =
    env[ENV.jwksUrl]?.trim() ||
    (tenantId ? `https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys` : undefined);
  const settings: AuthSettings = {
    // An unreadable switch fails closed: auth stays on and protected routes answer 503 until it is fixed.
    enabled: switchedOn || unreadable,
    tenantId,
    issuer,
    audiences: list(env[ENV.audience]),
    requiredScope: env[ENV.requiredScope]?.trim() || undefined,
    requiredRole: env[ENV.requiredRole]?.trim() || undefined,
    jwksUrl,
    clockToleranceSeconds: positiveInt(env, ENV.clockSkew, DEFAULTS.clockToleranceSeconds, warnings),
  };
  if (!settings.enabled) return settings;
  if (!settings.issuer)
    errors.push({ said: say('config.issuer-missing', { tenant: ENV.tenantId, issuer: ENV.issuer }) });
  if (!settings.jwksUrl)
    errors.push({ said: say('config.keys-missing', { tenant: ENV.tenantId, keys: ENV.jwksUrl }) });
  if (settings.audiences.length === 0)
    errors.push({ said: say('config.audience-missing', { audience: ENV.audience }) });
  if (!settings.requiredScope && !settings.requiredRole)
    errors.push({ said: say('config.scope-missing', { scope: ENV.requiredScope, role: ENV.requiredRole }) });
  if (settings.jwksUrl) {
    try {
      new URL(settings.jwksUrl);
    } catch {
      errors.push({
        said: say('config.keys-not-url', { keys: ENV.jwksUrl, tenant: ENV.tenantId }),
        detail: `${ENV.jwksUrl}="${settings.jwksUrl}" không phải URL (not a URL)`,
      });
    }
  }
  return settings;
}

export function loadConfig(env: Env): ApiConfig {
  const errors: ConfigError[] = [];
  const warnings: string[] = [];
  const auth = authFromEnv(env, errors, warnings);
  const corsOrigins =
    env[ENV.corsOrigins] !== undefined ? list(env[ENV.corsOrigins]) : [...DEFAULTS.corsOrigins];
  for (const origin of corsOrigins)
    if (origin === '*' || !/^https?:\/\/[^/]+$/.test(origin))
      errors.push({
        said: say('config.cors-origin', { setting: ENV.corsOrigins }),
        detail: `${ENV.corsOrigins}: "${origin}" không phải origin chính xác (exact origins only, e.g. https://addin.example.vn)`,
      });
  if (!auth.enabled)
    warnings.push(
      `Xác thực đang TẮT (${ENV.auth}=off): ai gọi được API cũng chấm điểm được. Chỉ dùng khi chạy thử trên máy. ` +
        `(Authentication is OFF; use only for local development.)`,
    );
  return {
    auth,
    corsOrigins: corsOrigins.filter((o) => o !== '*'),
    maxBodyBytes: positiveInt(env, ENV.maxBodyBytes, DEFAULTS.maxBodyBytes, warnings),
    maxUnits: positiveInt(env, ENV.maxUnits, DEFAULTS.maxUnits, warnings),
    maxCells: positiveInt(env, ENV.maxCells, DEFAULTS.maxCells, warnings),
    maxAnswerBytes: positiveInt(env, ENV.maxAnswerBytes, DEFAULTS.maxAnswerBytes, warnings),
    errors: errors.map((e) => line(e.said)),
    errorMessages: errors.map((e) => e.said),
    errorDetails: errors.map((e) => e.detail ?? line(e.said)),
    warnings,
  };
}

let cached: { key: string; config: ApiConfig } | undefined;

/** The configuration for the current process environment (re-read when the variables change, e.g. in tests). */
export function currentConfig(): ApiConfig {
  const key = Object.values(ENV)
    .map((name) => process.env[name] ?? '\u0000')
    .join('\u0001');
  if (cached?.key !== key) cached = { key, config: loadConfig(process.env) };
  return cached.config;
}

/** The limits every scoring request is held to, from the settings. */
export function requestLimits(config: ApiConfig): Required<RequestLimits> {
  return { maxUnits: config.maxUnits, maxCells: config.maxCells, maxAnswerBytes: config.maxAnswerBytes };
}
