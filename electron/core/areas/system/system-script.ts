import { z } from 'zod';
import { isUnreadableScript, scriptedFailure, unreadableScript } from '../../scenario/script-pieces';
import type { ScriptedWorld } from '../../scenario/scripted-world';
import type { SystemSources } from './system-area';

const crash = z
  .object({ daysAgo: z.number().min(0).max(3650), kind: z.enum(['unexpected-shutdown', 'blue-screen']) })
  .strict();

/**
 * `sources.system` of a scenario: what the OS says of itself, the crashes its log keeps, and (on
 * Windows) antivirus and firewall.
 */
export const systemScript = z
  .object({
    os: z
      .union([
        z
          .object({
            name: z.string().min(1).max(200).default('Windows 10 Pro 10.0.19045'),
            uptimeDays: z.number().min(0).max(3650).default(1),
            rebootPending: z.boolean().nullable().default(false),
          })
          .strict(),
        unreadableScript,
      ])
      .prefault({}),
    crashes: z.union([z.array(crash).max(50), unreadableScript]).default([]),
    security: z
      .union([
        z
          .object({
            avOn: z.boolean().nullable().default(true),
            avProducts: z.array(z.string().max(100)).max(10).default(['Windows Defender']),
            firewallOff: z.array(z.string().max(50)).max(3).nullable().default([]),
          })
          .strict(),
        unreadableScript,
      ])
      .prefault({}),
  })
  .strict();
export type SystemScript = z.infer<typeof systemScript>;

export function scriptedSystemSources(world: ScriptedWorld<SystemScript>): SystemSources {
  return {
    async os() {
      const os = world.state().os;
      if (isUnreadableScript(os)) return scriptedFailure(os);
      const markers = os.rebootPending ? ['scenario'] : [];
      return {
        ok: true,
        name: os.name,
        uptimeSeconds: Math.round(os.uptimeDays * 86_400),
        rebootPending: os.rebootPending,
        rebootMarkers: markers,
      };
    },
    async crashes() {
      const list = world.state().crashes;
      if (isUnreadableScript(list)) return scriptedFailure(list);
      const events = list.map((c) => ({ at: world.now() - c.daysAgo * 86_400_000, kind: c.kind, source: 'scenario' }));
      return { ok: true, events };
    },
    async security() {
      const security = world.state().security;
      if (isUnreadableScript(security)) return scriptedFailure(security);
      return { ok: true, ...security, reasons: [] };
    },
  };
}
