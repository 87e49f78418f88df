import { Menu, Tray, type MenuItemConstructorOptions } from 'electron';
import type { Translator } from '../../shared/i18n/translator';
import type { TrayIconState } from './tray-icons.generated';
import { trayIconImage } from './tray-icon';
import type { TrayAction, TrayMenuEntry } from './tray-menu';
import type { TrayView } from './tray-view';

/**
 * The tray icon accountants glance at: its shape and colour are the state, its tooltip the verdict,
 * a left click opens the dashboard. Icon and menu are replaced only when they change, so a snapshot
 * every few seconds costs nothing.
 */
export function createStatusTray(t: Translator, onAction: (action: TrayAction) => void) {
  const images = new Map<TrayIconState, ReturnType<typeof trayIconImage>>();
  const imageOf = (state: TrayIconState) => {
    let image = images.get(state);
    if (!image) images.set(state, (image = trayIconImage(state)));
    return image;
  };
  let icon: TrayIconState = 'offline';
  let tooltip = t.t('tray.coreStarting');
  let menuKey = '';
  const tray = new Tray(imageOf(icon));
  tray.setToolTip(tooltip);
  tray.on('click', () => onAction('open'));

  return {
    update(view: TrayView, menu: readonly TrayMenuEntry[]): void {
      if (view.icon !== icon) tray.setImage(imageOf((icon = view.icon)));
      if (view.tooltip !== tooltip) tray.setToolTip((tooltip = view.tooltip));
      const key = JSON.stringify(menu);
      if (key === menuKey) return;
      menuKey = key;
      const template: MenuItemConstructorOptions[] = menu.map((entry) =>
        'separator' in entry
          ? { type: 'separator' }
          : { label: t.t(entry.labelKey), enabled: entry.enabled, click: () => onAction(entry.action) },
      );
      tray.setContextMenu(Menu.buildFromTemplate(template));
    },
    destroy: () => tray.destroy(),
  };
}
