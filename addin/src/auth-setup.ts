/** Chooses how to sign in (see auth.ts); MSAL is loaded only when sign-in is configured. */
import { dialogTokenProvider, tokenProviderFrom, type TokenClient, type TokenProvider } from './auth';
import type { AddinConfig, AuthConfig } from './config';
import { PaneError } from './pane-error';

function supportsNaa(): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return Boolean(office?.context?.requirements?.isSetSupported('NestedAppAuth', '1.1'));
  } catch {
    return false;
  }
}

/** Office dialog fallback: auth-dialog.html signs in with MSAL and posts the token back with messageParent. */
function openAuthDialog(): Promise<{ token: string; account: string; expiresOn: number }> {
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(
      `${location.origin}/auth-dialog.html`,
      { height: 60, width: 30, promptBeforeOpen: false },
      (opened) => {
        if (opened.status !== Office.AsyncResultStatus.Succeeded)
          return reject(new PaneError('signInDialogFailed', { detail: opened.error.message }));
        const dialog = opened.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          dialog.close();
          const message = JSON.parse((arg as { message: string }).message) as
            { token: string; account: string; expiresOn: number } | { error: string };
          if ('error' in message) reject(new PaneError('signInFailed', { detail: message.error }));
          else resolve(message);
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () =>
          reject(new PaneError('signInClosed')),
        );
      },
    );
  });
}

export function msalConfiguration(auth: AuthConfig, redirectUri: string) {
  return {
    auth: {
      clientId: auth.clientId,
      authority: `https://login.microsoftonline.com/${auth.tenantId}`,
      redirectUri,
    },
    cache: { cacheLocation: 'localStorage' as const },
  };
}

export async function signInFor(config: AddinConfig, inExcel: boolean): Promise<TokenProvider | undefined> {
  const auth = config.auth;
  if (!auth) return undefined;
  if (inExcel && !supportsNaa()) return dialogTokenProvider(openAuthDialog);
  const msal = await import('@azure/msal-browser');
  const settings = msalConfiguration(auth, `${location.origin}/taskpane.html`);
  const pca = inExcel
    ? await msal.createNestablePublicClientApplication(settings)
    : await msal.createStandardPublicClientApplication(settings);
  return tokenProviderFrom(
    pca as unknown as TokenClient,
    auth.scopes,
    (err) =>
      err instanceof msal.InteractionRequiredAuthError ||
      (err as { errorCode?: string }).errorCode === 'no_account_error',
  );
}
