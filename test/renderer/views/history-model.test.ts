import { describe, expect, it } from 'vitest';
import {
  historyQuery,
  incidentDetail,
  incidentEvents,
  journalBanner,
  listState,
  noteAnswered,
  noteLine,
  renderRich,
  timelineRows,
  defaultFilter,
} from '../../../renderer/src/views/history-model';
import { summarise } from '../../../shared/journal/incident';
import { fakeIncident, writingJournal } from '../support/journal-fixtures';
import { windowTranslator } from '../support/test-messages';

const zh = windowTranslator('zh-CN');
const now = Date.parse('2026-11-27T09:00:00.000Z');
const list = (incidents = [fakeIncident()], extra = {}) => ({
  incidents: incidents.map(summarise),
  skipped: 0,
  torn: false,
  truncated: false,
  ...extra,
});

describe('the History view model', () => {
  it('asks the journal for the chosen range, category and status, real problems apart from drills', () => {
    expect(historyQuery(defaultFilter, now)).toEqual({ practice: false, since: '2026-11-20T09:00:00.000Z' });
    expect(historyQuery({ range: 'all', category: 'network', status: 'open', practice: true }, now)).toEqual({
      practice: true,
      category: 'network',
      status: 'open',
    });
    expect(historyQuery({ ...defaultFilter, range: 'day' }, now).since).toBe('2026-11-26T09:00:00.000Z');
  });

  it('names each incident by its catalog title, never its id, and says how long it lasted', () => {
    const closed = fakeIncident({ id: 'i9', status: 'closed', closedAt: '2026-11-27T08:30:40.000Z' });
    const gone = fakeIncident({ id: 'i8', faultId: 'retired.fault' });
    const rows = timelineRows([closed, fakeIncident(), gone].map(summarise), { selected: 'i12', now, has: zh.has });
    expect(rows.map((r) => [r.id, r.titleKey, r.statusKey, r.minutes, r.selected])).toEqual([
      ['i9', 'fault.printer.paused.title', 'journal.status.closed', 30, false],
      ['i12', 'fault.printer.paused.title', 'journal.status.open', 60, true],
      ['i8', 'ui.incidents.unknownFault', 'journal.status.open', 60, false],
    ]);
  });

  it('shows loading, the failure, "nothing here" (for drills in their own words), or the rows with warnings', () => {
    const base = { filter: defaultFilter, now, has: zh.has };
    expect(listState(base).kind).toBe('loading');
    const failure = { code: 'unavailable', detail: 'restarting' } as const;
    expect(listState({ ...base, failure })).toEqual({ kind: 'failed', failure });
    expect(listState({ ...base, list: list([]) })).toEqual({ kind: 'empty', key: 'ui.history.empty' });
    expect(listState({ ...base, filter: { ...defaultFilter, practice: true }, list: list([]) })).toMatchObject({
      key: 'ui.history.emptyPractice',
    });
    const ready = listState({ ...base, list: list([fakeIncident()], { truncated: true, skipped: 2 }) });
    expect(ready).toMatchObject({
      kind: 'ready',
      truncated: { key: 'ui.history.truncated', params: { count: 1 } },
      skipped: { key: 'journal.skipped', params: { count: 2 } },
    });
  });

  it('warns when the journal cannot save, in its own words, with the OS text only for IT', () => {
    expect(journalBanner(undefined)).toBeUndefined();
    expect(journalBanner(writingJournal)).toBeUndefined();
    const full = { key: 'journal.error.diskFull', params: { folder: '/data/journal' } };
    expect(journalBanner({ ...writingJournal, mode: 'failing', error: full })).toEqual({ message: full });
    expect(
      journalBanner({
        ...writingJournal,
        mode: 'failing',
        error: { key: 'journal.error.other', params: { folder: '/data', reason: 'EIO: i/o error' } },
      }),
    ).toEqual({ message: { key: 'journal.mode.failing' }, detail: 'EIO: i/o error' });
    expect(journalBanner({ ...writingJournal, mode: 'read-only' })).toEqual({
      message: { key: 'journal.mode.read-only' },
    });
  });

  it('tells an incident’s story in time order, each line from the catalog', () => {
    const incident = fakeIncident({
      status: 'closed',
      closedAt: '2026-11-27T08:20:00.000Z',
      closedHow: 'cleared',
      notes: [{ at: '2026-11-27T08:05:00.000Z', text: '打印机卡纸' }],
      codes: [
        { at: '2026-11-27T08:01:00.000Z', text: '错误 248', recognised: true, code: '248', key: 'code.248' },
        { at: '2026-11-27T08:02:00.000Z', text: 'xyz', recognised: false },
      ],
      steps: [{ at: '2026-11-27T08:03:00.000Z', step: 1, done: true }],
      rechecks: [{ at: '2026-11-27T08:04:00.000Z', step: 1, worked: false, readings: [] }],
      tickets: [{ at: '2026-11-27T08:06:00.000Z', ticket: 't1', state: 'queued' }],
    });
    const lines = incidentEvents(incident).map((e) => renderRich(zh, e.message));
    expect(lines).toEqual([
      '发现问题',
      '查了错误代码 248',
      '查了没有识别的错误代码：xyz',
      '完成了处理步骤第 1 步',
      '复查第 1 步：仍有问题',
      '备注：打印机卡纸',
      '求助：已排队',
      '问题已恢复',
    ]);
    const detail = incidentDetail(incident, zh.has);
    expect(detail).toMatchObject({ titleKey: 'fault.printer.paused.title', open: false });
    expect(detail.facts.map((f) => f.labelKey)).toContain('ui.history.facts.cleared');
  });

  it('says a note was saved, or why the disk refused it (never the OS’s English)', () => {
    expect(noteLine({ kind: 'idle' })).toBeUndefined();
    expect(noteLine(noteAnswered({ saved: true }))).toEqual({ key: 'ui.history.note.saved' });
    const full = noteLine(
      noteAnswered({ saved: false, error: { key: 'journal.error.diskFull', params: { folder: '/data' } } }),
    )!;
    expect(renderRich(zh, full)).toBe(`备注没有保存：${zh.t('journal.error.diskFull', { folder: '/data' })}`);
    const other = noteLine(
      noteAnswered({ saved: false, error: { key: 'journal.error.other', params: { reason: 'EIO' } } }),
    )!;
    expect(renderRich(zh, other)).toBe(`备注没有保存：${zh.t('journal.mode.failing')}`);
    expect(renderRich(zh, other)).not.toContain('EIO');
  });
});
