// IT changes the policy while an incident is open: the core rebuilds its areas on the new policy,
// and the journal, rebuilt with them, carries on with the same incident instead of closing it and
// opening a copy (one outage, one incident, however often the policy changes during it).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core/core';
import { createJournalArea } from '../../../../electron/core/journal/journal-area';
import { createLiveCore, type LiveCore } from '../../../../electron/core/policy/live-policy-core';
import type { LoadedPolicy } from '../../../../electron/core/policy/load-policy';
import { policySchema } from '../../../../shared/policy/policy-schema';
import { defaultChecks, switchboard } from '../../../support/journal-core';
import loopbackPolicy from '../../../fixtures/policy/loopback.json';

let dataDir: string;
let live: LiveCore | undefined;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'ig-live-journal-'));
});
afterEach(async () => {
  await live?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const policyWith = (warnFreeMiB: number): LoadedPolicy => ({
  policy: policySchema.parse({ network: loopbackPolicy.network, disk: { warnFreeMiB, faultFreeMiB: 0 } }),
  status: { source: 'machine', path: '/etc/invoiceguard/policy.json', issues: [] },
});

describe('a policy change during an open incident', () => {
  it('keeps the one incident open across the rebuild and closes it when the fault clears', async () => {
    const board = switchboard(defaultChecks);
    const journal = createJournalArea({ version: 'test', dataDir });
    const files = [policyWith(4096)];
    live = createLiveCore({
      initial: policyWith(2048),
      build: (loaded) =>
        createCore({ loaded, areas: [board.area, journal.area], platform: process.platform, version: 'test' }),
      reload: async () => files.shift() ?? policyWith(4096),
    });
    live.start();
    const open = async () =>
      (await live!.handlers.listIncidents!({ status: 'open', practice: false, limit: 200 })).incidents;

    await live.handlers.runChecks({});
    await journal.settled();
    board.set('usb.tax-device', 'fault');
    await live.handlers.runChecks({});
    await journal.settled();
    const [before] = await open();
    expect(before).toMatchObject({ faultId: 'tax-device.missing', status: 'open' });

    await live.policyChanged();
    await live.handlers.runChecks({});
    await journal.settled();
    expect((await open()).map((i) => i.id)).toEqual([before!.id]);
    const all = await live.handlers.listIncidents!({ practice: false, limit: 200 });
    expect(all.incidents).toHaveLength(1);

    board.set('usb.tax-device', 'ok');
    await live.handlers.runChecks({});
    await journal.settled();
    const { incident } = await live.handlers.getIncident!({ id: before!.id });
    expect(incident).toMatchObject({ status: 'closed', closedHow: 'cleared' });
  });
});
