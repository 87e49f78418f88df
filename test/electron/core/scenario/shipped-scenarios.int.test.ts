import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../../../electron/core/scenario/load-scenario';
import { runDrill } from '../../../support/run-drill';
import { messagesFor } from '../../../../shared/i18n/catalog';
import { startGuidedCore, type GuidedCore } from '../../../support/guided-core';
import { textProblems } from '../../../support/rendered-text';
import type { Snapshot } from '../../../../shared/model/snapshot';

const dir = path.resolve(__dirname, '../../../../scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
let running: GuidedCore | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

describe('shipped practice scenarios, played headless through the real core', () => {
  it('ships the common drills', () => {
    expect(files.map((f) => f.replace('.json', '')).sort()).toEqual(
      expect.arrayContaining([
        'disk-full',
        'filing-not-reported',
        'network-port-blocked',
        'printer-paused',
        'tax-device-missing',
        'digital-platform-blocked',
      ]),
    );
  });

  it.each(files)('%s reaches its expected end state', async (file) => {
    const scenario = parseScenarioText(readFileSync(path.join(dir, file), 'utf8'), file);
    expect(messagesFor('zh-CN')[scenario.titleKey]).toBeTruthy();
    running = await startGuidedCore({ scenario });
    const statePath = running.setup.statePath;
    const info = await running.client.request('getAppInfo', {});
    expect(info).toMatchObject({ coreBuild: 'simulation', practice: { scenarioId: scenario.id } });

    // Every snapshot a person would have seen during the drill, in both languages.
    const seen: Snapshot[] = [];
    running.client.on('snapshot', (snapshot) => void seen.push(snapshot));

    const outcome = await runDrill(running.client, scenario, { timeoutMs: 10_000 });

    expect(outcome.snapshot.simulated).toBe(true);
    expect(seen.length).toBeGreaterThan(0);
    expect([...seen, outcome.snapshot].flatMap(textProblems)).toEqual([]);
    // The real probes ran: every registered area's checks are in the snapshot.
    expect(new Set(outcome.snapshot.checks.map((c) => c.area))).toEqual(
      new Set(['disk', 'usb', 'network', 'printer', 'memory', 'clock', 'software', 'system', 'calendar']),
    );
    expect(outcome.snapshot.faults.map((f) => f.id).sort()).toEqual([...scenario.expect.faults].sort());
    expect(outcome.completedGuides).toEqual(expect.arrayContaining(scenario.expect.completedGuides));
    // The drill plays on the PC it describes: a fully digital one never asks for a tax device or 抄报/清卡.
    if (scenario.id.startsWith('digital-')) {
      expect(outcome.snapshot.invoicing.mode).toBe('digital');
      expect(seen.flatMap((s) => s.faults.map((f) => f.id))).not.toContain('tax-device.missing');
      expect(seen.flatMap((s) => s.faults.map((f) => f.id))).not.toContain('filing.not-reported');
    }
    for (const guideId of scenario.expect.completedGuides) {
      const view = await running.client.request('getGuide', { guideId });
      expect(view.incident?.state).toBe('completed');
      expect(view.incident?.completion).toBe('fault-cleared');
    }
    // Practice state lives in a temp folder that goes away with the core.
    expect(statePath).toContain('invoiceguard-practice-');
    await running.stop();
    running = undefined;
    expect(existsSync(path.dirname(statePath))).toBe(false);
  });
});
