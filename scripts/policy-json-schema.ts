import { z } from 'zod';
import { policySchema } from '../shared/policy/policy-schema';

/** The policy's JSON Schema as shipped in build/: input form (defaulted fields optional), stable text. */
export function policyJsonSchema(): string {
  const schema = z.toJSONSchema(policySchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify(
    {
      ...schema,
      $id: 'https://invoiceguard.local/policy.schema.json',
      title: 'InvoiceGuard (开票卫士) workstation policy',
      description:
        'One file per fleet: Windows %ProgramData%\\InvoiceGuard\\policy.json, Linux /etc/invoiceguard/policy.json, macOS /Library/Application Support/InvoiceGuard/policy.json. Unknown keys are errors.',
    },
    null,
    2,
  )}\n`;
}
