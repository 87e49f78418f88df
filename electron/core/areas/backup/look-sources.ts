import { watch, type FSWatcher } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DestinationLook, SourceLook } from './evaluate-backup';
import type { SpaceSource } from './backup-service';
import { statfsSpace } from './backup-service';
import { excluder } from './exclusions';

/** "Destination reachable, free space": one stat and one statfs per destination, each under a timeout. */
export type DestinationLookSource = (paths: readonly string[]) => Promise<DestinationLook[]>;
/** The cheap watcher's count: whether each source is there and how many files it holds. */
export type SourceLookSource = (sources: readonly { name: string; path: string }[]) => Promise<SourceLook[]>;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A network share that hangs must not hang the check: 5 s, then "not reachable". */
export function fsDestinationLooks(space: SpaceSource = statfsSpace, timeoutMs = 5000): DestinationLookSource {
  return (paths) =>
    Promise.all(
      paths.map(async (p): Promise<DestinationLook> => {
        try {
          const st = await withTimeout(stat(p), timeoutMs);
          if (!st.isDirectory()) return { path: p, reachable: false, code: 'ENOTDIR' };
          const s = await withTimeout(space(p), timeoutMs);
          return { path: p, reachable: true, freeBytes: s.freeBytes };
        } catch (error) {
          return { path: p, reachable: false, code: (error as NodeJS.ErrnoException).code ?? 'ERROR' };
        }
      }),
    );
}

/** Counts files by listing folders only (no stat per file), with the policy's exclusions. */
export function fsSourceLooks(exclude: readonly string[], maxEntries = 1_000_000): SourceLookSource {
  const excluded = excluder(exclude);
  return (sources) =>
    Promise.all(
      sources.map(async (s): Promise<SourceLook> => {
        try {
          const st = await stat(s.path);
          if (!st.isDirectory()) return { ...s, exists: false, files: 0, code: 'ENOTDIR' };
        } catch (error) {
          return { ...s, exists: false, files: 0, code: (error as NodeJS.ErrnoException).code ?? 'ERROR' };
        }
        let files = 0;
        let seen = 0;
        const pending = [''];
        while (pending.length && seen < maxEntries) {
          const rel = pending.pop() as string;
          try {
            const dir = await opendir(rel ? path.join(s.path, rel) : s.path, { bufferSize: 256 });
            for await (const d of dir) {
              seen++;
              const child = rel ? `${rel}/${d.name}` : d.name;
              if (excluded(child)) continue;
              if (d.isDirectory()) pending.push(child);
              else if (d.isFile()) files++;
            }
          } catch {
            // A folder that vanished or cannot be read mid-count: the count is what could be seen.
          }
        }
        return { ...s, exists: true, files };
      }),
    );
}

/**
 * Watches each source folder (not recursively: cheap on every OS) and calls `onChange` a moment
 * after something in it is added, removed or renamed, or the folder itself goes. Returns stop.
 */
export function watchSources(paths: readonly string[], onChange: () => void, debounceMs = 2000): () => void {
  const watchers: FSWatcher[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = (): void => {
    clearTimeout(timer);
    timer = setTimeout(onChange, debounceMs);
    timer.unref();
  };
  for (const p of paths) {
    try {
      const w = watch(p, { persistent: false }, fire);
      w.on('error', () => {
        w.close();
        fire();
      });
      watchers.push(w);
    } catch {
      // A folder that is not there cannot be watched; the interval check reports it.
    }
  }
  return () => {
    clearTimeout(timer);
    watchers.forEach((w) => w.close());
  };
}
