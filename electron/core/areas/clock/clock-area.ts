import { acquirePowerShell } from '../../exec/powershell-session';
import type { AreaFactory } from '../../probe';
import { clockOffsetProbe, type SntpQuery } from './clock-offset-probe';
import { clockOffsetRule, timeZoneRule } from './clock-rules';
import { timeZoneProbe } from './time-zone-probe';
import { linuxZoneSource, windowsZoneSource, type ZoneSource } from './zone-source';

export interface ClockAreaOptions {
  query?: SntpQuery;
  zone?: ZoneSource;
}

/** The PC clock against the policy's time server, and the machine's time zone. */
export function clockArea(options: ClockAreaOptions = {}): AreaFactory {
  return ({ policy, platform }) => {
    if (!policy.clock.enabled) return { probes: [], rules: [] };
    let release: (() => void) | undefined;
    let zone = options.zone;
    if (!zone) {
      if (platform === 'win32' && policy.clock.timeZone) {
        const shell = acquirePowerShell();
        release = shell.release;
        zone = windowsZoneSource(shell.session);
      } else zone = linuxZoneSource();
    }
    return {
      probes: [clockOffsetProbe(policy.clock, options.query), timeZoneProbe(policy.clock, zone)],
      rules: [clockOffsetRule, timeZoneRule],
      dispose: () => release?.(),
    };
  };
}
