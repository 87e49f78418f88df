// The built core following its policy file while it runs: a file replaced with garbage leaves the
// last good policy in force and says so; a valid change is applied; a deleted file changes nothing.
import { mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnCore, type SpawnedCore } from '../../../../electron/host/spawn-core';
import type { Snapshot } from '../../../../shared/model/snapshot';
import { describePolicyIssues } from '../../../../shared/policy/describe-policy-issues';
import { createTranslator } from '../../../../shared/i18n/translator';

const dir = mkdtempSync(path.join(tmpdir(), 'ig-policy-watch-'));
const file = path.join(dir, 'policy.json');
const loopback = JSON.parse(readFileSync('test/fixtures/policy/loopback.json', 'utf8')) as Record<string, unknown>;
let core: SpawnedCore;
let latest: Snapshot | undefined;

/** Writes the file as config management does: a temp file renamed over it. */
function replace(text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

beforeAll(async () => {
  writeFileSync(file, JSON.stringify(loopback));
  core = spawnCore(['--policy', file, '--data-dir', path.join(dir, 'state')], {
    corePath: path.resolve('dist/core.cjs'),
  });
  core.client.on('snapshot', (s) => (latest = s));
  await core.client.request('runChecks', {});
});
afterAll(async () => {
  await core?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const disk = (): string | undefined => latest?.checks.find((c) => c.id === 'disk.space')?.status;

describe('a policy file changed while the core runs', () => {
  it('keeps the last good policy in force when the file is replaced with garbage, and shows the problem', async () => {
    replace('{"disk": {"warnFreeMiB": 10000000,,}}');
    await expect.poll(() => latest?.policy.notApplied, { timeout: 15_000 }).toBe(true);
    expect(latest?.policy).toMatchObject({
      source: 'cli',
      path: file,
      notApplied: true,
      issues: [{ path: '$', message: { key: 'policy.issue.invalidJson', params: { line: 1, column: 35 } } }],
    });
    // The loopback policy is still in force: no low-space warning from the garbage's threshold.
    await core.client.request('runChecks', { ids: ['disk.space'] });
    expect(disk()).toBe('ok');
    const banner = describePolicyIssues(latest!.policy, createTranslator('en'), 'policy.usingDefaults');
    expect(banner).toContain('was not applied and the previous policy stays in force');
    expect(banner).toContain('line 1, column 35');
  });

  it('applies a valid new version, rebuilding the checks with it', async () => {
    replace(JSON.stringify({ ...loopback, disk: { warnFreeMiB: 10_000_000, faultFreeMiB: 0, smart: false } }));
    await expect.poll(() => disk(), { timeout: 15_000 }).toBe('warning');
    expect(latest?.policy).toEqual({ source: 'cli', path: file, issues: [] });
    expect(latest?.faults.map((f) => f.id)).toContain('disk.low-space');
  });

  it('refuses a section given twice, and a file that is no longer there, keeping what is in force', async () => {
    writeFileSync(file, '{"disk": {"warnFreeMiB": 1}, "disk": {}}'); // written in place this time
    await expect
      .poll(() => latest?.policy.issues[0]?.message.key, { timeout: 15_000 })
      .toBe('policy.issue.duplicateKey');
    expect(latest?.policy.notApplied).toBe(true);
    unlinkSync(file);
    await expect.poll(() => latest?.policy.issues[0]?.message.key, { timeout: 15_000 }).toBe('policy.issue.notFound');
    await core.client.request('runChecks', { ids: ['disk.space'] });
    expect(disk()).toBe('warning'); // still the policy applied last
  });
});
