import type { Policy } from '../../shared/policy/policy-schema';
import type { CoreStatus } from '../../shared/protocol/contract';
import { backupConfigured as backupAreaConfigured } from '../../shared/policy/backup-policy';

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
 * Whether "Back up now" has something to do: the same rule as the backup area's (sources, a
 * destination, enabled), so the menu never opens a backup view that says "not configured".
 */
export function backupConfigured(policy: Policy): boolean {
  return backupAreaConfigured(policy.backup);
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
