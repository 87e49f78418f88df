import { z } from 'zod';
import { messageSchema } from '../model/reading';

/** Where the policy in force came from, in the order they are tried (`scenario`: a practice drill's own). */
export const policySources = ['cli', 'env', 'machine', 'default', 'scenario'] as const;
export const policySourceSchema = z.enum(policySources);
export type PolicySource = z.infer<typeof policySourceSchema>;

/** One problem found in a policy file: the JSON path (like `$.disk.paths[0]`) and what was expected. */
export const policyIssueSchema = z.object({ path: z.string(), message: messageSchema }).strict();
export type PolicyIssue = z.infer<typeof policyIssueSchema>;

/**
 * What the app shows about the policy: the file it tried and, when that file was bad, the issues
 * (in which case built-in defaults are in force, unless `notApplied`).
 */
export const policyStatusSchema = z
  .object({
    source: policySourceSchema,
    path: z.string().optional(),
    issues: z.array(policyIssueSchema),
    /**
     * The file changed while the core ran and the new version is bad (`issues` say why): it was not
     * applied, and the policy in force before it (the previous file's, or the defaults) still is.
     */
    notApplied: z.literal(true).optional(),
  })
  .strict();
export type PolicyStatus = z.infer<typeof policyStatusSchema>;
