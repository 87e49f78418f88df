import { z } from 'zod';

/** OS facts, pending reboot, recent crashes from the system log, and Windows security status. */
export const systemPolicySchema = z
  .object({
    enabled: z.boolean().default(true),
    /** Unexpected shutdowns and blue screens within this many days raise `system.recent-crash`. */
    crashLookbackDays: z.number().int().min(1).max(90).default(7),
    /** OS, uptime and pending reboot: cheap, every 10 minutes. */
    intervalSeconds: z.number().int().min(30).max(86_400).default(600),
    /** Reading the system log costs more: once an hour (and at start). */
    logIntervalSeconds: z.number().int().min(60).max(86_400).default(3600),
    /**
     * Crashes from the system log. `auto`: where the log keeps earlier boots (otherwise "not
     * checked"); `true`: IT wants it, so a missing or non-persistent log is a warning; `false`: off.
     */
    crashLog: z.union([z.literal('auto'), z.boolean()]).default('auto'),
    /** Windows Defender / third-party antivirus and the firewall (Windows only). */
    security: z.boolean().default(true),
    securityIntervalSeconds: z.number().int().min(60).max(86_400).default(1800),
  })
  .strict();
export type SystemPolicy = z.infer<typeof systemPolicySchema>;
