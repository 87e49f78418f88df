import { readCappedSync } from '../../util/read-capped-file';

/** How often the backstop looks whether the parent is still there. */
const defaultCheckMs = 2_000;

/**
 * Ends this process when the process that started it goes away, from its first instant: a CLI or
 * harness killed while the core is still loading its policy must not leave it probing forever.
 *
 * - Forked by Node (CLI, harness): the IPC channel's `disconnect`, which fires once; a listener
 *   added after it fired never hears it, so this runs before anything else in the core.
 * - Always (utilityProcess too, and a parent that dies without closing the channel): a periodic
 *   check that the parent is alive, the backstop. On Linux the parent pid changes when we are
 *   re-parented (to init or a subreaper); elsewhere signal 0 to the original parent says whether
 *   it still exists.
 */
export function exitWithParent(
  exit: (why: string) => void,
  options: { checkMs?: number; proc?: NodeJS.Process } = {},
): () => void {
  const proc = options.proc ?? process;
  const parent = proc.ppid;
  const onDisconnect = (): void => exit('the parent closed the IPC channel');
  if (proc.send) {
    if (!proc.connected) {
      exit('the parent was gone before the core started');
      return () => {};
    }
    proc.on('disconnect', onDisconnect);
  }
  const timer = setInterval(() => {
    if (!parentAlive(parent, proc.platform)) exit(`the parent process ${parent} is gone`);
  }, options.checkMs ?? defaultCheckMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    proc.off('disconnect', onDisconnect);
  };
}

/** Whether `pid`, our parent when we started, still is. */
export function parentAlive(pid: number, platform: NodeJS.Platform = process.platform): boolean {
  if (platform === 'linux') {
    try {
      // /proc/self/stat: "pid (comm) state ppid ..."; comm may contain spaces and parentheses.
      const stat = readCappedSync('/proc/self/stat', 4096).toString('utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (Number.isInteger(ppid)) return ppid === pid;
    } catch {
      // no /proc: fall through to signal 0
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, but not ours to signal
  }
}
