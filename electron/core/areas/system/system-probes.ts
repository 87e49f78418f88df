import type { SystemPolicy } from '../../../../shared/policy/system-policy';
import type { Probe, ProbeOutcome } from '../../probe';
import { sourceProbe, unreadableOutcome } from '../../source-probe';
import type { SourceRead } from '../../sources/source-read';
import type { CrashRead, CrashSource } from './crash-events';
import type { OsInfo, OsSource } from './os-source';
import type { SecurityState } from './windows-system-parse';

/** `2026-11-10 09:05` in this PC's own time zone (the core runs on the PC the user looks at). */
function localMinute(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Pure: OS facts to the `system.os` reading; a pending reboot makes it a warning. */
export function evaluateOs(info: OsInfo): ProbeOutcome {
  const uptimeDays = Math.floor(info.uptimeSeconds / 86_400);
  const details = {
    os: info.name,
    uptimeSeconds: info.uptimeSeconds,
    rebootPending: info.rebootPending,
    rebootMarkers: info.rebootMarkers,
    ...(info.rebootError ? { rebootError: info.rebootError } : {}),
  };
  if (info.rebootPending)
    return { status: 'warning', summary: { key: 'check.system.os.rebootPending', params: { os: info.name } }, details };
  return { status: 'ok', summary: { key: 'check.system.os.ok', params: { os: info.name, uptimeDays } }, details };
}

/** Pure: crash events in the window to the `system.crashes` reading. */
export function evaluateCrashes(read: CrashRead, days: number): ProbeOutcome {
  if (!read.ok) {
    const key =
      read.problem === 'tool-missing'
        ? 'check.system.crashes.toolMissing'
        : read.problem === 'not-available'
          ? 'check.system.crashes.noHistory'
          : 'check.system.crashes.unreadable';
    return unreadableOutcome(read, { key });
  }
  const events = [...read.events].sort((a, b) => b.at - a.at);
  const details = {
    days,
    events: events.slice(0, 20).map((e) => ({ at: new Date(e.at).toISOString(), kind: e.kind, source: e.source })),
    blueScreens: events.filter((e) => e.kind === 'blue-screen').length,
  };
  if (!events.length) return { status: 'ok', summary: { key: 'check.system.crashes.ok', params: { days } }, details };
  return {
    status: 'warning',
    summary: {
      key: 'check.system.crashes.found',
      params: { days, count: events.length, last: localMinute(events[0]?.at ?? 0) },
    },
    details,
  };
}

/** Pure: antivirus and firewall state to the `security.status` reading. */
export function evaluateSecurity(state: SourceRead<SecurityState>): ProbeOutcome {
  if (!state.ok) return unreadableOutcome(state, { key: 'check.security.status.unreadable' });
  const details = {
    avOn: state.avOn,
    avProducts: state.avProducts,
    firewallOff: state.firewallOff,
    errors: state.reasons,
  };
  const avOff = state.avOn === false;
  const fwOff = !!state.firewallOff?.length;
  if (state.avOn === null && state.firewallOff === null)
    return {
      status: 'unknown',
      summary: { key: 'check.security.status.unreadable', params: { problem: 'unreadable' } },
      details,
    };
  if (avOff && fwOff) return { status: 'warning', summary: { key: 'check.security.status.bothOff' }, details };
  if (avOff) return { status: 'warning', summary: { key: 'check.security.status.avOff' }, details };
  if (fwOff)
    return {
      status: 'warning',
      summary: { key: 'check.security.status.firewallOff', params: { count: state.firewallOff?.length ?? 0 } },
      details,
    };
  return { status: 'ok', summary: { key: 'check.security.status.ok' }, details };
}

/** `system.os`: OS, version, uptime, pending reboot. Cheap; every 10 minutes by default. */
export function systemOsProbe(policy: SystemPolicy, source: OsSource): Probe {
  return sourceProbe({
    id: 'system.os',
    area: 'system',
    intervalMs: policy.intervalSeconds * 1000,
    timeoutMs: 12_000,
    read: source,
    evaluate: (read) => (read.ok ? evaluateOs(read) : unreadableOutcome(read, { key: 'check.system.os.unreadable' })),
  });
}

/** `system.crashes`: unexpected shutdowns and blue screens in the system log; hourly by default. */
export function systemCrashesProbe(policy: SystemPolicy, source: CrashSource): Probe {
  return sourceProbe({
    id: 'system.crashes',
    area: 'system',
    intervalMs: policy.logIntervalSeconds * 1000,
    timeoutMs: 60_000,
    read: (signal) => source(policy.crashLookbackDays, signal),
    evaluate: (read) => evaluateCrashes(read, policy.crashLookbackDays),
    required: policy.crashLog === true,
  });
}

export type SecuritySource = (signal: AbortSignal) => Promise<SourceRead<SecurityState>>;

/** `security.status`: antivirus and firewall (Windows). */
export function securityProbe(policy: SystemPolicy, source: SecuritySource): Probe {
  return sourceProbe({
    id: 'security.status',
    area: 'system',
    intervalMs: policy.securityIntervalSeconds * 1000,
    timeoutMs: 30_000,
    read: source,
    evaluate: evaluateSecurity,
  });
}
