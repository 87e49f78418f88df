// Writes build/policy.schema.json from the zod policy schema, so IT can validate a policy file in
// their editor or pipeline before deploying it. `npm test` fails when the file is out of date.
import { writeFileSync } from 'node:fs';
import { policyJsonSchema } from './policy-json-schema';

writeFileSync(new URL('../build/policy.schema.json', import.meta.url), policyJsonSchema());
process.stdout.write('wrote build/policy.schema.json\n');
