import { z } from 'zod';

export const bundleFileKinds = [
  'report',
  'summary',
  'snapshot',
  'incidents',
  'events',
  'system',
  'log',
  'manifest',
] as const;
export const bundleFileKindSchema = z.enum(bundleFileKinds);
export type BundleFileKind = z.infer<typeof bundleFileKindSchema>;

/**
 * What a support bundle holds, shown to the user before anything leaves (the dialog lists each
 * file with `support.file.<kind>` as its description) and stored in the bundle as manifest.json.
 * Redactions are counted per rule; what was removed is never listed.
 */
export const supportManifestSchema = z
  .object({
    version: z.literal(1),
    createdAt: z.string(),
    language: z.string(),
    app: z.object({ version: z.string(), platform: z.string() }).strict(),
    incidents: z.number().int().nonnegative(),
    focus: z.string().optional(),
    files: z.array(
      z.object({ name: z.string(), kind: bundleFileKindSchema, bytes: z.number().int().nonnegative() }).strict(),
    ),
    redactions: z.record(z.string(), z.number().int().nonnegative()),
    policyPatterns: z.number().int().nonnegative(),
  })
  .strict();
export type SupportManifest = z.infer<typeof supportManifestSchema>;
