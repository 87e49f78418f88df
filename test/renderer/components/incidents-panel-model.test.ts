import { describe, expect, it } from 'vitest';
import { incidentsPanelModel } from '../../../renderer/src/components/incidents-panel-model';
import { fakeIncident, fakeOverview } from '../support/journal-fixtures';
import { windowTranslator } from '../support/test-messages';

const zh = windowTranslator('zh-CN');

describe('the dashboard’s incidents line', () => {
  it('waits for the journal, then counts the open incidents and names the last problem', () => {
    expect(incidentsPanelModel(undefined, zh.has)).toBeUndefined();
    const closed = fakeIncident({ id: 'i20', status: 'closed', closedAt: '2026-11-27T09:00:00.000Z' });
    const model = incidentsPanelModel(fakeOverview([closed, fakeIncident()]), zh.has)!;
    expect(model).toEqual({
      practice: false,
      count: { key: 'ui.incidents.openCount', params: { count: 1 } },
      open: [{ id: 'i12', titleKey: 'fault.printer.paused.title', since: '2026-11-27T08:00:00.000Z' }],
      last: {
        titleKey: 'fault.printer.paused.title',
        at: '2026-11-27T08:00:00.000Z',
        statusKey: 'journal.status.closed',
      },
    });
  });

  it('leaves the last problem out while it is one of the open ones', () => {
    expect(incidentsPanelModel(fakeOverview([fakeIncident()]), zh.has)!.last).toBeUndefined();
  });

  it('says when nothing is open or was ever recorded', () => {
    const model = incidentsPanelModel(fakeOverview([]), zh.has)!;
    expect(model.count).toEqual({ key: 'ui.incidents.noneOpen' });
    expect(model.last).toBeUndefined();
  });
});
