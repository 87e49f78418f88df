import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policyJsonSchema } from '../../scripts/policy-json-schema';

describe('the JSON Schema shipped for IT in build/', () => {
  it('matches the policy schema in the code (run `npm run gen:policy-schema` after changing it)', () => {
    const shipped = readFileSync(new URL('../../build/policy.schema.json', import.meta.url), 'utf8');
    expect(shipped).toBe(policyJsonSchema());
  });

  it('forbids unknown keys at the top level, as the app does', () => {
    expect(JSON.parse(policyJsonSchema())).toMatchObject({ type: 'object', additionalProperties: false });
  });
});
