import type { ClockPolicy } from '../../../../shared/policy/clock-policy';
import type { Probe, ProbeOutcome } from '../../probe';
import { notConfigured, sourceProbe, unreadableOutcome } from '../../source-probe';
import type { ZoneSource } from './zone-source';

/** The machine's zone as the OS reports it to this process: IANA name and current UTC offset in minutes. */
export interface ZoneReading {
  name: string;
  offsetMinutes: number;
}

export const systemZone = (at: Date = new Date()): ZoneReading => ({
  name: Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'unknown',
  offsetMinutes: -at.getTimezoneOffset(),
});

/** UTC offset of an IANA zone at a moment, from Intl ("GMT+08:00"). */
export function zoneOffsetMinutes(zone: string, at: Date): number {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(part ?? '');
  if (!m) return 0; // "GMT" alone is UTC
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * Pure: is the machine in the expected zone? A zone with another name but the same offset now
 * (Asia/Chongqing, PRC, Windows' "China Standard Time" mapped by ICU) counts as right.
 */
export function evaluateTimeZone(actual: ZoneReading, expected: string | null, at: Date): ProbeOutcome {
  if (!expected) return notConfigured({ key: 'check.clock.timezone.notConfigured' }, { zone: actual.name });
  const expectedOffset = zoneOffsetMinutes(expected, at);
  const details = {
    zone: actual.name,
    offset: formatOffset(actual.offsetMinutes),
    expected,
    expectedOffset: formatOffset(expectedOffset),
  };
  if (actual.name === expected || actual.offsetMinutes === expectedOffset)
    return { status: 'ok', summary: { key: 'check.clock.timezone.ok', params: { zone: actual.name } }, details };
  return { status: 'warning', summary: { key: 'check.clock.timezone.wrong', params: details }, details };
}

/** `clock.timezone`: reads the OS zone fresh each run (see zone-source.ts); cheap, every 5 minutes at most. */
export function timeZoneProbe(policy: ClockPolicy, zone: ZoneSource, now: () => number = Date.now): Probe {
  return sourceProbe({
    id: 'clock.timezone',
    area: 'clock',
    intervalMs: Math.min(policy.intervalSeconds, 300) * 1000,
    timeoutMs: 8000,
    read: zone,
    evaluate(actual) {
      if (!actual.ok) return unreadableOutcome(actual, { key: 'check.clock.timezone.unreadable' });
      const outcome = evaluateTimeZone(actual, policy.timeZone, new Date(now()));
      return { ...outcome, details: { ...outcome.details, source: actual.source } };
    },
  });
}
