import { z } from 'zod';

/** Available memory and (Linux) memory pressure thresholds. */
export const memoryPolicySchema = z
  .object({
    enabled: z.boolean().default(true),
    /** Below this much available memory the check warns: the invoicing software slows and may hang. */
    warnAvailableMiB: z.number().int().min(0).max(10_000_000).default(512),
    /** Below this it is a fault: programs start failing to allocate. */
    faultAvailableMiB: z.number().int().min(0).max(10_000_000).default(256),
    /**
     * Linux pressure stall information: share of the last 10 s some task waited for memory. Above
     * this the check warns even with memory "available". 100 switches it off.
     */
    warnPressurePercent: z.number().min(0).max(100).default(20),
    intervalSeconds: z.number().int().min(5).max(86_400).default(30),
  })
  .strict()
  .refine((m) => m.faultAvailableMiB <= m.warnAvailableMiB, {
    message: 'policy.rule.memoryThresholdOrder',
    path: ['faultAvailableMiB'],
  });
export type MemoryPolicy = z.infer<typeof memoryPolicySchema>;
