import { describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { summarise } from '../../../shared/journal/incident';
import { fakeSnapshot } from '../../support/fake-snapshot';
import { fakeCoreApi, type FakeCoreApi } from '../support/fake-core-api';
import { renderApp, visibleText } from '../support/render-app';
import { fakeIncident, fakeOverview, writingJournal } from '../support/journal-fixtures';
import { windowTranslator } from '../support/test-messages';

const zh = windowTranslator('zh-CN');
const onHistory = { connection: 'connected', route: { view: 'history' }, snapshot: fakeSnapshot() } as const;
const main = () => within(screen.getByRole('main'));
const title = zh.t('fault.printer.paused.title');

function withJournal(core: FakeCoreApi, incidents = [fakeIncident()]) {
  core.answer('listIncidents', (q) => ({
    incidents: incidents.filter((i) => i.practice === (q.practice ?? false)).map(summarise),
    skipped: 0,
    torn: false,
    truncated: false,
  }));
  core.answer('getIncident', ({ id }) => ({ incident: incidents.find((i) => i.id === id)! }));
}

describe('the History view', () => {
  it('says it is reading the journal while the first answer is on its way', async () => {
    const core = fakeCoreApi();
    core.hold('listIncidents');
    renderApp({ core, state: onHistory });
    expect(await main().findByText(zh.t('ui.history.loading'))).toBeTruthy();
  });

  it('lists incidents by display name and shows one’s story, in Chinese, never its id', async () => {
    const core = fakeCoreApi();
    const incident = fakeIncident({
      codes: [{ at: '2026-11-27T08:01:00.000Z', text: '错误 248', recognised: true, code: '248' }],
    });
    withJournal(core, [incident]);
    const { user } = renderApp({ core, state: onHistory });
    const item = await main().findByRole('button', { name: new RegExp(title) });
    expect(visibleText(item)).toContain('未解决');
    await user.click(item);
    const detail = await main().findByRole('region', { name: zh.t('ui.history.details') });
    await within(detail).findByText(/查了错误代码 248/);
    expect(visibleText(detail)).not.toContain('printer.paused');
    expect(core.callsOf('listIncidents')[0]).toMatchObject({ practice: false });
  });

  it('filters by category and status, and keeps drills apart, marked as drills', async () => {
    const core = fakeCoreApi();
    withJournal(core, [fakeIncident(), fakeIncident({ id: 'i30', practice: true })]);
    const { user } = renderApp({ core, state: onHistory });
    await main().findByRole('button', { name: new RegExp(title) });
    await user.selectOptions(main().getByRole('combobox', { name: zh.t('ui.history.category') }), 'network');
    await user.selectOptions(main().getByRole('combobox', { name: zh.t('ui.history.status') }), 'closed');
    expect(core.callsOf('listIncidents').at(-1)).toMatchObject({ category: 'network', status: 'closed' });
    await user.selectOptions(main().getByRole('combobox', { name: zh.t('ui.history.category') }), 'all');
    await user.selectOptions(main().getByRole('combobox', { name: zh.t('ui.history.status') }), 'all');
    await user.click(main().getByRole('radio', { name: zh.t('ui.history.kind.practice') }));
    const drill = await main().findByRole('button', { name: new RegExp(zh.t('ui.history.practiceTag')) });
    expect(drill.closest('[data-incident-id]')?.getAttribute('data-incident-id')).toBe('i30');
    expect(main().getByText(zh.t('ui.history.practiceNote'))).toBeTruthy();
  });

  it('saves the user’s note and says so; a disk that refuses keeps the text and says why', async () => {
    const core = fakeCoreApi();
    withJournal(core);
    core.answer('addIncidentNote', ({ text }) => ({
      saved: true,
      incident: fakeIncident({ notes: [{ at: '2026-11-27T08:05:00.000Z', text }] }),
    }));
    const { user } = renderApp({ core, state: onHistory });
    await user.click(await main().findByRole('button', { name: new RegExp(title) }));
    const note = await main().findByRole('textbox', { name: zh.t('ui.history.note.label') });
    await user.type(note, '打印机卡纸');
    await user.click(main().getByRole('button', { name: zh.t('ui.history.note.save') }));
    expect(await main().findByText(zh.t('ui.history.note.saved'))).toBeTruthy();
    expect(core.callsOf('addIncidentNote')).toEqual([{ id: 'i12', text: '打印机卡纸' }]);
    expect((note as HTMLTextAreaElement).value).toBe('');

    core.answer('addIncidentNote', {
      saved: false,
      error: { key: 'journal.error.diskFull', params: { folder: '/data/journal' } },
    });
    await user.type(note, '第二条');
    await user.click(main().getByRole('button', { name: zh.t('ui.history.note.save') }));
    expect(
      await main().findByText(`备注没有保存：${zh.t('journal.error.diskFull', { folder: '/data/journal' })}`),
    ).toBeTruthy();
    expect((note as HTMLTextAreaElement).value).toBe('第二条');
  });

  it('shows a banner when the journal cannot save, and reloads on the incidents event', async () => {
    const core = fakeCoreApi();
    withJournal(core, []);
    const { store } = renderApp({ core, state: onHistory });
    expect(await main().findByText(zh.t('ui.history.empty'))).toBeTruthy();
    withJournal(core, [fakeIncident()]);
    const full = { key: 'journal.error.diskFull', params: { folder: '/data/journal' } };
    act(() =>
      core.push(
        'incidents',
        fakeOverview([fakeIncident()], { status: { ...writingJournal, mode: 'failing', error: full } }),
      ),
    );
    expect(await main().findByRole('button', { name: new RegExp(title) })).toBeTruthy();
    expect(within(screen.getByRole('alert')).getByText(zh.render(full))).toBeTruthy();
    expect(store.getState().incidents?.open).toHaveLength(1);
  });

  it('exports the CSV the core made as a download', async () => {
    const core = fakeCoreApi();
    withJournal(core);
    core.answer('exportIncidents', { csv: '\uFEFF编号,故障\r\n', fileName: 'invoiceguard-incidents.csv', count: 1 });
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => (created.push(blob), 'blob:csv'));
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = renderApp({ core, state: onHistory });
    await user.click(await main().findByRole('button', { name: zh.t('ui.history.export') }));
    expect(
      await main().findByText(zh.t('ui.history.exported', { count: 1, file: 'invoiceguard-incidents.csv' })),
    ).toBeTruthy();
    expect(core.callsOf('exportIncidents')[0]).toMatchObject({ language: 'zh-CN', query: { practice: false } });
    expect(click).toHaveBeenCalledOnce();
    expect(created[0]!.type).toBe('text/csv;charset=utf-8');
    click.mockRestore();
  });

  it('says in Chinese when the journal cannot be read, and while the core restarts', async () => {
    const core = fakeCoreApi();
    core.fail('listIncidents', 'unavailable', 'the core is restarting');
    renderApp({ core, state: onHistory });
    expect(await main().findByText(zh.t('ui.error.unavailable'))).toBeTruthy();
  });
});
