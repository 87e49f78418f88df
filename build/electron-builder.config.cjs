// electron-builder configuration (`npm run dist`). What ships: the built main, preload, core and
// CLI bundles, the renderer, and the two runtime packages that cannot be bundled (usb is native,
// systeminformation probes the OS at run time). The browser harness (dist/dev-web.cjs) never ships.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'cn.invoiceguard.desktop',
  productName: 'InvoiceGuard',
  executableName: 'invoiceguard',
  copyright: 'InvoiceGuard 开票卫士',
  directories: { output: 'release', buildResources: 'build' },
  files: ['package.json', 'bin/**', 'dist/**', '!dist/dev-web.cjs', '!dist/dev-web.cjs.map', '!dist/**/*.map'],
  extraResources: [
    { from: 'build/policy.schema.json', to: 'policy/policy.schema.json' },
    { from: 'build/policy.example.json', to: 'policy/policy.example.json' },
    // Practice-mode drills (docs/guides.md), listed and played by the main process.
    { from: 'scenarios', to: 'scenarios', filter: ['*.json'] },
  ],
  // The libusb binding must be a real file on disk to be loaded.
  asarUnpack: ['node_modules/usb/**'],
  win: { target: [{ target: 'nsis', arch: ['x64', 'ia32'] }] },
  // IT pushes this installer silently (/S) to every workstation; per-machine so the tray runs for every user.
  nsis: { oneClick: false, perMachine: true, allowElevation: true, allowToChangeInstallationDirectory: false },
  // UOS and Kylin desktops install .deb packages.
  linux: { target: ['deb', 'AppImage'], category: 'Office', maintainer: 'InvoiceGuard' },
  deb: { depends: ['libudev1'] },
};
