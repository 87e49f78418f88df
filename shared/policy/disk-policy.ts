import { z } from 'zod';

/** Free-space thresholds for the system drive and the folders the invoicing software writes to. */
export const diskPolicySchema = z
  .object({
    /**
     * Folders to watch besides the system drive, for example the invoicing software's data folder
     * (Aisino: C:\\Program Files\\开票软件\\...; set per vendor by IT).
     */
    paths: z.array(z.string().min(1).max(1024)).max(32).default([]),
    /** Below this much free space on any watched drive the check warns. */
    warnFreeMiB: z.number().int().min(0).max(10_000_000).default(5120),
    /** Below this much the check is a fault: databases and backups start failing to write. */
    faultFreeMiB: z.number().int().min(0).max(10_000_000).default(1024),
    intervalSeconds: z.number().int().min(5).max(86_400).default(300),
    /**
     * SMART health of the disks through smartctl (smartmontools). `auto`: where smartctl is
     * installed and a disk answers (otherwise "not checked", grey); `true`: IT wants it, so a
     * missing smartctl is a warning to fix; `false`: off.
     */
    smart: z.union([z.literal('auto'), z.boolean()]).default('auto'),
    /** SMART status changes slowly and smartctl wakes sleeping disks: every 6 hours. */
    smartIntervalSeconds: z.number().int().min(300).max(604_800).default(21_600),
  })
  .strict()
  .refine((d) => d.faultFreeMiB <= d.warnFreeMiB, {
    message: 'policy.rule.diskThresholdOrder',
    path: ['faultFreeMiB'],
  });
export type DiskPolicy = z.infer<typeof diskPolicySchema>;
