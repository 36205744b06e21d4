/**
 * Runtime configuration of the task pane. The build writes it into the bundle (addin/build.mjs reads
 * THIDUA_ADDIN_* environment variables); `?api=` in the page URL overrides the API base for testing.
 * No secret ever goes here: the API is reached anonymously (local host) or with an Entra ID token.
 */
export interface AuthConfig {
  clientId: string;
  tenantId: string;
  /** e.g. ["api://<api-app-id>/Scores.ReadWrite"] */
  scopes: string[];
}

export interface AddinConfig {
  apiBase: string;
  timeoutMs: number;
  retries: number;
  officeJsUrl: string;
  /** Absent → no sign-in (the API must then be open, as the local host is). */
  auth?: AuthConfig;
}

declare const __THIDUA_CONFIG__: Partial<AddinConfig> | undefined;

export const DEFAULT_CONFIG: AddinConfig = {
  apiBase: '/api',
  timeoutMs: 30_000,
  retries: 2,
  officeJsUrl: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
};

export function readConfig(search = typeof location === 'undefined' ? '' : location.search): AddinConfig {
  const built = typeof __THIDUA_CONFIG__ === 'undefined' ? {} : __THIDUA_CONFIG__;
  const config: AddinConfig = { ...DEFAULT_CONFIG, ...built };
  const params = new URLSearchParams(search);
  const api = params.get('api');
  if (api) config.apiBase = api;
  const auth = config.auth;
  if (auth && !(auth.clientId && auth.tenantId && auth.scopes?.length)) delete config.auth;
  return config;
}
