import { z } from 'zod';

const version = z.string().regex(/^\d{1,9}(\.\d{1,9}){0,3}$/, 'policy.rule.version');

/** One vendor's invoicing software: the process names it runs under and the oldest version allowed. */
const softwareEntrySchema = z
  .object({
    /** Shown to the user, e.g. "航天信息开票软件" or "百旺开票软件". */
    vendor: z.string().min(1).max(100),
    /** Executable names without path (case-insensitive, `.exe` optional), any one of which counts. */
    processes: z.array(z.string().min(1).max(260)).min(1).max(16),
    /** Oldest acceptable file version (Windows only: read from the running executable). */
    minVersion: version.optional(),
    /** false: only check the version when it runs; not running is no fault. */
    mustRun: z.boolean().default(true),
  })
  .strict();

/** The local helper service, e.g. the 税务UKey login helper (chinatax.exe on HTTPS port 28000). */
const helperSchema = z
  .object({
    name: z.string().min(1).max(100),
    /** Executable name of the helper. */
    process: z.string().min(1).max(260).optional(),
    /** Loopback TCP port it listens on; connect-only, nothing is sent. */
    port: z.number().int().min(1).max(65_535).optional(),
  })
  .strict()
  .refine((h) => h.process !== undefined || h.port !== undefined, {
    message: 'policy.rule.helperNeedsProcessOrPort',
    path: ['process'],
  });

/** The invoicing software itself; empty by default because process names differ per vendor and version. */
export const softwarePolicySchema = z
  .object({
    enabled: z.boolean().default(true),
    /**
     * Per vendor. Example: `{ "vendor": "航天信息", "processes": ["TaxClient.exe"], "minVersion": "3.0" }`
     * (process names unverified: IT sets the ones its machines run).
     */
    expected: z.array(softwareEntrySchema).max(16).default([]),
    helper: helperSchema.nullable().default(null),
    intervalSeconds: z.number().int().min(10).max(86_400).default(60),
  })
  .strict();
export type SoftwarePolicy = z.infer<typeof softwarePolicySchema>;
export type SoftwareEntry = z.infer<typeof softwareEntrySchema>;
