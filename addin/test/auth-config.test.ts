import { dialogTokenProvider, tokenProviderFrom, type TokenClient } from '../src/auth';
import { readConfig } from '../src/config';
import { detectMode } from '../src/host-detect';

class NeedsInteraction extends Error {}

function fakeClient(silent: () => Promise<string>) {
  const calls: string[] = [];
  let active: { username: string } | null = null;
  const client: TokenClient = {
    getActiveAccount: () => active,
    getAllAccounts: () => (active ? [active] : []),
    setActiveAccount: (a) => {
      active = a;
    },
    acquireTokenSilent: async (r) => {
      calls.push(`silent:${r.account?.username ?? '-'}`);
      return { accessToken: await silent(), account: { username: 'can.bo@tinh.gov.vn' } };
    },
    acquireTokenPopup: async () => {
      calls.push('popup');
      return { accessToken: 'popup-token', account: { username: 'can.bo@tinh.gov.vn' } };
    },
  };
  return { client, calls };
}

describe('sign-in', () => {
  it('tries silently first and only then a popup, remembering the account', async () => {
    let fail = true;
    const { client, calls } = fakeClient(async () => {
      if (fail) throw new NeedsInteraction();
      return 'silent-token';
    });
    const provider = tokenProviderFrom(
      client,
      ['api://thidua/Scores.ReadWrite'],
      (e) => e instanceof NeedsInteraction,
    );
    expect(await provider.getToken()).toBe('popup-token');
    fail = false;
    expect(await provider.getToken()).toBe('silent-token');
    expect(calls).toEqual(['silent:-', 'popup', 'silent:can.bo@tinh.gov.vn']);
    expect(provider.account()).toBe('can.bo@tinh.gov.vn');
  });

  it('does not open a popup for errors that interaction cannot fix', async () => {
    const { client, calls } = fakeClient(async () => {
      throw new Error('network down');
    });
    const provider = tokenProviderFrom(client, ['s'], (e) => e instanceof NeedsInteraction);
    await expect(provider.getToken()).rejects.toThrow('network down');
    expect(calls).toEqual(['silent:-']);
  });

  it('reuses a dialog token until it is about to expire', async () => {
    let opened = 0;
    const lifetimes = [3_600_000, 3_600_000, 30_000, 3_600_000];
    const provider = dialogTokenProvider(async () => ({
      token: `t${opened + 1}`,
      account: 'a',
      expiresOn: Date.now() + lifetimes[opened++],
    }));
    expect(await provider.getToken()).toBe('t1');
    expect(await provider.getToken()).toBe('t1');
    expect(opened).toBe(1);
    const short = dialogTokenProvider(async () => ({
      token: `s${++opened}`,
      account: 'a',
      expiresOn: Date.now() + 30_000,
    }));
    const first = await short.getToken();
    expect(await short.getToken()).not.toBe(first);
  });
});

describe('configuration and mode', () => {
  it('has no sign-in without a complete Entra ID configuration, and ?api= overrides the API', () => {
    expect(readConfig('').auth).toBeUndefined();
    expect(readConfig('').apiBase).toBe('/api');
    expect(readConfig('?api=http://127.0.0.1:9/api').apiBase).toBe('http://127.0.0.1:9/api');
  });

  it('runs in Excel only when Office opened the pane', () => {
    expect(detectMode('', '')).toBe('file');
    expect(detectMode('?_host_Info=Excel$Win32$16.01$vi-VN', '')).toBe('excel');
    expect(detectMode('', '{"hostInfo":"Excel|Web"}')).toBe('excel');
    expect(detectMode('?_host_Info=Excel&mode=file', '')).toBe('file');
  });
});
