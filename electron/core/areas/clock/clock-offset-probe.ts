import type { ClockPolicy } from '../../../../shared/policy/clock-policy';
import type { Probe, ProbeOutcome } from '../../probe';
import { notConfigured, sourceProbe } from '../../source-probe';
import { querySntp, type SntpResult } from './sntp-client';

export type SntpQuery = (server: string, timeoutMs: number, signal: AbortSignal) => Promise<SntpResult>;

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Pure: the SNTP result and the thresholds to the `clock.offset` reading. */
export function evaluateOffset(result: SntpResult, server: string, policy: ClockPolicy): ProbeOutcome {
  if (!result.ok) {
    const timeout = result.problem === 'timeout';
    return {
      status: 'unknown',
      summary: timeout
        ? { key: 'check.clock.offset.noAnswer', params: { server, seconds: round1(policy.queryTimeoutMs / 1000) } }
        : { key: 'check.clock.offset.unreadable', params: { server, problem: result.problem } },
      details: { configured: true, server, error: result.reason },
    };
  }
  const offsetSeconds = round1(result.offsetMs / 1000);
  const size = Math.abs(result.offsetMs) / 1000;
  const status = size > policy.faultOffsetSeconds ? 'fault' : size > policy.maxOffsetSeconds ? 'warning' : 'ok';
  return {
    status,
    summary: {
      key: status === 'ok' ? 'check.clock.offset.ok' : 'check.clock.offset.off',
      params: { server, offsetSeconds },
    },
    // Positive offset: the PC is behind the server.
    details: { configured: true, server, offsetSeconds, delayMs: Math.round(result.delayMs), stratum: result.stratum },
  };
}

/** `clock.offset`: the PC clock against the policy's NTP server; "not configured" (and no packet) without one. */
export function clockOffsetProbe(policy: ClockPolicy, query: SntpQuery = querySntp): Probe {
  const server = policy.ntpServer;
  if (!server)
    return {
      id: 'clock.offset',
      area: 'clock',
      intervalMs: policy.intervalSeconds * 1000,
      timeoutMs: 1000,
      run: async () => notConfigured({ key: 'check.clock.offset.notConfigured' }),
    };
  return sourceProbe({
    id: 'clock.offset',
    area: 'clock',
    intervalMs: policy.intervalSeconds * 1000,
    timeoutMs: policy.queryTimeoutMs + 5000, // + DNS lookup
    read: (signal) => query(server, policy.queryTimeoutMs, signal),
    evaluate: (result) => evaluateOffset(result, server, policy),
  });
}
