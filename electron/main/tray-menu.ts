import type { Policy } from '../../shared/policy/policy-schema';
import type { CoreStatus } from '../../shared/protocol/contract';

export type TrayAction =
  'open' | 'checkNow' | 'readiness' | 'backupNow' | 'practice' | 'endPractice' | 'support' | 'restartMonitor' | 'quit';

export type TrayMenuEntry = { action: TrayAction; labelKey: string; enabled: boolean } | { separator: true };

export interface TrayMenuInput {
  core: CoreStatus['state'];
  practiceActive: boolean;
  backupConfigured: boolean;
  /** Policy app.allowQuit. */
  allowQuit: boolean;
}

/**
 * Whether the policy configures a backup with something to back up. The backup feature adds its
 * `backup` section to the policy; until then no policy has one and "Back up now" stays hidden.
 */
export function backupConfigured(policy: Policy): boolean {
  const backup = (policy as { backup?: { sources?: unknown } }).backup;
  return Array.isArray(backup?.sources) && backup.sources.length > 0;
}

const item = (action: TrayAction, enabled = true): TrayMenuEntry => ({
  action,
  labelKey: `tray.menu.${action}`,
  enabled,
});

/**
 * Pure: the tray menu for a state. Checking now and backing up need a running monitor; "Restart the
 * monitor" appears only once it stopped after a crash loop; "Quit" only if the policy allows it.
 */
export function trayMenu(input: TrayMenuInput): TrayMenuEntry[] {
  const running = input.core === 'running';
  const entries: TrayMenuEntry[] = [item('open'), item('checkNow', running), item('readiness'), { separator: true }];
  if (input.backupConfigured) entries.push(item('backupNow', running));
  entries.push(input.practiceActive ? item('endPractice') : item('practice'), item('support'));
  const tail: TrayMenuEntry[] = [];
  if (input.core === 'failed') tail.push(item('restartMonitor'));
  if (input.allowQuit) tail.push(item('quit'));
  return tail.length ? [...entries, { separator: true }, ...tail] : entries;
}
