import { describe, expect, it } from 'vitest';
import { afterSnapshot, verdictChanged } from '../../../renderer/src/store/snapshot-effects';
import { fakeSnapshot } from '../../support/fake-snapshot';
import { printerPaused } from '../support/fixtures';

describe('what a new snapshot changes', () => {
  it('announces nothing for the window’s first snapshot, and the verdict when it says something new', () => {
    const ok = fakeSnapshot();
    const first = afterSnapshot({ cardHistory: {} }, ok);
    expect(first.announcement).toBeUndefined();
    const broken = fakeSnapshot({ overall: 'fault', faults: [printerPaused], updatedAt: '2026-11-27T08:01:00.000Z' });
    const next = afterSnapshot({ snapshot: ok, cardHistory: first.cardHistory }, broken);
    expect(next.announcement).toEqual({ seq: 1, kind: 'changed', verdict: broken.verdict });
    expect(next.cardHistory.printer).toEqual({ tone: 'fault', since: '2026-11-27T08:01:00.000Z' });
    expect(afterSnapshot({ snapshot: broken, ...next }, broken).announcement).toBeUndefined();
  });

  it('tells verdicts apart by the answer and by what to fix first', () => {
    expect(verdictChanged(undefined, { canInvoice: 'yes' })).toBe(false);
    expect(verdictChanged({ canInvoice: 'no', faultId: 'a' }, { canInvoice: 'no', faultId: 'b' })).toBe(true);
    expect(verdictChanged({ canInvoice: 'yes' }, { canInvoice: 'yes' })).toBe(false);
  });
});
