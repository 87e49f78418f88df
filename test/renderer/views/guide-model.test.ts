import { describe, expect, it } from 'vitest';
import { guideModel } from '../../../renderer/src/views/guide-model';
import { guideFor } from '../../../shared/guides/catalog';
import { fakeGuideView, fakeRecheck, openIncident, printerPaused } from '../support/fixtures';

const guide = guideFor('printer.paused')!;
const base = { guide, loading: false, rechecks: {} };

describe('the guided flow', () => {
  it('says it is loading before the core has answered', () => {
    expect(guideModel({ ...base, loading: true }).status).toEqual({ kind: 'loading', message: { key: 'ui.loading' } });
  });

  it('lists every step, the warning and the closing support step, none done yet', () => {
    const model = guideModel({ ...base, view: fakeGuideView() });
    expect(model.state).toBe('none');
    expect(model.status).toEqual({ kind: 'no-fault', message: { key: 'ui.guide.noFault' } });
    expect(
      model.steps.map((s) => [s.n, s.done, s.markKey, Boolean(s.warnKey), Boolean(s.recheckKey), s.support]),
    ).toEqual([
      [1, false, 'ui.guide.markDone', true, false, false],
      [2, false, 'ui.guide.markDone', false, true, false],
      [3, false, 'ui.guide.markDone', false, false, true],
    ]);
  });

  it('shows since when the fault is open, and which steps are done (offering to undo them)', () => {
    const model = guideModel({ ...base, view: fakeGuideView({ fault: printerPaused, incident: openIncident([1]) }) });
    expect(model.state).toBe('open');
    expect(model.status).toEqual({ kind: 'fault-open', since: printerPaused.since });
    expect(model.steps[0]).toMatchObject({ done: true, markKey: 'ui.guide.markUndone' });
    expect(model.steps[1]).toMatchObject({ done: false, markKey: 'ui.guide.markDone' });
  });

  it('says the problem is solved when the fault cleared by itself', () => {
    const model = guideModel({ ...base, view: fakeGuideView({ incident: openIncident([1, 2], 'completed') }) });
    expect(model.state).toBe('completed');
    expect(model.status).toEqual({
      kind: 'completed',
      message: { key: 'ui.guide.completed' },
      at: '2026-11-10T08:05:00.000Z',
    });
    expect(model.progress).toEqual({ current: 3, total: 3, done: 2 });
    expect(model.steps.some((s) => s.current)).toBe(false);
  });

  it('says which step the user is at, "step 2 of 3", and how many are done', () => {
    const model = guideModel({ ...base, view: fakeGuideView({ fault: printerPaused, incident: openIncident([1]) }) });
    expect(model.progress).toEqual({ current: 2, total: 3, done: 1 });
    expect(model.steps.map((s) => s.current)).toEqual([false, true, false]);
  });

  it('points to the help request once every step is done and the fault is still there', () => {
    const stuck = guideModel({
      ...base,
      view: fakeGuideView({ fault: printerPaused, incident: openIncident([1, 2]) }),
    });
    expect(stuck.needsSupport).toBe(true);
    const going = guideModel({ ...base, view: fakeGuideView({ fault: printerPaused, incident: openIncident([1]) }) });
    expect(going.needsSupport).toBe(false);
  });

  it('disables the busy step only, its re-check saying "checking"', () => {
    const model = guideModel({ ...base, view: fakeGuideView(), busyStep: 2 });
    expect(model.steps.map((s) => s.busy)).toEqual([false, true, false]);
    expect(model.steps[1]?.recheckKey).toBe('ui.checking');
  });

  it('tells the outcome of a step re-check: worked, or not yet with the failing reading', () => {
    const view = fakeGuideView({ fault: printerPaused });
    const notYet = guideModel({ ...base, view, rechecks: { 2: fakeRecheck(false, view) } });
    expect(notYet.steps[1]?.outcome).toEqual({
      kind: 'not-yet',
      message: { key: 'ui.guide.notYet' },
      failing: { key: 'check.printer.queue.paused', params: { printer: 'Invoice' } },
    });
    const worked = guideModel({ ...base, view, rechecks: { 2: fakeRecheck(true, view) } });
    expect(worked.steps[1]?.outcome).toEqual({ kind: 'worked', message: { key: 'ui.guide.worked' } });
    const none = guideModel({
      ...base,
      view,
      rechecks: { 2: { ...fakeRecheck(true, view), ran: false, worked: false } },
    });
    expect(none.steps[1]?.outcome).toEqual({ kind: 'no-check', message: { key: 'ui.guide.noCheck' } });
  });

  it('carries the store notice and the failure to show', () => {
    const failure = { code: 'unavailable', detail: 'the core is restarting' } as const;
    const notice = { key: 'guides.store.corrupt' };
    expect(guideModel({ ...base, view: fakeGuideView({ notice }), failure })).toMatchObject({ notice, failure });
  });
});
