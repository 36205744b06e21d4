import { app } from '@azure/functions';

import { currentConfig } from './config';

// Stream request bodies so the body limit is enforced while reading, not after the host has buffered everything.
app.setup({ enableHttpStream: true });

app.hook.appStart((context) => {
  const config = currentConfig();
  for (const warning of config.warnings) console.warn(`[thidua] ${warning}`);
  for (const error of config.errorDetails)
    console.error(`[thidua] cấu hình sai (configuration error): ${error}`);
  context.hookData.thiduaAuth = config.auth.enabled;
});
