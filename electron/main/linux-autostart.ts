import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loginArgs } from './start-at-login';

/** The desktop file's name, the same as the deb's machine-wide entry (build/linux/autostart.desktop). */
export const autostartFileName = 'invoiceguard.desktop';

export interface AutostartPlaces {
  /** The user's folder: $XDG_CONFIG_HOME/autostart, else ~/.config/autostart. */
  userDir: string;
  /** Where the deb puts the machine-wide entry. */
  systemFile: string;
}

export function autostartPlaces(env: NodeJS.ProcessEnv, home: string): AutostartPlaces {
  const config = env.XDG_CONFIG_HOME || path.join(home, '.config');
  return { userDir: path.join(config, 'autostart'), systemFile: path.join('/etc/xdg/autostart', autostartFileName) };
}

/** Desktop Entry values are strings; an Exec argument with spaces is quoted (freedesktop Exec rules). */
const quoteExec = (arg: string): string => (/[\s"'\\$`]/.test(arg) ? `"${arg.replace(/(["\\$`])/g, '\\$1')}"` : arg);

/** The user's own entry: starts this executable (the AppImage itself when run as one) at login. */
export function autostartEntry(executable: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=InvoiceGuard',
    'Name[zh_CN]=开票卫士',
    `Exec=${[executable, ...loginArgs].map(quoteExec).join(' ')}`,
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** An entry of the same name with Hidden=true switches the machine-wide one off for this user (XDG autostart). */
export const hiddenEntry = ['[Desktop Entry]', 'Type=Application', 'Name=InvoiceGuard', 'Hidden=true', ''].join('\n');

const exists = (file: string): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false,
  );

/**
 * Linux has no per-user login item in Electron: the XDG autostart folder is it. On: the machine
 * entry is enough if the deb installed one, else our own. Off: hide the machine entry, or remove ours.
 */
export async function applyLinuxAutostart(
  enabled: boolean,
  executable: string,
  places: AutostartPlaces,
): Promise<void> {
  const userFile = path.join(places.userDir, autostartFileName);
  const machineWide = await exists(places.systemFile);
  if (enabled === machineWide) {
    await rm(userFile, { force: true });
    return;
  }
  await mkdir(places.userDir, { recursive: true });
  await writeFile(userFile, enabled ? autostartEntry(executable) : hiddenEntry);
}
