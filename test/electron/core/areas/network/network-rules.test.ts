import { describe, expect, it } from 'vitest';
import { networkVerdictRule } from '../../../../../electron/core/areas/network/network-rules';
import type { Reading } from '../../../../../shared/model/reading';

const reading = (id: string, status: Reading['status'], details: Record<string, unknown>): [string, Reading] => [
  id,
  { id, area: 'network', status, summary: { key: 'k' }, details, checkedAt: '', durationMs: 0 },
];

describe('the network rule over readings', () => {
  it('keeps blaming the firewall while a blocked port is recovering, judged by the attempt that opened it', () => {
    const readings = new Map([
      reading('network.endpoint.etax', 'ok', { host: 'etax.example', port: 443, cause: 'ok', tcpOk: true }),
      reading('network.endpoint.skfp', 'fault', {
        host: 'skfp.example',
        port: 7001,
        cause: 'ok',
        tcpOk: true,
        rawStatus: 'ok',
        downCause: 'timeout',
        downTcpOk: false,
      }),
      reading('disk.space', 'fault', {}),
    ]);
    expect(networkVerdictRule.evaluate(readings)).toEqual([
      {
        id: 'network.port-blocked',
        checkIds: ['network.endpoint.skfp'],
        evidence: { ports: '7001', endpoints: 'skfp' },
      },
    ]);
  });

  it('raises nothing when the core has no network readings (area not configured)', () => {
    expect(networkVerdictRule.evaluate(new Map([reading('disk.space', 'fault', {})]))).toEqual([]);
  });

  it('ignores its own verdict reading and readings still pending', () => {
    const readings = new Map([
      reading('network.verdict', 'fault', {}),
      reading('network.endpoint.a', 'unknown', { host: 'a', port: 443 }),
    ]);
    expect(networkVerdictRule.evaluate(readings)).toEqual([]);
  });
});
