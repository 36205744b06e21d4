// Writes shared/schema/plan.schema.json from the zod schema (run: npm run schema). A test checks it is current.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planJsonSchema } from '@thidua/core';

const target = join(__dirname, '..', 'shared', 'schema', 'plan.schema.json');
writeFileSync(target, `${JSON.stringify(planJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
