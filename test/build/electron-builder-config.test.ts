// The installer configuration, checked offline: electron-builder's own schema validation (the same
// call it makes before any download), the fuses, the targets IT deploys, and the file list its own
// file matcher selects from this repository after `npm run build`. The Electron binary and the
// packaging tools (NSIS, WiX, fpm, appimagetool) are downloads that cannot happen here, so no
// package is built: docs/deployment.md says which steps ran where.
import { existsSync, readFileSync, readdirSync, statSync, type Stats } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const repo = fileURLToPath(new URL('../../', import.meta.url));
type Config = Record<string, unknown> & {
  files: string[];
  extraResources: { from: string; to: string; filter?: string[] }[];
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  win: { target: { target: string; arch: string[] }[]; executableName: string; icon: string };
  nsis: Record<string, unknown>;
  msi: Record<string, unknown>;
  linux: { target: { target: string; arch: string[] }[]; icon: string; desktop: { entry: Record<string, string> } };
  deb: { depends: string[]; fpm: string[] };
  msiProjectCreated: (file: string) => Promise<void>;
};
const config = require('../../build/electron-builder.config.cjs') as Config;
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { getMainFileMatchers } = require('app-builder-lib/out/fileMatcher') as {
  getMainFileMatchers(...args: unknown[]): { createFilter(): (file: string, stat: Stats) => boolean }[];
};
const { withStartAtLogin } = require('../../build/msi-start-at-login.cjs') as { withStartAtLogin(wxs: string): string };
const quietLogger = { isEnabled: false, add() {} };

