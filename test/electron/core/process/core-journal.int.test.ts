import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnCore } from '../../../../electron/host/spawn-core';

const corePath = path.resolve('dist/core.cjs');
const scenario = path.resolve('scenarios/tax-device-missing.json');
const home = mkdtempSync(path.join(tmpdir(), 'ig-core-journal-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

const env = { PATH: process.env.PATH, HOME: home, TMPDIR: home };

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the built core keeps the incident journal when its host says it is the resident one (--resident)', () => {
  it('journals a drill as practice, in the data folder, with its log file', async () => {
    const dataDir = path.join(home, 'app');
    const core = spawnCore(['--resident', '--data-dir', dataDir, '--simulate', scenario], { corePath, env });
    try {
      const incident = await until('a practice incident for the pulled tax device', async () => {
        const { incidents } = await core.client.request('listIncidents', { practice: true, status: 'open' });
        return incidents.find((i) => i.faultId === 'tax-device.missing');
      });
      expect(incident).toMatchObject({ category: 'hardware', severity: 'critical', status: 'open' });
      // Never among the real incidents.
      expect((await core.client.request('listIncidents', {})).incidents).toEqual([]);
    } finally {
      await core.stop();
    }
    expect(existsSync(path.join(dataDir, 'journal'))).toBe(true);
    expect(existsSync(path.join(dataDir, 'logs', 'core.log'))).toBe(true);
  });

  it('keeps none for a one-shot core (invoiceguard check): no journal, no log file', async () => {
    const dataDir = path.join(home, 'cli');
    const core = spawnCore(['--data-dir', dataDir, '--simulate', scenario], { corePath, env });
    try {
      await core.client.request('runChecks', {});
      await expect(core.client.request('listIncidents', {})).rejects.toThrow(/unknown-method|listIncidents/);
    } finally {
      await core.stop();
    }
    expect(existsSync(path.join(dataDir, 'journal'))).toBe(false);
    expect(existsSync(path.join(dataDir, 'logs'))).toBe(false);
  });
});
