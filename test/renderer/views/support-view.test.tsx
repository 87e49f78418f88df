import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { fakeSnapshot } from '../../support/fake-snapshot';
import { fakeCoreApi, type FakeCoreApi } from '../support/fake-core-api';
import { renderApp, visibleText } from '../support/render-app';
import { contactsWithIt, fakeIncident, fakeManifest } from '../support/journal-fixtures';
import { windowTranslator } from '../support/test-messages';

const zh = windowTranslator('zh-CN');
const onSupport = { connection: 'connected', route: { view: 'support' }, snapshot: fakeSnapshot() } as const;
const main = () => within(screen.getByRole('main'));

function withSupport(core: FakeCoreApi) {
  core.answer('getSupportContacts', contactsWithIt);
  core.answer('getSupportManifest', fakeManifest);
  core.answer('listSupportTickets', { tickets: [] });
  core.answer('getSupportSummary', {
    subject: '开票卫士求助',
    body: '故障：打印机暂停',
    mailto: 'mailto:it@example.com?subject=x',
  });
}

describe('the support view', () => {
  it('says it is reading the contacts and the bundle’s contents first', async () => {
    const core = fakeCoreApi();
    core.hold('getSupportContacts');
    core.hold('getSupportManifest');
    renderApp({ core, state: onSupport });
    expect(await main().findByText(zh.t('ui.support.contactsLoading'))).toBeTruthy();
    expect(main().getByText(zh.t('ui.support.manifestLoading'))).toBeTruthy();
  });

  it('lists IT, suppliers (unverified marked) and 12366, and what a bundle holds before anything is made', async () => {
    const core = fakeCoreApi();
    withSupport(core);
    renderApp({ core, state: onSupport });
    const it = await main().findByRole('heading', { name: '财务 IT' });
    expect(visibleText(it.closest('li')!)).toContain('010-6000 0000');
    const vendor = main().getByRole('heading', { name: '税控设备服务商' }).closest('li')!;
    expect(visibleText(vendor)).toContain(zh.t('ui.support.unverified'));
    const hotline = main()
      .getByRole('heading', { name: zh.t('support.contact.taxHotline') })
      .closest('li')!;
    expect(visibleText(hotline)).not.toContain('State Taxation');
    expect(await main().findByText(zh.t('support.file.report'))).toBeTruthy();
    expect(core.callsOf('buildSupportBundle')).toEqual([]);
    expect(core.callsOf('sendSupportTicket')).toEqual([]);
  });

  it('names the incident it is about and asks the core about that one', async () => {
    const core = fakeCoreApi();
    withSupport(core);
    core.answer('getIncident', { incident: fakeIncident() });
    renderApp({ core, state: { ...onSupport, route: { view: 'support', params: { incidentId: 'i12' } } } });
    expect(await main().findByText(new RegExp(zh.t('fault.printer.paused.title')))).toBeTruthy();
    expect(core.callsOf('getSupportManifest')[0]).toEqual({ incidentId: 'i12', language: 'zh-CN' });
  });

  it('copies the summary, or shows it selected for Ctrl+C when the clipboard refuses', async () => {
    const core = fakeCoreApi();
    withSupport(core);
    const { user } = renderApp({ core, state: onSupport });
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(await main().findByRole('button', { name: zh.t('ui.support.copy') }));
    expect(await main().findByText(zh.t('ui.support.copyManual'))).toBeTruthy();
    const box = main().getByRole('textbox', { name: zh.t('ui.support.summaryLabel') }) as HTMLTextAreaElement;
    expect(box.value).toBe('开票卫士求助\n\n故障：打印机暂停');
  });

  it('leaves the number for use by hand when the host cannot open links, with no raw error', async () => {
    const core = fakeCoreApi(); // openExternal unscripted: unknown-method, as the harness answers
    withSupport(core);
    const { user } = renderApp({ core, state: onSupport });
    await user.click(await main().findByRole('button', { name: zh.t('ui.support.call', { phone: '12366' }) }));
    expect(await main().findByText(zh.t('ui.support.manual', { target: '12366' }))).toBeTruthy();
    expect(core.callsOf('openExternal')).toEqual([{ url: 'tel:12366' }]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('makes the bundle for the mail draft, shows its folder, and opens IT’s mailto: through the host', async () => {
    const core = fakeCoreApi();
    withSupport(core);
    core.answer('buildSupportBundle', {
      file: '/data/support/invoiceguard-support-1.zip',
      folder: '/data/support',
      bytes: 1000,
      manifest: fakeManifest,
    });
    core.answer('openExternal', { opened: true });
    const { user } = renderApp({ core, state: onSupport });
    await user.click(await main().findByRole('button', { name: zh.t('ui.support.mailDraft') }));
    expect(await main().findByText(zh.t('ui.support.mailOpened'))).toBeTruthy();
    expect(
      main().getByText(zh.t('ui.support.bundleSaved', { folder: '/data/support', file: 'invoiceguard-support-1.zip' })),
    ).toBeTruthy();
    expect(core.callsOf('getSupportSummary').at(-1)).toMatchObject({ withBundle: true });
    expect(core.callsOf('openExternal')).toEqual([{ url: 'mailto:it@example.com?subject=x' }]);
  });

  it('sends a ticket and says its state in plain words (a drill sends nothing), then lists it', async () => {
    const core = fakeCoreApi();
    withSupport(core);
    core.answer('sendSupportTicket', { state: 'practice' });
    const { user } = renderApp({ core, state: onSupport });
    await user.type(await main().findByRole('textbox', { name: zh.t('ui.support.sendNote') }), '很急');
    await user.click(main().getByRole('button', { name: zh.t('ui.support.send') }));
    expect(await main().findByText(zh.t('ui.support.sent.practice'))).toBeTruthy();
    expect(core.callsOf('sendSupportTicket')).toEqual([{ language: 'zh-CN', note: '很急' }]);

    core.answer('sendSupportTicket', { ticket: 't1', state: 'queued' });
    core.answer('listSupportTickets', {
      tickets: [
        {
          id: 't1',
          createdAt: '2026-11-27T08:00:00.000Z',
          state: 'delivered',
          attempts: 1,
          nextAttemptAt: '2026-11-27T08:00:00.000Z',
        },
      ],
    });
    await user.click(main().getByRole('button', { name: zh.t('ui.support.send') }));
    expect(await main().findByText(zh.t('ui.support.sent.queued'))).toBeTruthy();
    expect(await main().findByText(zh.t('ui.support.ticket.delivered'))).toBeTruthy();
  });

  it('says automatic sending is off when no webhook is set', async () => {
    const core = fakeCoreApi();
    withSupport(core);
    core.answer('getSupportContacts', { ...contactsWithIt, webhook: false });
    renderApp({ core, state: onSupport });
    expect(await main().findByText(zh.t('ui.support.sendOff'))).toBeTruthy();
    expect(main().queryByRole('button', { name: zh.t('ui.support.send') })).toBeNull();
  });

  it('says in Chinese when the core is restarting', async () => {
    const core = fakeCoreApi();
    core.fail('getSupportContacts', 'unavailable', 'the core is restarting');
    core.fail('getSupportManifest', 'unavailable', 'the core is restarting');
    renderApp({ core, state: onSupport });
    expect(await main().findByText(zh.t('ui.error.unavailable'))).toBeTruthy();
  });
});
