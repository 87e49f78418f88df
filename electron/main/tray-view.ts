import type { Translator } from '../../shared/i18n/translator';
import { verdictText } from '../../shared/i18n/verdict-text';
import type { Snapshot } from '../../shared/model/snapshot';
import type { CoreStatus } from '../../shared/protocol/contract';
import type { TrayIconState } from './tray-icons.generated';

export interface TrayView {
  icon: TrayIconState;
  tooltip: string;
}

/** Windows cuts tray tooltips at 127 characters (NOTIFYICONDATA.szTip); cut them ourselves, visibly. */
export const maxTooltipLength = 127;

function cut(text: string): string {
  return text.length <= maxTooltipLength ? text : `${text.slice(0, maxTooltipLength - 1)}…`;
}

/**
 * Pure: the tray's icon and tooltip. The monitor's own trouble comes first (starting, restarting,
 * stopped after a crash loop: the grey ring, whatever the last snapshot said); then practice mode
 * (its own icon, never a real colour); then the verdict in the user's language.
 */
export function trayView(input: { core: CoreStatus; snapshot?: Snapshot }, t: Translator): TrayView {
  const { core, snapshot } = input;
  if (core.state === 'failed') {
    return {
      icon: 'offline',
      tooltip: cut(
        t.t('tray.coreFailed', {
          maxRestarts: core.crashLoop?.maxRestarts ?? core.restarts,
          windowMinutes: core.crashLoop?.windowMinutes ?? 0,
        }),
      ),
    };
  }
  if (core.state === 'restarting') return { icon: 'offline', tooltip: cut(t.t('tray.coreRestarting')) };
  if (core.state !== 'running' || !snapshot) return { icon: 'offline', tooltip: cut(t.t('tray.coreStarting')) };
  const overall = verdictText(snapshot.verdict, t);
  if (snapshot.simulated) return { icon: 'practice', tooltip: cut(t.t('tray.practice', { overall })) };
  return { icon: snapshot.overall, tooltip: cut(t.t('tray.tooltip', { overall })) };
}
