import { z } from 'zod';

// The lookup's answer on the wire, apart from the code table, so the protocol (and the window's
// first screen, which validates every reply) does not carry the table.

/** The longest input the lookup reads; anything after it is ignored (it is a search box, not a file). */
export const maxExplainInput = 64 * 1024;

export const explainResultSchema = z.discriminatedUnion('recognised', [
  z
    .object({
      recognised: z.literal(true),
      code: z.string(),
      family: z.enum(['aisino', 'baiwang-ukey', 'library']),
      key: z.string(),
      guide: z.string().optional(),
      confidence: z.enum(['sourced', 'weak']),
      /** For the certificate-password family: tries left before the device locks (0 = locked). */
      triesLeft: z.number().int().min(0).max(7).optional(),
    })
    .strict(),
  z
    .object({
      recognised: z.literal(false),
      reason: z.enum(['empty', 'no-code', 'unknown-code']),
      /** What looked like codes but is not in the table (at most five, each at most 20 characters). */
      candidates: z.array(z.string().max(20)).max(5),
    })
    .strict(),
]);
export type ExplainResult = z.infer<typeof explainResultSchema>;
