import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

export interface PolicyWatchOptions {
  /** Changes closer together than this are one change (editors write, rename and touch). */
  debounceMs?: number;
  /** The backstop: how often the file's identity (inode, size, mtime) is compared. */
  pollMs?: number;
  log?(line: string): void;
}

/**
 * Calls `onChange` (debounced) when the policy file may have changed: fs.watch on its folder
 * (editors and config management replace the file by rename, which a watch on the file itself
 * loses), plus a periodic stat as a backstop for file systems where fs.watch says nothing (network
 * shares, some container mounts). Neither keeps the process alive. Returns the stop function.
 */
export function watchPolicyFile(file: string, onChange: () => void, options: PolicyWatchOptions = {}): () => void {
  const debounceMs = options.debounceMs ?? 300;
  const name = path.basename(file);
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const changed = (): void => {
    if (stopped) return;
    clearTimeout(debounce);
    debounce = setTimeout(onChange, debounceMs);
    debounce.unref();
  };

  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(path.dirname(file), { persistent: false }, (_event, filename) => {
      if (filename === null || filename.toString() === name) changed();
    });
    // A folder that is removed or becomes unreadable ends the watch; the stat backstop goes on.
    watcher.on('error', (error) => options.log?.(`policy watch: ${error.message}`));
  } catch (error) {
    // No folder yet (no machine policy deployed): nothing to say, the periodic check sees it appear.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      options.log?.(
        `policy watch: cannot watch ${path.dirname(file)} (${(error as Error).message}); checking every ${options.pollMs ?? 30_000} ms`,
      );
  }

  let last: string | undefined;
  const identity = async (): Promise<string> => {
    try {
      const s = await stat(file);
      return `${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`;
    } catch (error) {
      return `missing:${(error as NodeJS.ErrnoException).code ?? ''}`;
    }
  };
  void identity().then((id) => (last ??= id));
  const poll = setInterval(() => {
    void identity().then((id) => {
      if (last !== undefined && id !== last) changed();
      last = id;
    });
  }, options.pollMs ?? 30_000);
  poll.unref();

  return () => {
    stopped = true;
    clearTimeout(debounce);
    clearInterval(poll);
    watcher?.close();
  };
}
