import type { AppPolicy } from '../../shared/policy/app-policy';
import type { StartAtLogin } from '../../shared/protocol/contract';

/** Arguments of every login entry (installer and per user): start in the tray, and say it is a login start. */
export const loginArgs = ['--hidden', '--login'] as const;

/**
 * Pure: whether the app starts at login for this user. The policy wins (`always`, `never`); with
 * `user` it is the user's choice from the settings, on until they turn it off.
 */
export function startAtLoginState(policy: AppPolicy['startAtLogin'], userChoice: boolean | undefined): StartAtLogin {
  if (policy === 'always') return { enabled: true, policy, canChange: false };
  if (policy === 'never') return { enabled: false, policy, canChange: false };
  return { enabled: userChoice ?? true, policy, canChange: true };
}

/**
 * A start from a machine-wide login entry (the installer's HKLM Run key, /etc/xdg/autostart) for a
 * user who turned it off, or whom the policy says never: quit before doing anything.
 */
export function quitAtLogin(argv: readonly string[], state: StartAtLogin): boolean {
  return argv.includes('--login') && !state.enabled;
}
