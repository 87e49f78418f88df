import { z } from 'zod';
import { isUnreadableScript, scriptedFailure, unreadableScript } from '../../scenario/script-pieces';
import type { ScriptedWorld } from '../../scenario/scripted-world';
import type { MemorySources } from './memory-area';

const MiB = 1024 * 1024;

/** `sources.memory` of a scenario: the figures the OS reports (a healthy 16 GB PC by default). */
export const memoryScript = z.union([
  z
    .object({
      totalMiB: z.number().positive().default(16_384),
      availableMiB: z.number().min(0).default(9_000),
      pressurePercent: z.number().min(0).max(100).nullable().default(null),
    })
    .strict(),
  unreadableScript,
]);
export type MemoryScript = z.infer<typeof memoryScript>;

export function scriptedMemorySources(world: ScriptedWorld<MemoryScript>): MemorySources {
  return {
    async memory() {
      const m = world.state();
      if (isUnreadableScript(m)) return scriptedFailure(m);
      return {
        ok: true,
        totalBytes: m.totalMiB * MiB,
        availableBytes: m.availableMiB * MiB,
        pressurePercent: m.pressurePercent,
      };
    },
  };
}
