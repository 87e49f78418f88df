import { acquirePowerShell } from '../../exec/powershell-session';
import type { AreaFactory } from '../../probe';
import { clockOffsetProbe, type SntpQuery } from './clock-offset-probe';
import { clockOffsetRule, timeZoneRule } from './clock-rules';
import { timeZoneProbe } from './time-zone-probe';
import { linuxZoneSource, windowsZoneSource, type ZoneSource } from './zone-source';

/** What the clock checks read: an SNTP answer from the policy's server, the OS time zone, and the time. */
export interface ClockSources {
  query: SntpQuery;
  zone: ZoneSource;
  now: () => number;
}

/** The PC clock against the policy's time server, and the machine's time zone. */
export function clockArea(sources: Partial<ClockSources> = {}): AreaFactory {
  return ({ policy, platform }) => {
    if (!policy.clock.enabled) return { probes: [], rules: [] };
    let release: (() => void) | undefined;
    let zone = sources.zone;
    if (!zone) {
      if (platform === 'win32' && policy.clock.timeZone) {
        const shell = acquirePowerShell();
        release = shell.release;
        zone = windowsZoneSource(shell.session);
      } else zone = linuxZoneSource();
    }
    return {
      probes: [clockOffsetProbe(policy.clock, sources.query), timeZoneProbe(policy.clock, zone, sources.now)],
      rules: [clockOffsetRule, timeZoneRule],
      dispose: () => release?.(),
    };
  };
}
