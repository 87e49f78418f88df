import { mkdtempSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clockArea } from '../../../../../electron/core/areas/clock/clock-area';
import { linuxZoneSource } from '../../../../../electron/core/areas/clock/zone-source';
import { startInProcessCore } from '../../../../support/in-process-core';

// A real /etc/localtime-style link into the system's zoneinfo, switched while the core runs.
const dir = mkdtempSync(path.join(tmpdir(), 'ig-zone-'));
const localtime = path.join(dir, 'localtime');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pointTo(zone: string): void {
  try {
    unlinkSync(localtime);
  } catch {
    /* first time */
  }
  symlinkSync(`/usr/share/zoneinfo/${zone}`, localtime);
}

describe.skipIf(process.platform !== 'linux')(
  `clock.timezone reads the OS zone fresh on every run${process.platform === 'linux' ? '' : ' (skipped: Linux only)'}`,
  () => {
    it('clears the fault once the user sets China Standard Time, without restarting the core', async () => {
      pointTo('Etc/UTC');
      const running = startInProcessCore(
        [clockArea({ zone: linuxZoneSource({}, localtime) })],
        { clock: { timeZone: 'Asia/Shanghai' } },
        { start: false },
      );
      try {
        const before = await running.client.request('runChecks', { ids: ['clock.timezone'] });
        expect(before.faults.map((f) => f.id)).toEqual(['clock.timezone']);
        pointTo('Asia/Shanghai');
        const after = await running.client.request('runChecks', { ids: ['clock.timezone'] });
        expect(after.checks.find((c) => c.id === 'clock.timezone')).toMatchObject({
          status: 'ok',
          details: { zone: 'Asia/Shanghai', source: localtime },
        });
        expect(after.faults).toEqual([]);
      } finally {
        await running.stop();
      }
    });

    it('lets TZ in the environment win, as it does for every program', async () => {
      pointTo('Etc/UTC');
      const zone = await linuxZoneSource({ TZ: 'Asia/Chongqing' }, localtime)(new AbortController().signal);
      expect(zone).toMatchObject({ name: 'Asia/Chongqing', offsetMinutes: 480, source: 'TZ' });
    });
  },
);
