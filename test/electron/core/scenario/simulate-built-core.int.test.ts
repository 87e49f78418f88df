import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnCore } from '../../../../electron/host/spawn-core';
import { parseScenarioText } from '../../../../electron/core/scenario/load-scenario';
import { runDrill } from '../../../support/run-drill';

const corePath = path.resolve('dist/core.cjs');
const scenarioFile = path.resolve('scenarios/tax-device-missing.json');
const home = mkdtempSync(path.join(tmpdir(), 'ig-sim-home-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('core --simulate FILE (the built dist/core.cjs)', () => {
  it('plays a scenario through the real pipeline, marked simulated, without touching the real flow state', async () => {
    const env = { PATH: process.env.PATH, HOME: home, XDG_STATE_HOME: path.join(home, 'state'), TMPDIR: home };
    const core = spawnCore(['--simulate', scenarioFile], { corePath, env, timeoutMs: 20_000 });
    try {
      const info = await core.client.request('getAppInfo', {});
      expect(info).toMatchObject({ coreBuild: 'simulation', practice: { scenarioId: 'tax-device-missing' } });
      const scenario = parseScenarioText(readFileSync(scenarioFile, 'utf8'));
      const outcome = await runDrill(core.client, scenario, { timeoutMs: 15_000 });
      expect(outcome.snapshot.simulated).toBe(true);
      expect(outcome.snapshot.faults).toEqual([]);
      expect(outcome.completedGuides).toContain('tax-device.missing');
      // The practice state lives in a temp folder while the core runs...
      expect(readdirSync(home).some((f) => f.startsWith('invoiceguard-practice-'))).toBe(true);
    } finally {
      await core.stop();
    }
    // ...which is gone afterwards, and the real data directory was never created.
    expect(readdirSync(home).filter((f) => f.startsWith('invoiceguard-practice-'))).toEqual([]);
    expect(existsSync(path.join(home, 'state', 'invoiceguard'))).toBe(false);
  });

  it('refuses a broken scenario file with a clear message and exit code 70', async () => {
    const bad = path.join(home, 'bad.json');
    writeFileSync(bad, '{"version": 1, "id": "x"');
    const core = spawnCore(['--simulate', bad], { corePath, env: { PATH: process.env.PATH, HOME: home } });
    expect(await core.exited).toBe('70');
  });
});
