// @vitest-environment node
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quitAtLogin, startAtLoginState, loginArgs } from '../../../electron/main/start-at-login';
import { applyLoginItem, createStartAtLogin } from '../../../electron/main/login-item';
import { applyLinuxAutostart, autostartEntry, autostartPlaces } from '../../../electron/main/linux-autostart';
import { readUserSettings, writeUserSettings } from '../../../electron/main/user-settings';

describe('start at login: who decides', () => {
  it('the policy, when it says always or never', () => {
    for (const choice of [true, false, undefined]) {
      expect(startAtLoginState('always', choice)).toEqual({ enabled: true, policy: 'always', canChange: false });
      expect(startAtLoginState('never', choice)).toEqual({ enabled: false, policy: 'never', canChange: false });
    }
  });

  it('the user, when the policy leaves it to them: on until they turn it off', () => {
    expect(startAtLoginState('user', undefined)).toEqual({ enabled: true, policy: 'user', canChange: true });
    expect(startAtLoginState('user', false)).toMatchObject({ enabled: false, canChange: true });
  });

  it('a login start (--login) for someone it is off for quits before doing anything', () => {
    const off = startAtLoginState('never', undefined);
    const on = startAtLoginState('user', undefined);
    expect(quitAtLogin(['InvoiceGuard.exe', '--hidden', '--login'], off)).toBe(true);
    expect(quitAtLogin(['InvoiceGuard.exe', '--hidden', '--login'], on)).toBe(false);
    expect(quitAtLogin(['InvoiceGuard.exe'], off)).toBe(false); // started by hand: runs
    expect(loginArgs).toEqual(['--hidden', '--login']);
  });
});

describe('the settings toggle (getStartAtLogin / setStartAtLogin)', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(path.join(tmpdir(), 'ig-login-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('remembers the user choice in userData/settings.json and applies it', async () => {
    const apply = vi.fn(async () => {});
    const login = await createStartAtLogin({ policy: 'user', userDataDir: dir, apply });
    await expect(login.handlers.getStartAtLogin({})).resolves.toEqual({
      enabled: true,
      policy: 'user',
      canChange: true,
    });
    await expect(login.handlers.setStartAtLogin({ enabled: false })).resolves.toMatchObject({ enabled: false });
    expect(apply).toHaveBeenLastCalledWith(false);
    expect(await readUserSettings(dir)).toEqual({ startAtLogin: false });
    // and a restarted app reads it back
    const again = await createStartAtLogin({ policy: 'user', userDataDir: dir, apply });
    expect(again.state().enabled).toBe(false);
  });

  it('changes nothing when the policy decides, and says so', async () => {
    const apply = vi.fn(async () => {});
    const login = await createStartAtLogin({ policy: 'always', userDataDir: dir, apply });
    await expect(login.handlers.setStartAtLogin({ enabled: false })).resolves.toEqual({
      enabled: true,
      policy: 'always',
      canChange: false,
    });
    expect(apply).not.toHaveBeenCalled();
    expect(await readUserSettings(dir)).toEqual({});
  });

  it('reads a broken settings file as no settings, and keeps other settings when writing', async () => {
    await writeFile(path.join(dir, 'settings.json'), '{not json');
    expect(await readUserSettings(dir)).toEqual({});
    await writeUserSettings(dir, { startAtLogin: true });
    expect(JSON.parse(await readFile(path.join(dir, 'settings.json'), 'utf8'))).toEqual({ startAtLogin: true });
  });
});

describe('applying the login item per platform', () => {
  it('uses Electron’s login item on Windows and macOS, with the login arguments', async () => {
    const app = { isPackaged: true, setLoginItemSettings: vi.fn() };
    await applyLoginItem(true, { app, platform: 'win32', env: {} });
    await applyLoginItem(false, { app, platform: 'darwin', env: {} });
    expect(app.setLoginItemSettings.mock.calls).toEqual([
      [{ openAtLogin: true, args: ['--hidden', '--login'] }],
      [{ openAtLogin: false, args: ['--hidden', '--login'] }],
    ]);
  });

  it('does nothing in development (never registers the bare Electron binary)', async () => {
    const app = { isPackaged: false, setLoginItemSettings: vi.fn() };
    await applyLoginItem(true, { app, platform: 'win32', env: {} });
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
  });
});

describe('XDG autostart on Linux (UOS, Kylin)', () => {
  let root: string;
  let places: ReturnType<typeof autostartPlaces>;
  const userFile = () => path.join(places.userDir, 'invoiceguard.desktop');
  const read = () => readFile(userFile(), 'utf8').catch(() => undefined);

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'ig-autostart-'));
    places = {
      userDir: path.join(root, 'home/.config/autostart'),
      systemFile: path.join(root, 'etc/invoiceguard.desktop'),
    };
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('finds the user folder through XDG_CONFIG_HOME, else ~/.config', () => {
    expect(autostartPlaces({ XDG_CONFIG_HOME: '/x' }, '/home/u').userDir).toBe('/x/autostart');
    expect(autostartPlaces({}, '/home/u')).toEqual({
      userDir: '/home/u/.config/autostart',
      systemFile: '/etc/xdg/autostart/invoiceguard.desktop',
    });
  });

  it('without a machine-wide entry (AppImage): writes its own entry when on, removes it when off', async () => {
    await applyLinuxAutostart(true, '/opt/apps/InvoiceGuard.AppImage', places);
    expect(await read()).toBe(autostartEntry('/opt/apps/InvoiceGuard.AppImage'));
    expect(await read()).toContain('Exec=/opt/apps/InvoiceGuard.AppImage --hidden --login');
    await applyLinuxAutostart(false, '/opt/apps/InvoiceGuard.AppImage', places);
    expect(await read()).toBeUndefined();
  });

  it('with the deb’s machine-wide entry: hides it for this user when off, and lets it be when on', async () => {
    await mkdir(path.dirname(places.systemFile), { recursive: true });
    await writeFile(places.systemFile, '[Desktop Entry]\n');
    await applyLinuxAutostart(false, '/opt/InvoiceGuard/invoiceguard', places);
    expect(await read()).toContain('Hidden=true');
    await applyLinuxAutostart(true, '/opt/InvoiceGuard/invoiceguard', places);
    expect(await read()).toBeUndefined();
  });

  it('quotes an executable path with spaces', () => {
    expect(autostartEntry('/home/li lei/Apps/InvoiceGuard.AppImage')).toContain(
      'Exec="/home/li lei/Apps/InvoiceGuard.AppImage" --hidden --login',
    );
  });
});
