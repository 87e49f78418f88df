import { describe, expect, it } from 'vitest';
import { locatePolicy, machinePolicyPath } from '../../../../electron/core/policy/locate-policy';

describe('where the policy file is looked for', () => {
  it('uses the per-OS machine path IT deploys to', () => {
    expect(machinePolicyPath('win32', { ProgramData: 'C:\\ProgramData' })).toBe(
      'C:\\ProgramData\\InvoiceGuard\\policy.json',
    );
    expect(machinePolicyPath('linux', {})).toBe('/etc/invoiceguard/policy.json');
    expect(machinePolicyPath('darwin', {})).toBe('/Library/Application Support/InvoiceGuard/policy.json');
  });

  it('prefers --policy, then $INVOICEGUARD_POLICY, then the machine path', () => {
    const env = { INVOICEGUARD_POLICY: '/env.json' };
    expect(locatePolicy('/cli.json', env, 'linux')).toEqual({ source: 'cli', path: '/cli.json' });
    expect(locatePolicy(undefined, env, 'linux')).toEqual({ source: 'env', path: '/env.json' });
    expect(locatePolicy(undefined, {}, 'linux')).toEqual({ source: 'machine', path: '/etc/invoiceguard/policy.json' });
  });
});
