// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeElectron, type FakeNativeImage } from '../../support/fake-electron';
import { createStatusTray } from '../../../electron/main/tray';
import { trayMenu } from '../../../electron/main/tray-menu';
import { trayIconPngs } from '../../../electron/main/tray-icons.generated';
import { createTranslator } from '../../../shared/i18n/translator';

vi.mock('electron', () => import('../../support/fake-electron'));

const zh = createTranslator('zh-CN');
const menu = trayMenu({ core: 'running', practiceActive: false, backupConfigured: false, allowQuit: true });
const pngOf = (image: FakeNativeImage, i = 0) => image.representations[i]!.buffer!.toString('base64');

describe('the status tray', () => {
  beforeEach(() => fakeElectron.reset());

  it('starts as the offline ring saying the monitor is starting', () => {
    createStatusTray(zh, () => {});
    const tray = fakeElectron.trays[0]!;
    expect(pngOf(tray.image)).toBe(trayIconPngs.offline[16]);
    expect(tray.tooltip).toBe(zh.t('tray.coreStarting'));
  });

  it('shows the state it is given, with the menu in the user language', () => {
    const status = createStatusTray(zh, () => {});
    status.update({ icon: 'warning', tooltip: 'tip' }, menu);
    const tray = fakeElectron.trays[0]!;
    expect(pngOf(tray.image, 3)).toBe(trayIconPngs.warning[32]);
    expect(tray.tooltip).toBe('tip');
    expect(tray.contextMenu!.items.map((i) => i.label ?? i.type)).toEqual([
      zh.t('tray.menu.open'),
      zh.t('tray.menu.checkNow'),
      zh.t('tray.menu.readiness'),
      'separator',
      zh.t('tray.menu.practice'),
      zh.t('tray.menu.support'),
      'separator',
      zh.t('tray.menu.quit'),
    ]);
  });

  it('calls back with the action of a clicked item, and "open" on a left click', () => {
    const onAction = vi.fn();
    const status = createStatusTray(zh, onAction);
    status.update({ icon: 'ok', tooltip: 'ok' }, menu);
    const tray = fakeElectron.trays[0]!;
    tray.contextMenu!.items.find((i) => i.label === zh.t('tray.menu.readiness'))!.click!();
    tray.emit('click');
    expect(onAction.mock.calls).toEqual([['readiness'], ['open']]);
  });

  it('does not replace icon or menu when nothing changed (a snapshot every few seconds)', () => {
    const status = createStatusTray(zh, () => {});
    const tray = fakeElectron.trays[0]!;
    for (let i = 0; i < 20; i++) status.update({ icon: 'ok', tooltip: 'same' }, menu);
    expect(tray.imageSets).toBe(1);
    expect(tray.menuSets).toBe(1);
    status.update({ icon: 'fault', tooltip: 'same' }, menu);
    expect(tray.imageSets).toBe(2);
    expect(tray.menuSets).toBe(1);
  });
});
