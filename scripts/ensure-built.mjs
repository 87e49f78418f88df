// Builds the Node bundles only when needed: when dist/ lacks them or a source file is newer.
// `npm run check` uses it so that running the CLI from a clone "just works" after `npm ci`,
// without rewriting bundles that other processes may be running.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const outputs = ['dist/cli.cjs', 'dist/core.cjs'];
const sources = ['electron', 'shared', 'scripts/build.mjs', 'package.json'];

function newestMtime(entry) {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

const built = outputs.every((file) => existsSync(file));
const stale = built && Math.max(...sources.map(newestMtime)) > Math.min(...outputs.map((f) => statSync(f).mtimeMs));
if (!built || stale) {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--node-only'], { stdio: 'inherit' });
  process.exit(build.status ?? 1);
}
