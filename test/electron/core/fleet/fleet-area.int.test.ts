import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core/core';
import { setUpCore } from '../../../../electron/core/core-setup';
import { loadScenarioFile } from '../../../../electron/core/scenario/load-scenario';
import { textfileName } from '../../../../electron/core/fleet/fleet-area';
import { startFleetCore, taxUKey, udpReceiver } from '../../../support/fleet/fleet-core';
import { waitFor } from '../../../support/fleet/engines';
import { parseRfc5424 } from '../../../support/fleet/parse-rfc5424';

let dir: string;
let textfileDir: string;
let receiver: Awaited<ReturnType<typeof udpReceiver>>;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ig-fleet-area-'));
  textfileDir = path.join(dir, 'textfile');
  await import('node:fs/promises').then((fs) => fs.mkdir(textfileDir));
  receiver = await udpReceiver();
});
afterEach(async () => {
  await receiver.close();
  await rm(dir, { recursive: true, force: true });
});

const policy = () => ({
  invoicing: { mode: 'tax-device' as const },
  fleet: {
    textfileDir,
    site: 'test-site',
    workstation: 'pc-test',
    syslog: { enabled: true, transport: 'udp' as const, host: '127.0.0.1', port: receiver.port },
  },
});
const file = (): string => path.join(textfileDir, textfileName);
const read = (): Promise<string> => readFile(file(), 'utf8').catch(() => '');
const series = (name: string, labels = ''): string => `${name}{site="test-site",workstation="pc-test"${labels}}`;
const has = (text: string, line: string): boolean => text.split('\n').includes(line);
const events = (kind: string) => receiver.messages.map(parseRfc5424).filter((m) => m.msgId === `incident-${kind}`);

describe('the fleet area in a real core: the textfile and the incident events', () => {
  it('writes the state atomically, follows a device removal, announces it once across a restart, and says when it stops', async () => {
    const dataDir = path.join(dir, 'data');
    const a = await startFleetCore({ dataDir, policy: policy(), deviceConnected: true });
    // A reader that never sees a half-written file while the core rewrites it.
    let reads = 0;
    let torn = 0;
    let reading = true;
    const reader = (async () => {
      while (reading) {
        const text = await read();
        if (text) {
          reads++;
          if (!text.endsWith('\n') || !text.includes('invoiceguard_build_info')) torn++;
        }
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    try {
      await waitFor('the healthy state in the textfile', 15_000, async () =>
        has(await read(), `${series('invoiceguard_verdict', ',can_invoice="yes"')} 1`) ? true : undefined,
      );
      expect(has(await read(), `${series('invoiceguard_tax_device_present')} 1`)).toBe(true);

      a.usb.unplug('1-2');
      await waitFor('the removal in the textfile', 15_000, async () =>
        has(await read(), `${series('invoiceguard_verdict', ',can_invoice="no"')} 1`) ? true : undefined,
      );
      const text = await read();
      expect(has(text, `${series('invoiceguard_tax_device_present')} 0`)).toBe(true);
      expect(has(text, `${series('invoiceguard_incidents_open', ',category="hardware",severity="critical"')} 1`)).toBe(
        true,
      );
      await waitFor('the opened event', 5_000, async () => (events('opened').length ? true : undefined));
      const opened = events('opened')[0]!;
      expect(opened.sd['invoiceguard@32473']).toMatchObject({
        fault: 'tax-device.missing',
        category: 'hardware',
        severity: 'critical',
        site: 'test-site',
        workstation: 'pc-test',
      });
    } finally {
      reading = false;
      await reader;
      await a.stop();
    }
    expect(reads).toBeGreaterThan(10);
    expect(torn).toBe(0);
    expect((await readdir(textfileDir)).filter((f) => f !== textfileName)).toEqual([]);
    const stopped = await read();
    expect(has(stopped, `${series('invoiceguard_running')} 0`)).toBe(true);
    expect(stopped).not.toContain('invoiceguard_verdict');
    const state = JSON.parse(await readFile(path.join(dataDir, 'fleet-state.json'), 'utf8'));
    expect(state.incidents.map((i: { faultId: string }) => i.faultId)).toEqual(['tax-device.missing']);
    expect(typeof state.taxDeviceLastSeenAt).toBe('string');

    // The restarted core still lacks the device: the same incident, not a new one; the last
    // sighting survives, and the plug closes the incident.
    const b = await startFleetCore({ dataDir, policy: policy(), deviceConnected: false });
    try {
      await waitFor('the restarted core’s state', 15_000, async () =>
        has(await read(), `${series('invoiceguard_verdict', ',can_invoice="no"')} 1`) ? true : undefined,
      );
      const lastSeen = Date.parse(state.taxDeviceLastSeenAt) / 1000;
      expect(has(await read(), `${series('invoiceguard_tax_device_last_seen_timestamp_seconds')} ${lastSeen}`)).toBe(
        true,
      );
      await new Promise((r) => setTimeout(r, 500));
      expect(events('opened')).toHaveLength(1);
      b.usb.plug('1-2', taxUKey);
      await waitFor('the closed event', 10_000, async () => (events('closed').length ? true : undefined));
      expect(events('closed')[0]!.sd['invoiceguard@32473']).toMatchObject({ fault: 'tax-device.missing' });
    } finally {
      await b.stop();
    }
  });

  it('writes, serves and sends nothing during a practice drill, even if the scenario names a folder', async () => {
    const scenario = await loadScenarioFile(path.resolve(__dirname, '../../../../scenarios/tax-device-missing.json'));
    const setup = await setUpCore({
      scenario: { ...scenario, policy: { ...scenario.policy, ...policy() } },
      env: {},
      platform: 'linux',
      log: () => {},
    });
    const core = createCore({
      loaded: setup.loaded!,
      areas: setup.areas,
      platform: 'linux',
      version: 'test',
      simulated: true,
      now: setup.now,
      taxDevice: setup.taxDevice,
    });
    core.start();
    try {
      await waitFor('the drill’s fault', 15_000, async () =>
        core.snapshot().faults.some((f) => f.id === 'tax-device.missing') ? true : undefined,
      );
      await new Promise((r) => setTimeout(r, 1500));
      expect(existsSync(file())).toBe(false);
      expect(receiver.messages).toEqual([]);
      const { text } = await core.handlers.getMetrics!({});
      expect(text).toContain('invoiceguard_practice{site="test-site",workstation="pc-test"} 1');
      expect(text).not.toContain('invoiceguard_verdict');
    } finally {
      await core.stop();
      await setup.cleanup();
    }
  });
});