describe('the electron-builder configuration', () => {
  it('passes electron-builder’s own validation (its schema, checked before any download)', async () => {
    await expect(validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
  });

  it('would be refused if it were wrong (the validation really runs)', async () => {
    // A misspelt option, in a target's section and among the fuses.
    await expect(
      validateConfiguration({ ...config, nsis: { ...config.nsis, perMachin: true } }, quietLogger),
    ).rejects.toThrow(/configuration\.nsis/);
    await expect(
      validateConfiguration({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } }, quietLogger),
    ).rejects.toThrow(/configuration\.electronFuses/);
  });

  it('flips the Electron fuses the security checklist asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
    expect(config.asar).toBe(true);
  });

  it('builds NSIS and MSI for Windows and deb and AppImage for Linux, each for x64 and arm64', () => {
    const targets = [...config.win.target, ...config.linux.target];
    expect(targets.map((t) => t.target)).toEqual(['nsis', 'msi', 'deb', 'AppImage']);
    for (const t of targets) expect(t.arch).toEqual(expect.arrayContaining(['x64', 'arm64']));
  });

  it('installs per machine, both Windows installers, and the MSI keeps one upgrade code forever', () => {
    expect(config.nsis).toMatchObject({ perMachine: true, oneClick: false, include: 'build/installer.nsh' });
    expect(config.msi).toMatchObject({ perMachine: true, upgradeCode: '6A0C3E52-8B1F-4C7B-9E2D-3F5A7B1C9D40' });
  });

  it('names the product in Chinese and English where users see it, in ASCII where it is a path', () => {
    expect(config.productName).toBe('InvoiceGuard');
    expect(config.win.executableName).toBe('InvoiceGuard');
    expect(config.nsis.shortcutName).toBe('开票卫士 InvoiceGuard');
    expect(config.nsis.uninstallDisplayName).toBe('开票卫士 InvoiceGuard');
    expect(config.msi.shortcutName).toBe('开票卫士 InvoiceGuard');
    expect(config.linux.desktop.entry).toMatchObject({ Name: 'InvoiceGuard', 'Name[zh_CN]': '开票卫士' });
  });

  it('has an icon at every size the targets ask for', () => {
    expect(existsSync(path.join(repo, config.win.icon))).toBe(true);
    const linux = readdirSync(path.join(repo, config.linux.icon)).filter((f) => f.endsWith('.png'));
    expect(linux.sort()).toEqual([
      '128x128.png',
      '16x16.png',
      '24x24.png',
      '256x256.png',
      '32x32.png',
      '48x48.png',
      '512x512.png',
      '64x64.png',
    ]);
  });

  it('keeps Electron’s own runtime libraries in the deb’s dependencies (depends replaces the default list)', () => {
    expect(config.deb.depends).toEqual(expect.arrayContaining(['libnss3', 'libnotify4', 'libxss1', 'libudev1']));
    expect(config.deb.depends.some((d) => d.startsWith('libgtk-3-0'))).toBe(true);
  });

  it('starts at login per machine: NSIS Run key, the MSI component, the deb’s /etc/xdg/autostart entry', () => {
    const nsh = readFileSync(path.join(repo, 'build/installer.nsh'), 'utf8');
    expect(nsh).toContain('WriteRegStr HKLM "Software\\Microsoft\\Windows\\CurrentVersion\\Run" "InvoiceGuard"');
    expect(nsh).toContain('--hidden --login');
    expect(nsh).toMatch(/!macro customUnInstall[\s\S]*DeleteRegValue HKLM/);

    const autostart = config.deb.fpm.find((a) => a.endsWith('=/etc/xdg/autostart/invoiceguard.desktop'))!;
    const entry = readFileSync(autostart.split('=')[0]!, 'utf8');
    expect(entry).toContain('Exec=/opt/InvoiceGuard/invoiceguard --hidden --login');
    expect(config.deb.fpm).toContain('--deb-no-default-config-files');
  });

  it('adds the start-at-login registry value to the MSI project, and fails loudly if the template changed', async () => {
    const wxs =
      '<Wix><Product>\n<ComponentGroup Id="ProductComponents" Directory="APPLICATIONFOLDER">\n</ComponentGroup></Product></Wix>';
    const withRun = withStartAtLogin(wxs);
    expect(withRun).toContain('<RegistryValue Root="HKLM" Key="Software\\Microsoft\\Windows\\CurrentVersion\\Run"');
    expect(withRun).toContain('&quot;[APPLICATIONFOLDER]InvoiceGuard.exe&quot; --hidden --login');
    expect(withStartAtLogin(withRun)).toBe(withRun); // once only
    expect(() => withStartAtLogin('<Wix/>')).toThrow(/template changed/);

    const dir = await mkdtemp(path.join(tmpdir(), 'ig-msi-'));
    try {
      await writeFile(path.join(dir, 'project.wxs'), wxs);
      await config.msiProjectCreated(path.join(dir, 'project.wxs'));
      expect(await readFile(path.join(dir, 'project.wxs'), 'utf8')).toBe(withRun);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** What electron-builder's own file matcher puts into app.asar from this repository (node_modules aside). */
function packagedFiles(): string[] {
  const platformPackager = {
    info: {
      projectDir: repo,
      buildResourcesDir: 'build',
      config,
      isPrepackedAppAsar: false,
      debugLogger: quietLogger,
    },
  };
  const [matcher] = getMainFileMatchers(
    repo,
    '/app',
    (s: string) => s,
    {},
    platformPackager,
    path.join(repo, 'release'),
    false,
  );
  const filter = matcher!.createFilter();
  const picked: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name === '.git') continue; // dependencies are collected separately
      const file = path.join(dir, name);
      const stat = statSync(file);
      if (!filter(file, stat)) continue;
      if (stat.isDirectory()) walk(file);
      else picked.push(path.relative(repo, file).split(path.sep).join('/'));
    }
  };
  walk(repo);
  return picked.sort();
}

describe('the packaged file list (after `npm run build`)', () => {
  let files: string[];
  beforeAll(() => {
    if (!existsSync(path.join(repo, 'dist/main.cjs'))) {
      throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    }
    files = packagedFiles();
  });

  it('contains what the app needs: main, preload, core, CLI, the renderer and package.json', () => {
    for (const needed of [
      'package.json',
      'dist/main.cjs',
      'dist/preload.cjs',
      'dist/core.cjs',
      'dist/cli.cjs',
      'dist/renderer/index.html',
    ]) {
      expect(files).toContain(needed);
    }
    expect(files.some((f) => f.startsWith('dist/renderer/assets/') && f.endsWith('.js'))).toBe(true);
  });

  it('leaves out the browser harness, source maps, sources, tests, benches and build resources', () => {
    expect(files).not.toContain('dist/dev-web.cjs');
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const prefix of [
      'electron/',
      'renderer/',
      'shared/',
      'test/',
      'bench/',
      'scripts/',
      'build/',
      'docs/',
      'scenarios/',
      'release/',
    ]) {
      expect(
        files.filter((f) => f.startsWith(prefix)),
        prefix,
      ).toEqual([]);
    }
    expect(files.every((f) => f === 'package.json' || f.startsWith('dist/'))).toBe(true);
  });

  it('ships the policy schema and example beside the app for IT, the practice scenarios and the CLI kit', () => {
    const resources = config.extraResources.map((r) => `${r.from} → ${r.to}`);
    expect(resources).toEqual([
      'build/policy.schema.json → policy/policy.schema.json',
      'build/policy.example.json → policy/policy.example.json',
      'scenarios → scenarios',
      'dist/cli.cjs → cli/cli.cjs',
      'dist/core.cjs → cli/core.cjs',
      'build/cli → cli',
      'node_modules/systeminformation → cli/node_modules/systeminformation',
      'node_modules/usb → cli/node_modules/usb',
      'node_modules/node-gyp-build → cli/node_modules/node-gyp-build',
    ]);
    for (const r of config.extraResources) expect(existsSync(path.join(repo, r.from)), r.from).toBe(true);
  });

  it('keeps the native USB binding loadable outside the asar archive', () => {
    expect(config.asarUnpack).toEqual(['node_modules/usb/**']);
  });
});
