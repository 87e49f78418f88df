import { Menu, Tray, nativeImage } from 'electron';
import type { Translator } from '../../shared/i18n/translator';
import { trayIconBitmap, type TrayState } from './tray-icon';

export interface TrayActions {
  open(): void;
  checkNow(): void;
  quit(): void;
}

/** The tray icon accountants glance at: its colour and tooltip are the overall state. */
export function createStatusTray(t: Translator, actions: TrayActions) {
  const iconFor = (state: TrayState) => nativeImage.createFromBitmap(trayIconBitmap(state), { width: 16, height: 16 });
  const tray = new Tray(iconFor('unknown'));
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: t.t('tray.open'), click: actions.open },
      { label: t.t('tray.checkNow'), click: actions.checkNow },
      { type: 'separator' },
      { label: t.t('tray.quit'), click: actions.quit },
    ]),
  );
  tray.on('click', actions.open);
  tray.setToolTip(t.t('app.name'));
  return {
    update(state: TrayState, tooltip: string): void {
      tray.setImage(iconFor(state));
      tray.setToolTip(tooltip);
    },
    destroy: () => tray.destroy(),
  };
}
