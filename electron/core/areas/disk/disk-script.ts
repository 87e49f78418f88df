import { z } from 'zod';
import {
  isUnreadableScript,
  pick,
  scriptedFailure,
  scriptedRead,
  unreadableScript,
} from '../../scenario/script-pieces';
import type { ScriptedWorld } from '../../scenario/scripted-world';
import type { DiskSources } from './disk-area';

const MiB = 1024 * 1024;
const figures = z.object({ freeMiB: z.number().min(0), totalMiB: z.number().positive() }).strict();
const smartDisk = z
  .object({
    device: z.string().min(1).max(100),
    passed: z.boolean().nullable(),
    model: z.string().max(100).default(''),
    reason: z.string().max(300).default(''),
  })
  .strict();

/** A healthy 256 GB system disk with plenty of room. */
const roomy = { freeMiB: 150_000, totalMiB: 244_000 };

/**
 * `sources.disk` of a scenario: free space by path (`*` = every path not named: the system drive
 * and the policy's folders) and what smartctl reports.
 */
export const diskScript = z
  .object({
    space: z.record(z.string().min(1).max(260), z.union([figures, unreadableScript])).default({ '*': roomy }),
    smart: z
      .union([z.object({ disks: z.array(smartDisk).max(8) }).strict(), unreadableScript])
      .default({ disks: [{ device: '/dev/sda', passed: true, model: 'Samsung SSD 870 EVO 500GB', reason: '' }] }),
  })
  .strict();
export type DiskScript = z.infer<typeof diskScript>;

/** The disk sources as a scenario scripts them: statfs figures and smartctl's verdicts, read at call time. */
export function scriptedDiskSources(world: ScriptedWorld<DiskScript>): DiskSources {
  return {
    env: {},
    async space(path) {
      const entry = pick(world.state().space, path, roomy);
      if (isUnreadableScript(entry)) return scriptedFailure(entry);
      return { ok: true, freeBytes: entry.freeMiB * MiB, totalBytes: entry.totalMiB * MiB };
    },
    smart: async () => scriptedRead(world.state().smart),
  };
}
