// Lint, including the layer rules that keep the processes apart (docs/architecture.md):
// shared/ imports nothing of Node, DOM or Electron; renderer/ nothing of Node or Electron; only
// electron/main and electron/preload import `electron`; the core imports none of its hosts
// (electron/host, cli, dev-web); raw ipcMain / ipcRenderer live in one wrapper file each.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { builtinModules } from 'node:module';

const nodeOnlyPackages = ['usb', 'systeminformation', 'ws', 'playwright-core'];
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// Matched as whole module specifiers (a regex, not gitignore-style globs, so that a relative
// import such as './catalogs/usb' is not mistaken for the usb package).
const nodeModuleRegex = `^(node:)?(${[...builtinModules, ...nodeOnlyPackages].map(escape).join('|')})(/.*)?$`;
const electronImport = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };
const nodeImports = (layer) => ({ regex: nodeModuleRegex, message: `${layer} must not import Node modules.` });

const cappedReader = 'electron/util/read-capped-file.ts';
const unboundedReads = '/^(readFile|readFileSync|createReadStream)$/';
const ipcMainWrapper = 'electron/main/ipc-main-bridge.ts';
const ipcRendererWrapper = 'electron/preload/ipc-renderer-bridge.ts';

/** In `folder`, raw ipcMain / ipcRenderer may be imported only by its one wrapper file. */
const rawIpcOnlyIn = (folder, wrapper) => ({
  files: [`${folder}/**`],
  ignores: [wrapper],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          { name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: `Raw IPC lives only in ${wrapper}.` },
        ],
      },
    ],
  },
});

/**
 * Which folder may import code from which, resolved to real files (a relative `../host/x` from
 * inside the core is caught as surely as an absolute path): the layer table of docs/architecture.md.
 */
const layerZones = [
  { target: './shared', from: ['./electron', './renderer'], message: 'shared/ depends on nothing above it.' },
  { target: './renderer', from: ['./electron'], message: 'The renderer speaks only the protocol (shared/).' },
  {
    target: './electron/core',
    from: [
      './electron/host',
      './electron/cli',
      './electron/dev-web',
      './electron/main',
      './electron/preload',
      './renderer',
    ],
    message: 'The core is plain Node and does not know who hosts it (host, CLI, harness, Electron main).',
  },
  {
    target: './electron/host',
    from: ['./electron/cli', './electron/dev-web', './electron/main', './electron/preload', './renderer'],
    message: 'The host layer serves main, CLI and harness; it imports none of them.',
  },
  {
    target: ['./electron/cli', './electron/dev-web', './electron/util'],
    from: ['./electron/main', './electron/preload', './renderer'],
    message: 'CLI, harness and util are plain Node.',
  },
  { target: './electron/preload', from: ['./electron/main', './electron/core', './electron/host', './renderer'] },
  { target: './electron/main', from: ['./electron/preload', './renderer', './electron/cli', './electron/dev-web'] },
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'build/**/*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['electron/**', 'scripts/**', 'test/**', 'bench/**', '*.config.*', 'bin/**', 'build/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['bin/**/*.cjs', 'build/**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport, { name: 'react', message: 'shared/ is UI-free.' }],
          patterns: [nodeImports('shared/')],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'process',
        'require',
        'Buffer',
        '__dirname',
        'localStorage',
        'fetch',
      ],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [nodeImports('renderer/')],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['electron/core/**', 'electron/host/**', 'electron/cli/**', 'electron/dev-web/**', 'electron/util/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronImport] }] },
  },
  {
    files: ['electron/**', 'shared/**', 'renderer/**'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
    },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  {
    // Every file read is bounded (docs/architecture.md, "Reading files"): through the one reader that
    // refuses what is not a regular file and applies the cap while reading.
    files: ['electron/**'],
    ignores: [cappedReader],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `ImportDeclaration[source.value=/^(node:)?fs(\\/promises)?$/] ImportSpecifier[imported.name=${unboundedReads}]`,
          message: `Read files through ${cappedReader} (size cap, regular files only).`,
        },
        {
          selector: `MemberExpression[property.name=${unboundedReads}]`,
          message: `Read files through ${cappedReader} (size cap, regular files only).`,
        },
      ],
    },
  },
  rawIpcOnlyIn('electron/main', ipcMainWrapper),
  rawIpcOnlyIn('electron/preload', ipcRendererWrapper),
  {
    files: ['electron/**', 'shared/**', 'renderer/**'],
    rules: {
      // `electron.ipcMain` through a namespace import would slip past the import rules above.
      'no-restricted-properties': [
        'error',
        { object: 'electron', property: 'ipcMain', message: 'Use the IPC wrapper.' },
        { object: 'electron', property: 'ipcRenderer', message: 'Use the IPC wrapper.' },
      ],
    },
  },
);
