import { z } from 'zod';

/** The longest a deadline may be: a monitoring check that takes longer is not a check. */
export const maxDeadlineSeconds = 600;

/** How the `invoiceguard` command behaves for the scripts and monitoring agents that run it. */
export const cliPolicySchema = z
  .object({
    /**
     * `check` and `readiness` report what they have after this long, the checks still running read
     * `unknown`, and exit: under a monitoring agent's own timeout (Zabbix agent 30 s by default,
     * Nagios NRPE 60 s), so the agent gets an answer rather than killing the command.
     */
    deadlineSeconds: z.number().int().min(1).max(maxDeadlineSeconds).default(20),
  })
  .strict();
export type CliPolicy = z.infer<typeof cliPolicySchema>;
