import { z } from 'zod';
import { diskPolicySchema } from './disk-policy';

/**
 * The policy file IT deploys to every workstation. Each area owns its section in its own file;
 * unknown keys are errors so a typo never silently falls back to a default.
 */
export const policySchema = z
  .object({
    $schema: z.string().max(1024).optional(),
    version: z.literal(1).default(1),
    disk: diskPolicySchema.prefault({}),
  })
  .strict();

export type Policy = z.infer<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;

/** The policy in force when no file is found: every section at its defaults. */
export function defaultPolicy(): Policy {
  return policySchema.parse({});
}
