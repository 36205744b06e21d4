/**
 * auth-dialog.html (Office dialog API fallback where the host has no NAA): signs in with MSAL's redirect flow
 * in the dialog window and hands the API token to the task pane with Office.context.ui.messageParent.
 */
import { createStandardPublicClientApplication } from '@azure/msal-browser';
import { readConfig } from './config';
import { loadOfficeJs } from './host-detect';
import { msalConfiguration } from './auth-setup';
import { PaneError } from './pane-error';

async function run(): Promise<void> {
  const config = readConfig();
  await loadOfficeJs(config.officeJsUrl);
  const send = (message: object) => Office.context.ui.messageParent(JSON.stringify(message));
  if (!config.auth) return send({ error: 'sign-in is not configured' });
  const pca = await createStandardPublicClientApplication(
    msalConfiguration(config.auth, `${location.origin}/auth-dialog.html`),
  );
  const result = await pca.handleRedirectPromise();
  if (!result) return pca.loginRedirect({ scopes: config.auth.scopes });
  const token = await pca.acquireTokenSilent({ scopes: config.auth.scopes, account: result.account });
  send({
    token: token.accessToken,
    account: result.account.username,
    expiresOn: token.expiresOn?.getTime() ?? Date.now() + 300_000,
  });
}

run().catch((err: Error) => {
  try {
    Office.context.ui.messageParent(JSON.stringify({ error: err.message }));
  } catch {
    // no pane around it to choose a language: both, Vietnamese first
    const failed = new PaneError('signInFailed', { detail: err.message });
    document.body.textContent = `${failed.message} — ${failed.messageEn}`;
  }
});
