import { app } from '@azure/functions';
import { useNodeCrypto } from '@thidua/core/adapters/node';

import { currentConfig } from './config';

// The input hash of every answer with Node's native SHA-256 (the same hash as the core's own, faster).
useNodeCrypto();

// Stream request bodies so the body limit is enforced while reading, not after the host has buffered everything.
app.setup({ enableHttpStream: true });

app.hook.appStart((context) => {
  const config = currentConfig();
  for (const warning of config.warnings) console.warn(`[thidua] ${warning}`);
  for (const error of config.errorDetails)
    console.error(`[thidua] cấu hình sai (configuration error): ${error}`);
  context.hookData.thiduaAuth = config.auth.enabled;
});
