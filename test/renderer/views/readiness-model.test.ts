import { describe, expect, it } from 'vitest';
import { readinessModel } from '../../../renderer/src/views/readiness-model';
import { fakeReadiness } from '../support/fixtures';

const unavailable = { code: 'unavailable', detail: 'the core is restarting' } as const;

describe('the readiness view', () => {
  it('is loading until the first answer', () => {
    expect(readinessModel({ busy: true, pending: {} })).toEqual({ kind: 'loading', message: { key: 'ui.loading' } });
    expect(readinessModel({ busy: false })).toMatchObject({ kind: 'loading' });
  });

  it('shows only the failure when there is nothing to show yet', () => {
    expect(readinessModel({ busy: false, failure: unavailable })).toEqual({ kind: 'failed', failure: unavailable });
  });

  it('answers the question in the dashboard colours, with the filing period and task states', () => {
    const model = readinessModel({ busy: false, data: fakeReadiness({ canInvoice: 'at-risk' }) });
    expect(model).toMatchObject({
      kind: 'ready',
      canInvoice: 'at-risk',
      look: 'warning',
      answerKey: 'readiness.canInvoice.at-risk',
      deadlineKey: 'readiness.deadline.on-track',
      period: {
        key: 'readiness.filing.period',
        params: { start: '2026-11-01', deadline: '2026-11-15', today: '2026-11-10' },
      },
      reportedKey: 'readiness.filing.yes',
      clearedKey: 'readiness.filing.no',
    });
    expect(model).not.toHaveProperty('failure');
  });

  it.each([
    ['yes', 'ok'],
    ['at-risk', 'warning'],
    ['no', 'fault'],
  ] as const)('colours "%s" as %s', (canInvoice, look) => {
    expect(readinessModel({ busy: false, data: fakeReadiness({ canInvoice }) })).toMatchObject({ look });
  });

  it('keeps the last answer on screen, with the failure above it, when a reload fails', () => {
    expect(readinessModel({ busy: false, data: fakeReadiness(), failure: unavailable })).toMatchObject({
      kind: 'ready',
      failure: unavailable,
    });
  });
});
