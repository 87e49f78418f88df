import { z } from 'zod';
import { pick } from '../../scenario/script-pieces';
import type { ScriptedWorld } from '../../scenario/scripted-world';
import type { BackupAreaOptions } from './backup-area';
import { BackupFailure } from './backup-failure';
import { backupStateSchema, type BackupState, type BackupStateStore } from './backup-state';

const MiB = 1024 * 1024;
const destination = z
  .object({ reachable: z.boolean().default(true), freeMiB: z.number().min(0).default(200_000) })
  .strict();
const source = z.object({ exists: z.boolean().default(true), files: z.number().int().min(0).default(1200) }).strict();

/**
 * `sources.backup` of a scenario: the backup state file as it would stand (last run, snapshots per
 * destination, verification, drill), what each destination looks like (by path, `*` for all) and
 * each source folder (by name). The scenario's policy names the sources and destinations.
 */
export const backupScript = z
  .object({
    state: backupStateSchema.default(backupStateSchema.parse({})),
    destinations: z.record(z.string().min(1).max(1024), destination).default({ '*': destination.parse({}) }),
    sources: z.record(z.string().min(1).max(100), source).default({ '*': source.parse({}) }),
  })
  .strict();
export type BackupScript = z.infer<typeof backupScript>;

/**
 * The backup area's sources as a scenario scripts them. A drill never backs anything up or
 * restores anything: the engine answers that this is practice (the real engine runs only on real
 * data), while the checks, faults and guides run on the scripted state.
 */
export function scriptedBackupSources(world: ScriptedWorld<BackupScript>): Partial<BackupAreaOptions> {
  let state: BackupState = world.state().state;
  world.onChange(() => void (state = world.state().state));
  const store: BackupStateStore = {
    read: async () => state,
    async update(change) {
      const next = structuredClone(state);
      change(next);
      state = next;
      return state;
    },
  };
  return {
    state: store,
    now: world.now,
    destinations: async (paths) =>
      paths.map((path) => {
        const d = pick(world.state().destinations, path, destination.parse({}));
        return d.reachable
          ? { path, reachable: true, freeBytes: d.freeMiB * MiB }
          : { path, reachable: false, code: 'ENOENT' };
      }),
    sources: async (list) =>
      list.map(({ name, path }) => {
        const s = pick(world.state().sources, name, source.parse({}));
        return { name, path, exists: s.exists, files: s.exists ? s.files : 0, ...(s.exists ? {} : { code: 'ENOENT' }) };
      }),
    space: async (path) => {
      const d = pick(world.state().destinations, path, destination.parse({}));
      return { freeBytes: d.freeMiB * MiB, totalBytes: 2 * d.freeMiB * MiB + MiB };
    },
    runner: {
      run: async () => {
        throw new BackupFailure('practice');
      },
    },
    startDelayMs: 24 * 3_600_000,
  };
}
