// electron-builder configuration (`npm run dist`): what ships, how it is hardened, and the
// installers IT pushes to every workstation (docs/deployment.md). Validated offline by
// test/build/electron-builder-config.test.ts with electron-builder's own schema check.
//
// What ships in app.asar: the built main, preload, core and CLI bundles and the renderer, plus the
// two runtime packages that cannot be bundled (usb is native, systeminformation probes the OS at
// run time). Never the browser harness (dist/dev-web.cjs), source maps, tests or benches.
const path = require('node:path');
const { addStartAtLoginToMsi } = require('./msi-start-at-login.cjs');

/** Electron's runtime libraries (electron-builder's own default list, which `depends` replaces) and libudev for usb. */
const debDepends = [
  'libgtk-3-0 | libgtk-3-0t64',
  'libnotify4',
  'libnss3',
  'libxss1',
  'libxtst6',
  'xdg-utils',
  'libatspi2.0-0 | libatspi2.0-0t64',
  'libuuid1',
  'libsecret-1-0',
  'libudev1',
];

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'cn.invoiceguard.desktop',
  // ASCII, because it names the install folders (C:\Program Files\InvoiceGuard, /opt/InvoiceGuard);
  // the Chinese name is on every shortcut, menu entry and uninstall entry below.
  productName: 'InvoiceGuard',
  executableName: 'invoiceguard',
  copyright: 'InvoiceGuard 开票卫士',
  artifactName: 'InvoiceGuard-${version}-${os}-${arch}.${ext}',
  directories: { output: 'release', buildResources: 'build' },
  files: ['package.json', 'dist/**', '!dist/dev-web.cjs', '!dist/**/*.map'],
  extraResources: [
    // Beside the app for IT: validate a policy before deploying it (docs/policy.md).
    { from: 'build/policy.schema.json', to: 'policy/policy.schema.json' },
    { from: 'build/policy.example.json', to: 'policy/policy.example.json' },
    // Practice-mode drills (docs/guides.md), listed and played by the main process.
    { from: 'scenarios', to: 'scenarios', filter: ['*.json'] },
    // The monitoring CLI (docs/cli.md), outside the asar so Node.js can run it: the RunAsNode fuse
    // below forbids running it with the app's own binary.
    { from: 'dist/cli.cjs', to: 'cli/cli.cjs' },
    { from: 'dist/core.cjs', to: 'cli/core.cjs' },
    { from: 'build/cli', to: 'cli', filter: ['invoiceguard-cli', 'invoiceguard-cli.cmd'] },
    { from: 'node_modules/systeminformation', to: 'cli/node_modules/systeminformation' },
    { from: 'node_modules/usb', to: 'cli/node_modules/usb' },
    { from: 'node_modules/node-gyp-build', to: 'cli/node_modules/node-gyp-build' },
  ],
  asar: true,
  // The libusb binding must be a real file on disk to be loaded.
  asarUnpack: ['node_modules/usb/**'],
  // Electron fuses, flipped in the binary at package time (Electron security checklist, "fuses").
  electronFuses: {
    runAsNode: false, // ELECTRON_RUN_AS_NODE cannot turn the signed binary into a Node.js
    enableNodeOptionsEnvironmentVariable: false, // nor NODE_OPTIONS / NODE_EXTRA_CA_CERTS inject code or CAs
    enableNodeCliInspectArguments: false, // nor --inspect / SIGUSR1 open a debugger
    enableCookieEncryption: true,
    enableEmbeddedAsarIntegrityValidation: true, // a modified app.asar is refused (Windows, macOS)
    onlyLoadAppFromAsar: true, // no app/ folder beside it is loaded instead
    grantFileProtocolExtraPrivileges: false, // the renderer is served over app://, never file://
    loadBrowserProcessSpecificV8Snapshot: false,
  },
  win: {
    executableName: 'InvoiceGuard',
    icon: 'build/icon.ico',
    legalTrademarks: '开票卫士 InvoiceGuard',
    target: [
      { target: 'nsis', arch: ['x64', 'arm64', 'ia32'] },
      // electron-builder's WiX cannot write arm64 packages: its arm64 MSI is an x64 package
      // holding the arm64 app, which installs on Windows on ARM.
      { target: 'msi', arch: ['x64', 'arm64'] },
    ],
  },
  // NSIS: IT runs it silently (/S) from GPO, SCCM or Intune; per machine, so the tray runs for every
  // user. build/installer.nsh writes the machine-wide start-at-login entry.
  nsis: {
    oneClick: false,
    perMachine: true,
    allowElevation: true,
    allowToChangeInstallationDirectory: false,
    shortcutName: '开票卫士 InvoiceGuard',
    uninstallDisplayName: '开票卫士 InvoiceGuard',
    installerLanguages: ['zh_CN', 'en_US'],
    multiLanguageInstaller: true,
    runAfterFinish: false,
    deleteAppDataOnUninstall: false,
    include: 'build/installer.nsh',
  },
  // MSI for GPO software installation, SCCM and Intune line-of-business apps. The upgrade code is
  // fixed forever: every later MSI upgrades this product in place instead of installing beside it.
  msi: {
    oneClick: true,
    perMachine: true,
    upgradeCode: '6A0C3E52-8B1F-4C7B-9E2D-3F5A7B1C9D40',
    shortcutName: '开票卫士 InvoiceGuard',
    runAfterFinish: false,
    createDesktopShortcut: true,
  },
  msiProjectCreated: addStartAtLoginToMsi,
  // UOS and Kylin desktops install .deb packages (many on Phytium / Kunpeng arm64 PCs); the AppImage
  // runs where no package can be installed.
  linux: {
    target: [
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ],
    icon: 'build/icons',
    category: 'Office',
    maintainer: 'InvoiceGuard',
    synopsis: '开票卫士 InvoiceGuard: VAT invoicing workstation monitor',
    desktop: {
      entry: {
        Name: 'InvoiceGuard',
        'Name[zh_CN]': '开票卫士',
        GenericName: 'Invoicing workstation monitor',
        'GenericName[zh_CN]': '开票电脑守护',
        Comment: 'Watches the tax device, printer, network and PC, and guides the fix',
        'Comment[zh_CN]': '盯着税控设备、打印机、网络和电脑，出问题时一步步带你处理',
      },
    },
  },
  deb: {
    depends: debDepends,
    recommends: ['libappindicator3-1'],
    fpm: [
      // Files under /etc are not conffiles: uninstalling removes the autostart entry too.
      '--deb-no-default-config-files',
      `${path.join(__dirname, 'linux', 'autostart.desktop')}=/etc/xdg/autostart/invoiceguard.desktop`,
      `${path.join(__dirname, 'cli', 'invoiceguard-cli')}=/usr/bin/invoiceguard-cli`,
    ],
  },
};
