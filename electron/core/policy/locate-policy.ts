import path from 'node:path';
import type { PolicySource } from '../../../shared/policy/policy-status';

export interface PolicyLocation {
  source: PolicySource;
  path?: string;
}

/** The per-OS machine-wide policy path where IT deploys the fleet's policy file. */
export function machinePolicyPath(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  if (platform === 'win32') {
    return path.win32.join(env.ProgramData ?? 'C:\\ProgramData', 'InvoiceGuard', 'policy.json');
  }
  if (platform === 'darwin') return '/Library/Application Support/InvoiceGuard/policy.json';
  return '/etc/invoiceguard/policy.json';
}

/**
 * Which policy file to use: `--policy FILE`, else $INVOICEGUARD_POLICY, else the machine path.
 * The first two are explicit, so a missing file there is an error; a missing machine file just
 * means built-in defaults.
 */
export function locatePolicy(
  cliPath: string | undefined,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
): PolicyLocation & { path: string } {
  if (cliPath) return { source: 'cli', path: cliPath };
  if (env.INVOICEGUARD_POLICY) return { source: 'env', path: env.INVOICEGUARD_POLICY };
  return { source: 'machine', path: machinePolicyPath(platform, env) };
}
