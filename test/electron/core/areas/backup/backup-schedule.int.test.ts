import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../../../electron/core/core';
import { backupArea } from '../../../../../electron/core/areas/backup/backup-area';
import { workerRunner } from '../../../../../electron/core/areas/backup/engine-runner';
import { validatePolicy } from '../../../../../shared/policy/parse-policy';
import type { BackupProgress } from '../../../../../shared/backup/backup-schema';
import { makeTree } from '../../../../support/backup/trees';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ig-backup-schedule-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const src = path.join(root, 'data');
const usb = path.join(root, 'usb');
fs.mkdirSync(usb);
makeTree(src, { dirs: 2, perDir: 10 });

function startCore(): { core: Core; events: BackupProgress[] } {
  const parsed = validatePolicy({
    version: 1,
    backup: { sources: [{ path: src }], destinations: [{ path: usb }], schedule: { everyHours: 24 } },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const core = createCore({
    loaded: { policy: parsed.policy, status: { source: 'default', issues: [] } },
    areas: [
      backupArea({
        dataDir: path.join(root, 'state'),
        runner: workerRunner(path.resolve('dist/backup-worker.cjs')),
        tempRoot: root,
        startDelayMs: 50,
      }),
    ],
    platform: process.platform,
    version: 'test',
  });
  const events: BackupProgress[] = [];
  core.onEvent((name, payload) => {
    if (name === 'backupProgress') events.push(payload as BackupProgress);
  });
  core.start();
  return { core, events };
}

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 20));
}

describe('the backup schedule', () => {
  it('runs a due backup after the core starts, then the first drill; a restart does not run it again', async () => {
    const first = startCore();
    await until(() => first.events.some((e) => e.kind === 'drill' && (e.phase === 'done' || e.phase === 'failed')));
    const ends = first.events
      .filter((e) => e.phase === 'done' || e.phase === 'failed')
      .map((e) => `${e.kind}:${e.phase}`);
    expect(ends).toEqual(['backup:done', 'drill:done']);
    const state = JSON.parse(fs.readFileSync(path.join(root, 'state', 'backup-state.json'), 'utf8'));
    expect(state.lastRun.trigger).toBe('schedule');
    expect(state.lastScheduledAt).not.toBeNull();
    const status = await first.core.handlers.getBackupStatus?.({});
    expect(Date.parse(status?.nextRunAt ?? '')).toBeGreaterThan(Date.parse(state.lastScheduledAt) + 23 * 3_600_000);
    await first.core.stop();

    // The next start finds the slot done: the checks run, no backup does.
    const second = startCore();
    await second.core.handlers.runChecks({});
    await new Promise((r) => setTimeout(r, 300));
    expect(second.events).toEqual([]);
    expect((await second.core.handlers.runChecks({})).checks.find((c) => c.id === 'backup.freshness')?.status).toBe(
      'ok',
    );
    await second.core.stop();
  });
});
