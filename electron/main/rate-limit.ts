/** The window the notification rate limit counts over. */
export const hourMs = 60 * 60_000;

/** The times in `shownAt` still inside the window that ends at `now`. */
export function withinWindow(shownAt: readonly number[], now: number, windowMs = hourMs): number[] {
  return shownAt.filter((t) => now - t < windowMs);
}

/**
 * Pure: when the next pop-up may be shown, given when the last ones were: `now` while fewer than
 * `max` fell inside the last `windowMs`, else the moment the oldest of them leaves it (a sliding
 * window, so no burst at the top of the hour); never (Infinity) when `max` is 0.
 */
export function nextSlotAt(shownAt: readonly number[], now: number, max: number, windowMs = hourMs): number {
  if (max <= 0) return Infinity;
  const recent = withinWindow(shownAt, now, windowMs).sort((a, b) => a - b);
  if (recent.length < max) return now;
  return recent[recent.length - max]! + windowMs;
}
