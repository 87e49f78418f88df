import { describe, expect, it } from 'vitest';
import { causeKey, networkModel } from '../../../renderer/src/views/network-model';
import type { Fault } from '../../../shared/model/fault';
import type { Reading } from '../../../shared/model/reading';
import { fakeReading, fakeSnapshot } from '../../support/fake-snapshot';

const endpoint = (name: string, status: Reading['status'], details: Record<string, unknown>): Reading =>
  fakeReading({
    id: `network.endpoint.${name}`,
    area: 'network',
    status,
    summary: { key: 'check.network.endpoint.ok' },
    details: { host: `${name}.example.cn`, port: 7001, ...details },
  });
const portBlocked: Fault = {
  id: 'network.port-blocked',
  category: 'network',
  severity: 'critical',
  guide: 'network.port-blocked',
  checkIds: ['network.endpoint.upload'],
  since: '2026-11-27T07:59:00.000Z',
};

describe('the network view', () => {
  it('puts the "us or them" verdict on top, each platform with its cause in words and its history', () => {
    const snapshot = fakeSnapshot({
      checks: [
        fakeReading({ id: 'network.link', area: 'network', status: 'ok' }),
        endpoint('etax', 'ok', {
          cause: 'ok',
          history: [
            { at: 1, ms: 38 },
            { at: 2, ms: 41 },
          ],
        }),
        endpoint('upload', 'fault', {
          cause: 'timeout',
          tcpOk: false,
          history: [
            { at: 1, ms: null },
            { at: 2, ms: 'x' },
          ],
        }),
        fakeReading({
          id: 'network.verdict',
          area: 'network',
          status: 'fault',
          summary: { key: 'network.verdict.portBlocked' },
          details: { scope: 'firewall' },
        }),
      ],
      faults: [portBlocked],
    });
    const model = networkModel(snapshot);
    expect(model.kind).toBe('ready');
    if (model.kind !== 'ready') return;
    expect(model.verdict).toEqual({
      tone: 'fault',
      scopeKey: 'ui.network.scope.firewall',
      message: { key: 'network.verdict.portBlocked' },
    });
    expect(model.platforms.map((p) => [p.id, p.tone, p.causeKey, p.history.length])).toEqual([
      ['network.endpoint.etax', 'ok', 'ui.network.cause.ok', 2],
      ['network.endpoint.upload', 'fault', 'ui.network.cause.firewall', 2],
    ]);
    expect(model.platforms[1]?.history).toEqual([
      { at: 1, ms: null },
      { at: 2, ms: null },
    ]);
    expect(model.chain).toEqual([
      { id: 'computer', tone: 'ok' },
      { id: 'router', tone: 'not-checked' },
      { id: 'dns', tone: 'not-checked' },
      { id: 'platforms', tone: 'fault' },
    ]);
    expect(model.local.map((c) => c.id)).toEqual(['network.link']);
  });

  it.each([
    [{ cause: 'timeout', tcpOk: false }, 'fault', 'ui.network.cause.no-answer'],
    [{ cause: 'timeout', tcpOk: true }, 'fault', 'ui.network.cause.hung'],
    [{ cause: 'refused' }, 'fault', 'ui.network.cause.refused'],
    [{ cause: 'ok', downCause: 'refused' }, 'fault', 'ui.network.cause.refused'],
    [{ cause: 'nxdomain' }, 'fault', 'ui.network.cause.nxdomain'],
    [{ cause: 'tls-error', tcpOk: true }, 'warning', 'ui.network.cause.tls-only'],
    [{ cause: 'timeout', rawStatus: 'fault' }, 'ok', 'ui.network.cause.confirming'],
    [{ cause: 'weird' }, 'fault', 'ui.network.cause.other'],
  ] as const)('says %o (%s) as %s', (details, status, key) => {
    expect(causeKey(endpoint('x', status, details), new Set())).toBe(key);
  });

  it('says when nothing is configured, grey, without a verdict reading', () => {
    const model = networkModel(fakeSnapshot());
    expect(model.kind === 'ready' && model.verdict.scopeKey).toBe('ui.network.scope.unknown');
    expect(model.kind === 'ready' && model.platforms).toEqual([]);
    expect(networkModel(undefined)).toEqual({ kind: 'waiting' });
  });
});
