import { describe, expect, it } from 'vitest';
import { readinessModel } from '../../../renderer/src/views/readiness-model';
import { fakeReading, fakeSnapshot } from '../../support/fake-snapshot';
import { fakeReadiness, printerPaused } from '../support/fixtures';

const unavailable = { code: 'unavailable', detail: 'the core is restarting' } as const;

describe('the readiness view', () => {
  it('is loading until the first answer', () => {
    expect(readinessModel({ busy: true, pending: {} })).toEqual({ kind: 'loading', message: { key: 'ui.loading' } });
    expect(readinessModel({ busy: false })).toMatchObject({ kind: 'loading' });
  });

  it('shows only the failure when there is nothing to show yet', () => {
    expect(readinessModel({ busy: false, failure: unavailable })).toEqual({ kind: 'failed', failure: unavailable });
  });

  it('answers with the snapshot’s verdict, in its colours, with the filing period and task states', () => {
    const snapshot = fakeSnapshot({ overall: 'fault', faults: [printerPaused] });
    const model = readinessModel({ busy: false, data: fakeReadiness({ canInvoice: 'no' }) }, snapshot);
    expect(model).toMatchObject({
      kind: 'ready',
      verdict: { canInvoice: 'no', faultId: 'printer.paused' },
      look: 'fault',
      deadlineKey: 'readiness.deadline.on-track',
      mode: 'tax-device',
      filing: {
        period: {
          key: 'readiness.filing.period',
          params: { start: '2026-11-01', deadline: '2026-11-15', today: '2026-11-10' },
        },
        reportedKey: 'readiness.filing.yes',
        clearedKey: 'readiness.filing.no',
      },
    });
    expect(model).not.toHaveProperty('failure');
  });

  it('on a fully digital PC leaves out 抄报 and 清卡', () => {
    const snapshot = fakeSnapshot({ invoicing: { mode: 'digital', because: 'default' } });
    const model = readinessModel({ busy: false, data: fakeReadiness() }, snapshot);
    expect(model).toMatchObject({ kind: 'ready', mode: 'digital' });
    expect(model).not.toHaveProperty('filing');
  });

  it('marks the checks not made (grey, with their reason) and lists them last', () => {
    const snapshot = fakeSnapshot({
      checks: [fakeReading({ id: 'clock.offset', status: 'unknown', notChecked: true }), fakeReading()],
    });
    const data = fakeReadiness({
      checks: [
        {
          id: 'clock.offset',
          status: 'unknown',
          notChecked: true,
          summary: { key: 'check.clock.offset.notConfigured' },
        },
        { id: 'disk.space', status: 'ok', summary: { key: 'check.disk.space.ok' } },
      ],
    });
    const model = readinessModel({ busy: false, data }, snapshot);
    expect(model.kind === 'ready' && model.checks.map((c) => [c.id, c.notChecked ?? false])).toEqual([
      ['disk.space', false],
      ['clock.offset', true],
    ]);
  });

  it.each([
    ['yes', 'ok'],
    ['at-risk', 'warning'],
    ['no', 'fault'],
  ] as const)('without a snapshot colours "%s" as %s', (canInvoice, look) => {
    expect(readinessModel({ busy: false, data: fakeReadiness({ canInvoice }) })).toMatchObject({ look });
  });

  it('keeps the last answer on screen, with the failure above it, when a reload fails', () => {
    expect(readinessModel({ busy: false, data: fakeReadiness(), failure: unavailable })).toMatchObject({
      kind: 'ready',
      failure: unavailable,
    });
  });
});
