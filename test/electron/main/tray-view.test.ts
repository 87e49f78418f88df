// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { maxTooltipLength, trayView } from '../../../electron/main/tray-view';
import { createTranslator } from '../../../shared/i18n/translator';
import type { Fault } from '../../../shared/model/fault';
import type { Snapshot } from '../../../shared/model/snapshot';
import { verdictOf } from '../../../shared/model/verdict';
import { verdictText } from '../../../shared/i18n/verdict-text';
import type { CoreStatus } from '../../../shared/protocol/contract';
import { fakeSnapshot } from '../../support/fake-snapshot';

const zh = createTranslator('zh-CN');
const en = createTranslator('en');
const running: CoreStatus = { state: 'running', restarts: 0 };
const usb: Fault = {
  id: 'tax-device.missing',
  category: 'hardware',
  severity: 'critical',
  guide: 'tax-device.missing',
  checkIds: [],
  since: '2026-11-27T00:00:00.000Z',
};

function snapshot(overall: Snapshot['overall'], faults: Fault[] = [], simulated = false): Snapshot {
  return fakeSnapshot({ overall, checks: [], faults, simulated, updatedAt: '2026-11-27T00:00:00.000Z' });
}

describe('what the tray shows', () => {
  it.each<[Snapshot['overall'], string]>([
    ['ok', 'verdict.yes'],
    ['warning', 'verdict.attention'],
  ])('%s: its icon and the one-line verdict', (overall, key) => {
    expect(trayView({ core: running, snapshot: snapshot(overall) }, zh)).toEqual({
      icon: overall,
      tooltip: zh.t('tray.tooltip', { overall: zh.t(key) }),
    });
  });

  it('a fault: the fault icon and what stands in the way, in the user language', () => {
    const view = trayView({ core: running, snapshot: snapshot('fault', [usb]) }, zh);
    expect(view.icon).toBe('fault');
    expect(view.tooltip).toContain(zh.t('verdict.no'));
    expect(view.tooltip).toContain(zh.t(`fault.${usb.id}.title`));
    expect(trayView({ core: running, snapshot: snapshot('fault', [usb]) }, en).tooltip).toContain(
      en.t(`fault.${usb.id}.title`),
    );
  });

  it('practice: its own icon and "not real", whatever the scripted state', () => {
    const view = trayView({ core: running, snapshot: snapshot('fault', [usb], true) }, zh);
    expect(view.icon).toBe('practice');
    expect(view.tooltip).toBe(zh.t('tray.practice', { overall: verdictText(verdictOf('fault', [], [usb]), zh) }));
  });

  it('starting, or running with no snapshot yet: the offline ring, "starting"', () => {
    expect(trayView({ core: { state: 'starting', restarts: 0 } }, zh)).toEqual({
      icon: 'offline',
      tooltip: zh.t('tray.coreStarting'),
    });
    expect(trayView({ core: running }, zh).icon).toBe('offline');
  });

  it('restarting: "monitor restarting", even if the last snapshot was green', () => {
    const core: CoreStatus = { state: 'restarting', restarts: 1, retryInMs: 500 };
    expect(trayView({ core, snapshot: snapshot('ok') }, zh)).toEqual({
      icon: 'offline',
      tooltip: zh.t('tray.coreRestarting'),
    });
  });

  it('failed after a crash loop: "monitor stopped, contact support" with the numbers', () => {
    const core: CoreStatus = { state: 'failed', restarts: 5, crashLoop: { maxRestarts: 5, windowMinutes: 10 } };
    const view = trayView({ core, snapshot: snapshot('ok') }, zh);
    expect(view).toEqual({ icon: 'offline', tooltip: zh.t('tray.coreFailed', { maxRestarts: 5, windowMinutes: 10 }) });
    expect(view.tooltip).toContain('技术支持');
    expect(trayView({ core }, en).tooltip).toContain('Contact support');
  });

  it('never passes Windows’ tooltip limit, cutting visibly', () => {
    const long = { ...usb, id: 'x'.repeat(300) }; // an unknown fault id renders as its long key
    const view = trayView({ core: running, snapshot: snapshot('fault', [long]) }, en);
    expect(view.tooltip.length).toBe(maxTooltipLength);
    expect(view.tooltip.endsWith('…')).toBe(true);
  });
});
