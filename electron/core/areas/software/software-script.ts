import { z } from 'zod';
import { isUnreadableScript, scriptedFailure, unreadableScript } from '../../scenario/script-pieces';
import type { ScriptedWorld } from '../../scenario/scripted-world';
import type { SoftwareSources } from './software-area';

const running = z
  .object({ name: z.string().min(1).max(260), version: z.string().max(50).nullable().default(null) })
  .strict();

/** `sources.software` of a scenario: the programs running (with their file versions) and the local ports listening. */
export const softwareScript = z
  .object({
    processes: z.union([z.array(running).max(200), unreadableScript]).default([]),
    listening: z.array(z.number().int().min(1).max(65_535)).max(50).default([]),
  })
  .strict();
export type SoftwareScript = z.infer<typeof softwareScript>;

export function scriptedSoftwareSources(world: ScriptedWorld<SoftwareScript>): SoftwareSources {
  return {
    async processes() {
      const list = world.state().processes;
      if (isUnreadableScript(list)) return scriptedFailure(list);
      return { ok: true, processes: list.map((p, i) => ({ name: p.name, pid: 4000 + i, version: p.version })) };
    },
    async port(port) {
      return world.state().listening.includes(port)
        ? { listening: true }
        : { listening: false, cause: 'refused', reason: 'ECONNREFUSED' };
    },
  };
}
