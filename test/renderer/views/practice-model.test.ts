import { describe, expect, it } from 'vitest';
import { practiceModel } from '../../../renderer/src/views/practice-model';
import { fakePractice } from '../support/fixtures';

const hasTitle = (key: string) => key !== 'scenario.unknown.title';

describe('the drills list', () => {
  it('says it is loading until the list comes', () => {
    expect(practiceModel({ loading: true, busy: false, hasTitle })).toMatchObject({
      message: { key: 'ui.loading' },
      rows: [],
      stop: { shown: false },
    });
  });

  it('lists every scenario with an enabled start button', () => {
    expect(practiceModel({ state: fakePractice(), loading: false, busy: false, hasTitle })).toEqual({
      rows: [
        { id: 'printer-paused', titleKey: 'scenario.printer-paused.title', active: false, startDisabled: false },
        {
          id: 'tax-device-missing',
          titleKey: 'scenario.tax-device-missing.title',
          active: false,
          startDisabled: false,
        },
      ],
      stop: { shown: false, disabled: false },
    });
  });

  it('marks the drill being played and offers to stop it; buttons wait while a switch runs', () => {
    const model = practiceModel({ state: fakePractice('printer-paused'), loading: false, busy: true, hasTitle });
    expect(model.rows.map((r) => [r.id, r.active, r.startDisabled])).toEqual([
      ['printer-paused', true, true],
      ['tax-device-missing', false, true],
    ]);
    expect(model.stop).toEqual({ shown: true, disabled: true });
  });

  it('shows the id of a scenario whose title is not in the catalog, and says when there are none', () => {
    const state = { scenarios: [{ id: 'custom', titleKey: 'scenario.unknown.title' }], active: null };
    expect(practiceModel({ state, loading: false, busy: false, hasTitle }).rows[0]).not.toHaveProperty('titleKey');
    expect(
      practiceModel({ state: { scenarios: [], active: null }, loading: false, busy: false, hasTitle }).message,
    ).toEqual({ key: 'ui.practice.none' });
  });

  it('carries the failure to show', () => {
    const failure = { code: 'bad-request', detail: 'no practice scenario "x"' } as const;
    expect(practiceModel({ state: fakePractice(), loading: false, busy: false, failure, hasTitle }).failure).toBe(
      failure,
    );
  });
});
