// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeElectron, Notification } from '../../support/fake-electron';
import { createDesktopNotifier, isSettled, notifiableFaults } from '../../../electron/main/desktop-notifier';
import { createTranslator } from '../../../shared/i18n/translator';
import type { Fault, Severity } from '../../../shared/model/fault';
import type { Snapshot } from '../../../shared/model/snapshot';

vi.mock('electron', () => import('../../support/fake-electron'));

const zh = createTranslator('zh-CN');
const fault = (id: string, severity: Severity = 'critical'): Fault => ({
  id,
  category: 'hardware',
  severity,
  guide: `guide-of-${id}`,
  checkIds: [],
  since: '2026-11-27T00:00:00.000Z',
});
const usb = fault('usb.tax-device.missing');

function notifier(overrides: { enabled?: boolean; maxPerHour?: number } = {}) {
  const open = vi.fn();
  const n = createDesktopNotifier({
    enabled: overrides.enabled ?? true,
    settings: { maxPerHour: overrides.maxPerHour ?? 6, onRecovery: true, coalesceMs: 10_000 },
    t: zh,
    verdict: () => ({ canInvoice: 'yes' }),
    open,
  });
  return { n, open };
}

describe('desktop notifications', () => {
  beforeEach(() => {
    fakeElectron.reset();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('pop up a new critical fault in the user language after the coalescing window; a click opens its guide', async () => {
    const { n, open } = notifier();
    n.observe([]);
    n.observe([usb, fault('disk.space.low', 'warning')]);
    await vi.advanceTimersByTimeAsync(9_999);
    expect(fakeElectron.notifications).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(fakeElectron.notifications).toHaveLength(1);
    const note = fakeElectron.notifications[0]!;
    expect(note.shown).toBe(true);
    expect(note.options).toEqual({
      title: zh.t('notify.faultOpened', { title: zh.t(`fault.${usb.id}.title`) }),
      body: zh.t('notify.faultOpenedBody'),
    });
    note.emit('click');
    expect(open).toHaveBeenCalledWith({ view: 'guide', params: { guideId: usb.guide } });
  });

  it('tell a recovery with the verdict now; a click opens the dashboard', async () => {
    const { n, open } = notifier();
    n.observe([usb]);
    n.observe([]);
    await vi.advanceTimersByTimeAsync(10_000);
    const note = fakeElectron.notifications[0]!;
    expect(note.options.title).toBe(zh.t('notify.recovered', { title: zh.t(`fault.${usb.id}.title`) }));
    expect(note.options.body).toBe(zh.t('notify.recoveredBody', { verdict: zh.t('verdict.yes') }));
    note.emit('click');
    expect(open).toHaveBeenCalledWith({ view: 'dashboard' });
  });

  it('show nothing when the policy turns them off, or the desktop cannot show them', async () => {
    for (const setup of [() => notifier({ enabled: false }), () => ((Notification.supported = false), notifier())]) {
      fakeElectron.reset();
      const { n } = setup();
      n.observe([]);
      n.observe([usb]);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(fakeElectron.notifications).toEqual([]);
    }
  });

  it('wake up by themselves to show a summary when the hour has room again', async () => {
    const { n } = notifier({ maxPerHour: 1 });
    n.observe([]);
    n.observe([usb]);
    await vi.advanceTimersByTimeAsync(10_000);
    n.observe([]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fakeElectron.notifications).toHaveLength(1); // the recovery is held
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(fakeElectron.notifications).toHaveLength(2);
    expect(fakeElectron.notifications[1]!.options.title).toBe(zh.t('notify.summary'));
  });

  it('start afresh after a rebaseline (practice mode): no pop-up for the difference', async () => {
    const { n } = notifier();
    n.observe([usb]);
    n.rebaseline();
    n.observe([]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fakeElectron.notifications).toEqual([]);
  });
});

describe('what counts', () => {
  it('only critical faults pop up', () => {
    expect(notifiableFaults([usb, fault('disk.space.low', 'warning'), fault('policy.default', 'info')])).toEqual([
      { id: usb.id, guide: usb.guide },
    ]);
  });

  it('a snapshot is settled once no check is still pending (a core that just started is not)', () => {
    const reading = (key: string) => ({
      id: 'disk.space',
      area: 'disk',
      status: 'unknown' as const,
      summary: { key },
      details: {},
      checkedAt: '',
      durationMs: 0,
    });
    const snap = (keys: string[]) => ({ checks: keys.map(reading) }) as unknown as Snapshot;
    expect(isSettled(snap(['check.pending', 'disk.ok']))).toBe(false);
    expect(isSettled(snap(['disk.ok']))).toBe(true);
    expect(isSettled(snap([]))).toBe(true);
  });
});
