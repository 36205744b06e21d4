import { DEFAULTS, loadConfig } from '../src/config';

describe('loadConfig', () => {
  it('defaults: auth off with a warning, the dev origin, 5 MB, 20,000 units', () => {
    const config = loadConfig({});
    expect(config.auth.enabled).toBe(false);
    expect(config.corsOrigins).toEqual(['https://localhost:3000']);
    expect(config.maxBodyBytes).toBe(5 * 1024 * 1024);
    expect(config.maxUnits).toBe(DEFAULTS.maxUnits);
    expect(config.errors).toEqual([]);
    expect(config.warnings.join(' ')).toMatch(/THIDUA_AUTH=off/);
  });

  it('derives issuer and key set from the tenant id', () => {
    const config = loadConfig({
      THIDUA_AUTH: 'on',
      THIDUA_TENANT_ID: 'tid-1',
      THIDUA_AUDIENCE: 'api://thidua, 00000000-0000-0000-0000-000000000001',
      THIDUA_REQUIRED_SCOPE: 'Scores.Calculate',
    });
    expect(config.errors).toEqual([]);
    expect(config.auth).toMatchObject({
      enabled: true,
      issuer: 'https://login.microsoftonline.com/tid-1/v2.0',
      jwksUrl: 'https://login.microsoftonline.com/tid-1/discovery/v2.0/keys',
      audiences: ['api://thidua', '00000000-0000-0000-0000-000000000001'],
      clockToleranceSeconds: 60,
    });
  });

  it('fails closed when auth is on but incomplete, or the switch is unreadable', () => {
    expect(loadConfig({ THIDUA_AUTH: 'on' }).errors.length).toBeGreaterThanOrEqual(3);
    const unreadable = loadConfig({ THIDUA_AUTH: 'maybe' });
    expect(unreadable.auth.enabled).toBe(true);
    expect(unreadable.errors[0]).toMatch(/THIDUA_AUTH/);
  });

  it('public error messages name the settings, never their values; the details for the log do', () => {
    const config = loadConfig({
      THIDUA_AUTH: 'on',
      THIDUA_TENANT_ID: 'tid-secret',
      THIDUA_AUDIENCE: 'api://aud-secret',
      THIDUA_REQUIRED_SCOPE: 'Scope.Secret',
      THIDUA_JWKS_URL: 'jwks-secret',
      THIDUA_CORS_ORIGINS: 'ftp://origin-secret',
    });
    expect(config.errors).toHaveLength(2);
    expect(config.errorDetails).toHaveLength(2);
    expect(config.errors.join(' ')).not.toMatch(/secret/);
    expect(config.errors.join(' ')).toMatch(/THIDUA_JWKS_URL.*THIDUA_CORS_ORIGINS/);
    expect(config.errorDetails.join(' ')).toMatch(/jwks-secret.*origin-secret/);
    const unreadable = loadConfig({ THIDUA_AUTH: 'switch-secret' });
    expect(unreadable.errors.join(' ')).not.toMatch(/secret/);
    expect(unreadable.errorDetails.join(' ')).toMatch(/switch-secret/);
  });

  it('accepts exact origins only', () => {
    expect(
      loadConfig({ THIDUA_CORS_ORIGINS: 'https://a.example.vn https://localhost:3000' }).corsOrigins,
    ).toEqual(['https://a.example.vn', 'https://localhost:3000']);
    const wildcard = loadConfig({ THIDUA_CORS_ORIGINS: '*' });
    expect(wildcard.corsOrigins).toEqual([]);
    expect(wildcard.errors.join(' ')).toMatch(/exact origins/);
  });

  it('keeps the defaults for limits that are not positive integers, and says so', () => {
    const config = loadConfig({ THIDUA_MAX_BODY_BYTES: '5MB', THIDUA_MAX_UNITS: '-1' });
    expect(config.maxBodyBytes).toBe(DEFAULTS.maxBodyBytes);
    expect(config.maxUnits).toBe(DEFAULTS.maxUnits);
    expect(config.warnings.filter((w) => /THIDUA_MAX_/.test(w))).toHaveLength(2);
  });
});
