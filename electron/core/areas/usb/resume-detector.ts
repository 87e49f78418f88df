/**
 * Calls `onResume` when the machine seems to have slept: a timer that should fire every `tickMs`
 * fires much later by the wall clock. Works in plain Node (the core has no Electron powerMonitor);
 * the Electron main process can also call the area's `rescan()` from powerMonitor's `resume`.
 * One unref'd timer every 10 s: nothing measurable when idle.
 */
export function watchForResume(
  onResume: () => void,
  options: { tickMs?: number; slackMs?: number; now?: () => number } = {},
): () => void {
  const tickMs = options.tickMs ?? 10_000;
  const slackMs = options.slackMs ?? 5_000;
  const now = options.now ?? Date.now;
  let last = now();
  const timer = setInterval(() => {
    const current = now();
    if (current - last > tickMs + slackMs) onResume();
    last = current;
  }, tickMs);
  timer.unref?.();
  return () => clearInterval(timer);
}
