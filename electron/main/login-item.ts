import os from 'node:os';
import type { App } from 'electron';
import type { AppPolicy } from '../../shared/policy/app-policy';
import type { RequestHandlers, StartAtLogin } from '../../shared/protocol/contract';
import { applyLinuxAutostart, autostartPlaces } from './linux-autostart';
import { loginArgs, startAtLoginState } from './start-at-login';
import { readUserSettings, writeUserSettings } from './user-settings';

/**
 * Puts this user's login entry in line with `enabled`: Electron's login item (HKCU Run on Windows,
 * a login item on macOS), the XDG autostart folder on Linux. Only for the installed app: a
 * development run must not register the bare Electron binary at login.
 */
export async function applyLoginItem(
  enabled: boolean,
  deps: { app: Pick<App, 'isPackaged' | 'setLoginItemSettings'>; platform: NodeJS.Platform; env: NodeJS.ProcessEnv },
): Promise<void> {
  if (!deps.app.isPackaged) return;
  if (deps.platform === 'linux') {
    // Inside an AppImage, process.execPath is the mounted copy; $APPIMAGE is the file to start.
    const executable = deps.env.APPIMAGE || process.execPath;
    await applyLinuxAutostart(enabled, executable, autostartPlaces(deps.env, os.homedir()));
    return;
  }
  deps.app.setLoginItemSettings({ openAtLogin: enabled, args: [...loginArgs] });
}

/**
 * Start at login for the signed-in user: the state (policy first, then the user's choice kept in
 * userData/settings.json), and the two requests the settings page calls.
 */
export async function createStartAtLogin(options: {
  policy: AppPolicy['startAtLogin'];
  userDataDir: string;
  apply(enabled: boolean): Promise<void>;
  log?(line: string): void;
}) {
  let choice = (await readUserSettings(options.userDataDir)).startAtLogin;
  const state = (): StartAtLogin => startAtLoginState(options.policy, choice);
  const apply = (): Promise<void> =>
    options.apply(state().enabled).catch((error: unknown) => options.log?.(`login item not updated: ${String(error)}`));

  const handlers: Required<Pick<RequestHandlers, 'getStartAtLogin' | 'setStartAtLogin'>> = {
    getStartAtLogin: async () => state(),
    async setStartAtLogin({ enabled }) {
      if (!state().canChange) return state(); // the policy decides; the page shows the toggle locked
      choice = enabled;
      await writeUserSettings(options.userDataDir, {
        ...(await readUserSettings(options.userDataDir)),
        startAtLogin: enabled,
      });
      await apply();
      return state();
    },
  };
  return { state, apply, handlers };
}
