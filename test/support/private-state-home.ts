// vitest globalSetup: the run keeps its state in a temporary folder, never in this machine's own.
// Every process the tests start inherits XDG_STATE_HOME and XDG_CONFIG_HOME pointing there (a
// core's journal and flow state, a login item), unless a test names its own folder. After the run,
// anything the tests wrote into the real InvoiceGuard folders fails the run, named.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Files and folders under `root` changed at or after `since` (ms), `root` itself included. */
function changedSince(root: string, since: number): string[] {
  let stats;
  try {
    stats = statSync(root);
  } catch {
    return [];
  }
  const here = stats.mtimeMs >= since ? [root] : [];
  if (!stats.isDirectory()) return here;
  return [...here, ...readdirSync(root).flatMap((name) => changedSince(path.join(root, name), since))];
}

export default function setup(): () => void {
  const started = Date.now();
  const home = os.homedir();
  const real = [
    path.join(process.env.XDG_STATE_HOME || path.join(home, '.local', 'state'), 'invoiceguard'),
    path.join(process.env.XDG_CONFIG_HOME || path.join(home, '.config'), 'autostart', 'invoiceguard.desktop'),
  ];
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'ig-test-home-'));
  process.env.XDG_STATE_HOME = path.join(scratch, 'state');
  process.env.XDG_CONFIG_HOME = path.join(scratch, 'config');
  return () => {
    rmSync(scratch, { recursive: true, force: true });
    const written = real.flatMap((root) => changedSince(root, started));
    if (!written.length) return;
    process.exitCode = 1;
    throw new Error(`the tests wrote into this machine's own InvoiceGuard state: ${written.join(', ')}`);
  };
}
