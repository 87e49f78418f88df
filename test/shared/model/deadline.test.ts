import { describe, expect, it } from 'vitest';
import { withDeadlineReached } from '../../../shared/model/deadline';
import { fakeReading, fakeSnapshot } from '../../support/fake-snapshot';

describe('a snapshot at the deadline', () => {
  it('reads the checks still running as unknown, says why, and recomputes the overall state', () => {
    const running = fakeReading({
      id: 'network.endpoint.etax',
      area: 'network',
      status: 'unknown',
      summary: { key: 'check.pending' },
      checkedAt: '',
    });
    const snapshot = withDeadlineReached(fakeSnapshot({ checks: [fakeReading(), running] }), 20);
    expect(snapshot.checks[0]).toEqual(fakeReading());
    expect(snapshot.checks[1]).toMatchObject({
      id: 'network.endpoint.etax',
      status: 'unknown',
      summary: { key: 'check.deadline', params: { seconds: 20 } },
      details: { error: 'deadline', deadlineSeconds: 20 },
    });
    expect(snapshot.overall).toBe('warning');
    expect(snapshot.verdict.canInvoice).toBe('attention');
  });

  it('leaves a snapshot whose checks all finished as it is', () => {
    const done = fakeSnapshot();
    expect(withDeadlineReached(done, 20)).toEqual(done);
  });
});
