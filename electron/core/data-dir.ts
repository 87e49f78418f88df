import path from 'node:path';

/**
 * Where InvoiceGuard keeps per-user state (the guided-flow file): Windows %LOCALAPPDATA%\InvoiceGuard,
 * macOS ~/Library/Application Support/InvoiceGuard, elsewhere $XDG_STATE_HOME/invoiceguard or
 * ~/.local/state/invoiceguard.
 */
export function defaultDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA || path.win32.join(home, 'AppData', 'Local');
    return path.win32.join(local, 'InvoiceGuard');
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'InvoiceGuard');
  const state = env.XDG_STATE_HOME && path.posix.isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : undefined;
  return path.posix.join(state ?? path.posix.join(home, '.local', 'state'), 'invoiceguard');
}

/** The flow-state file inside a data directory. */
export function flowStatePath(dataDir: string): string {
  return path.join(dataDir, 'flow-state.json');
}

/** The backup area's state (last runs, verifications, drills, schedule) inside a data directory. */
export function backupStatePath(dataDir: string): string {
  return path.join(dataDir, 'backup-state.json');
}
