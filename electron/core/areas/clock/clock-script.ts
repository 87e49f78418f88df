import { z } from 'zod';
import { isUnreadableScript, scriptedFailure, unreadableScript } from '../../scenario/script-pieces';
import type { ScriptedWorld } from '../../scenario/scripted-world';
import type { ClockSources } from './clock-area';
import { zoneOffsetMinutes } from './time-zone-probe';

/**
 * `sources.clock` of a scenario: what the time server says of this PC's clock (seconds the PC is
 * behind; `no-answer` = the server stays silent) and the zone the OS is set to.
 */
export const clockScript = z
  .object({
    offsetSeconds: z.union([z.number().min(-1e7).max(1e7), z.literal('no-answer'), unreadableScript]).default(0.2),
    zone: z.union([z.string().min(1).max(64), unreadableScript]).default('Asia/Shanghai'),
  })
  .strict();
export type ClockScript = z.infer<typeof clockScript>;

export function scriptedClockSources(world: ScriptedWorld<ClockScript>): ClockSources {
  return {
    now: world.now,
    async query() {
      const offset = world.state().offsetSeconds;
      if (offset === 'no-answer') return { ok: false, problem: 'timeout', reason: 'no answer (scenario)' };
      if (isUnreadableScript(offset)) return scriptedFailure(offset);
      return { ok: true, offsetMs: offset * 1000, delayMs: 12, stratum: 2 };
    },
    async zone() {
      const name = world.state().zone;
      if (isUnreadableScript(name)) return scriptedFailure(name);
      return { ok: true, name, offsetMinutes: zoneOffsetMinutes(name, new Date(world.now())), source: 'scenario' };
    },
  };
}
