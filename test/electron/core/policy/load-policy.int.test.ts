import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../../../electron/core/policy/load-policy';
import { defaultPolicy } from '../../../../shared/policy/policy-schema';

const dir = mkdtempSync(path.join(tmpdir(), 'ig-policy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('loading the policy from real files', () => {
  it('uses a valid file named on the command line', async () => {
    const loaded = await loadPolicy({
      cliPath: file('good.json', '{"disk":{"warnFreeMiB":9000}}'),
      env: {},
      platform: 'linux',
    });
    expect(loaded.status).toMatchObject({ source: 'cli', issues: [] });
    expect(loaded.policy.disk.warnFreeMiB).toBe(9000);
  });

  it('falls back to defaults, keeping the issues to show, when the file is bad', async () => {
    const loaded = await loadPolicy({ env: { INVOICEGUARD_POLICY: file('bad.json', '{"disk":') }, platform: 'linux' });
    expect(loaded.policy).toEqual(defaultPolicy());
    expect(loaded.status.source).toBe('env');
    expect(loaded.status.issues[0]?.message.key).toBe('policy.issue.invalidJson');
  });

  it('reports a named file that is missing or unreadable, but not a missing machine file', async () => {
    const missing = await loadPolicy({ cliPath: path.join(dir, 'nope.json'), env: {}, platform: 'linux' });
    expect(missing.status.issues).toEqual([{ path: '$', message: { key: 'policy.issue.notFound' } }]);
    const directory = await loadPolicy({ cliPath: dir, env: {}, platform: 'linux' });
    expect(directory.status.issues[0]?.message).toMatchObject({
      key: 'policy.issue.unreadable',
      params: { reason: 'EISDIR' },
    });
    const noMachineFile = await loadPolicy({ env: { ProgramData: dir }, platform: 'win32' });
    expect(noMachineFile.status).toEqual({ source: 'default', issues: [] });
  });

  it('refuses a file too large to be a policy instead of parsing it', async () => {
    const loaded = await loadPolicy({
      cliPath: file('huge.json', ' '.repeat(2 * 1024 * 1024)),
      env: {},
      platform: 'linux',
    });
    expect(loaded.status.issues[0]?.message.key).toBe('policy.issue.unreadable');
  });
});
