/**
 * Runs `task` when asked, but at most once per `minIntervalMs` and never twice at once: a request
 * inside the interval (or during a run) is served by one run at the interval's end.
 */
export function throttled(
  task: () => Promise<void>,
  minIntervalMs: number,
  now: () => number = Date.now,
): { request(): void; idle(): Promise<void>; cancel(): void } {
  let lastStart = -Infinity;
  let running: Promise<void> | undefined;
  let wanted = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelled = false;

  function start(): void {
    if (cancelled) return;
    wanted = false;
    lastStart = now();
    // The task reports its own failures; a rejection here must not become an unhandled one.
    running = task()
      .catch(() => {})
      .finally(() => {
        running = undefined;
        if (wanted) schedule();
      });
  }
  function schedule(): void {
    if (running || timer || cancelled) return;
    const wait = lastStart + minIntervalMs - now();
    if (wait <= 0) return start();
    timer = setTimeout(() => {
      timer = undefined;
      start();
    }, wait);
    timer.unref?.();
  }
  return {
    request() {
      wanted = true;
      schedule();
    },
    async idle() {
      while (running) await running;
    },
    cancel() {
      cancelled = true;
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
