import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockArea } from '../../../../../electron/core/areas/clock/clock-area';
import { querySntp } from '../../../../../electron/core/areas/clock/sntp-client';
import { startSntpResponder, type SntpResponder } from '../../../../support/ntp/sntp-responder';
import { startInProcessCore } from '../../../../support/in-process-core';

// Real UDP on loopback: SNTP responders started by this test, one 10 minutes ahead, one silent.

let ahead: SntpResponder;
let exact: SntpResponder;
let silent: SntpResponder;
let garbage: SntpResponder;
let kiss: SntpResponder;

beforeAll(async () => {
  ahead = await startSntpResponder({ kind: 'answer', skewMs: 10 * 60_000 });
  exact = await startSntpResponder({ kind: 'answer', skewMs: 0 });
  silent = await startSntpResponder({ kind: 'silent' });
  garbage = await startSntpResponder({ kind: 'garbage' });
  kiss = await startSntpResponder({ kind: 'kiss' });
});
afterAll(async () => {
  await Promise.all([ahead, exact, silent, garbage, kiss].map((r) => r?.close()));
});

async function check(clock: Record<string, unknown>) {
  const running = startInProcessCore([clockArea()], { clock: { timeZone: null, ...clock } }, { start: false });
  try {
    return await running.client.request('runChecks', { ids: ['clock.offset'] });
  } finally {
    await running.stop();
  }
}

describe('clock.offset against real SNTP servers on loopback', () => {
  it('measures a server 10 minutes ahead as a 600 s offset and raises a critical clock.offset', async () => {
    const snapshot = await check({ ntpServer: `127.0.0.1:${ahead.port}` });
    const reading = snapshot.checks.find((c) => c.id === 'clock.offset');
    expect(reading?.status).toBe('fault');
    expect(reading?.summary.key).toBe('check.clock.offset.off');
    expect(Math.abs(Number(reading?.details.offsetSeconds) - 600)).toBeLessThan(2);
    expect(snapshot.faults).toEqual([
      expect.objectContaining({ id: 'clock.offset', severity: 'critical', guide: 'clock.offset' }),
    ]);
  });

  it('reads a server with the same time as ok', async () => {
    const snapshot = await check({ ntpServer: `127.0.0.1:${exact.port}` });
    expect(snapshot.checks.find((c) => c.id === 'clock.offset')?.status).toBe('ok');
    expect(snapshot.faults).toEqual([]);
  });

  it('gives up on a server that never answers after the policy timeout, as unknown', async () => {
    const snapshot = await check({ ntpServer: `127.0.0.1:${silent.port}`, queryTimeoutMs: 500 });
    const reading = snapshot.checks.find((c) => c.id === 'clock.offset');
    expect(reading).toMatchObject({ status: 'unknown', summary: { key: 'check.clock.offset.noAnswer' } });
    expect(silent.requests()).toBeGreaterThan(0);
    // It waited out the policy's timeout (a lower bound cannot flake on a loaded machine; no upper one).
    expect(reading!.durationMs).toBeGreaterThanOrEqual(490);
    expect(snapshot.faults).toEqual([]);
  });

  it('rejects garbage and kiss-o’-death answers with the reason instead of a made-up offset', async () => {
    const g = await querySntp(`127.0.0.1:${garbage.port}`, 500);
    expect(g).toMatchObject({ ok: false, reason: expect.stringContaining('short reply') });
    const k = await querySntp(`127.0.0.1:${kiss.port}`, 500);
    expect(k).toMatchObject({ ok: false, reason: expect.stringContaining('RATE') });
  });

  it('sends nothing and says "not configured" when the policy names no server', async () => {
    const before = [ahead, exact, silent].map((r) => r.requests());
    const snapshot = await check({});
    // Not checked (grey), never a green "正常" for a clock nobody compared.
    expect(snapshot.checks.find((c) => c.id === 'clock.offset')).toMatchObject({
      status: 'unknown',
      notChecked: true,
      summary: { key: 'check.clock.offset.notConfigured' },
      details: { configured: false },
    });
    expect([ahead, exact, silent].map((r) => r.requests())).toEqual(before);
  });
});
