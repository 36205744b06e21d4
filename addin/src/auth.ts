/**
 * Bearer tokens for the API when sign-in is configured (tenant, client id, API scope).
 * Inside Excel: MSAL nested app authentication (NAA) where the host supports it, otherwise the Office dialog
 * API running a normal MSAL sign-in (auth-dialog.html). In a browser: MSAL silent first, then a popup.
 * No configuration → no sign-in and no MSAL download. A function key is never put in the page.
 */
export interface TokenProvider {
  /** A token for the API scopes: silently when possible, interactively otherwise. */
  getToken(): Promise<string | undefined>;
  account(): string | undefined;
}

/** The slice of an MSAL public client application the provider uses (real PCA or a test double). */
export interface TokenClient {
  getActiveAccount(): { username: string } | null;
  getAllAccounts(): { username: string }[];
  setActiveAccount(account: { username: string } | null): void;
  acquireTokenSilent(request: { scopes: string[]; account?: { username: string } }): Promise<TokenResult>;
  acquireTokenPopup(request: { scopes: string[] }): Promise<TokenResult>;
}

export interface TokenResult {
  accessToken: string;
  account: { username: string } | null;
}

/** Silent first (cached or refreshed token); interactive only when MSAL says interaction is required. */
export function tokenProviderFrom(
  client: TokenClient,
  scopes: string[],
  needsInteraction: (err: unknown) => boolean,
): TokenProvider {
  let username: string | undefined;
  const remember = (result: TokenResult) => {
    if (result.account) {
      client.setActiveAccount(result.account);
      username = result.account.username;
    }
    return result.accessToken;
  };
  return {
    account: () => username,
    async getToken() {
      const account = client.getActiveAccount() ?? client.getAllAccounts()[0];
      try {
        return remember(await client.acquireTokenSilent(account ? { scopes, account } : { scopes }));
      } catch (err) {
        if (!needsInteraction(err)) throw err;
        return remember(await client.acquireTokenPopup({ scopes }));
      }
    },
  };
}

/** Tokens handed over by the Office dialog (hosts without NAA); re-opens the dialog when one expires. */
export function dialogTokenProvider(
  open: () => Promise<{ token: string; account: string; expiresOn: number }>,
): TokenProvider {
  let cached: { token: string; account: string; expiresOn: number } | undefined;
  return {
    account: () => cached?.account,
    async getToken() {
      if (!cached || cached.expiresOn - Date.now() < 60_000) cached = await open();
      return cached.token;
    },
  };
}
