import { z } from 'zod';
import { diskPolicySchema } from './disk-policy';
import { calendarPolicySchema } from './calendar-policy';
import { devicesPolicySchema } from './devices-policy';
import { networkPolicySchema } from './network-policy';
import { printersPolicySchema } from './printers-policy';
import { clockPolicySchema } from './clock-policy';
import { softwarePolicySchema } from './software-policy';
import { memoryPolicySchema } from './memory-policy';
import { systemPolicySchema } from './system-policy';
import { invoicingPolicySchema } from './invoicing-policy';
import { journalPolicySchema } from './journal-policy';
import { supportPolicySchema } from './support-policy';
import { fleetPolicySchema } from './fleet-policy';
import { appPolicySchema } from './app-policy';
import { backupPolicySchema } from './backup-policy';
import { cliPolicySchema } from './cli-policy';

/**
 * The policy file IT deploys to every workstation. Each area owns its section in its own file;
 * unknown keys are errors so a typo never silently falls back to a default.
 */
export const policySchema = z
  .object({
    $schema: z.string().max(1024).optional(),
    version: z.literal(1).default(1),
    invoicing: invoicingPolicySchema.prefault({}),
    disk: diskPolicySchema.prefault({}),
    calendar: calendarPolicySchema.prefault({}),
    devices: devicesPolicySchema.prefault({}),
    network: networkPolicySchema.prefault({}),
    printers: printersPolicySchema.prefault({}),
    clock: clockPolicySchema.prefault({}),
    software: softwarePolicySchema.prefault({}),
    memory: memoryPolicySchema.prefault({}),
    system: systemPolicySchema.prefault({}),
    journal: journalPolicySchema.prefault({}),
    support: supportPolicySchema.prefault({}),
    fleet: fleetPolicySchema.prefault({}),
    app: appPolicySchema.prefault({}),
    backup: backupPolicySchema.prefault({}),
    cli: cliPolicySchema.prefault({}),
  })
  .strict();

export type Policy = z.infer<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;

/** The policy in force when no file is found: every section at its defaults. */
export function defaultPolicy(): Policy {
  return policySchema.parse({});
}
