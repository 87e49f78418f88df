// Linux: the journal's boot list (`journalctl --list-boots`), and the last lines of a previous boot
// to tell a clean shutdown from a crash or power loss.

export interface BootEntry {
  index: number;
  bootId: string;
  /** ms since the epoch of the boot's first and last journal entries; null when unreadable. */
  first: number | null;
  last: number | null;
}

/**
 * systemd >= 251 prints JSON with `-o json` (usec timestamps); older ones (UOS 20, Kylin V10:
 * systemd 241) print text: ` -1 <32 hex> Fri 2026-11-27 08:01:02 CST—Fri 2026-11-27 18:00:00 CST`.
 * undefined when the output is neither.
 */
export function parseBootList(text: string): BootEntry[] | undefined {
  const trimmed = text.trim();
  if (!trimmed || /^no journal files were found/i.test(trimmed)) return [];
  if (trimmed.startsWith('[')) {
    try {
      const list = JSON.parse(trimmed) as {
        index?: unknown;
        idx?: unknown;
        boot_id?: unknown;
        first_entry?: unknown;
        last_entry?: unknown;
      }[];
      // The index field is `index`; `idx` (the table's column name) is accepted in case a version uses it.
      return list.flatMap((b) => {
        const index = typeof b.index === 'number' ? b.index : b.idx;
        return typeof index === 'number' && typeof b.boot_id === 'string'
          ? [{ index, bootId: b.boot_id, first: usec(b.first_entry), last: usec(b.last_entry) }]
          : [];
      });
    } catch {
      return undefined;
    }
  }
  // Text: ` -1 <id> <first>—<last>` (systemd < 251) or the table form `IDX BOOT ID FIRST ENTRY LAST ENTRY`
  // whose rows separate the two times with spaces; either way the first and last timestamps count.
  const entries: BootEntry[] = [];
  for (const line of trimmed.split('\n')) {
    const m = /^\s*(-?\d+)\s+([0-9a-f]{32})\s+(.*)$/.exec(line);
    if (!m) continue;
    const times = [...(m[3] ?? '').matchAll(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/g)].map((t) => t[0]);
    entries.push({
      index: Number(m[1]),
      bootId: m[2] ?? '',
      first: journalTime(times[0] ?? ''),
      last: journalTime(times.at(-1) ?? ''),
    });
  }
  return entries.length ? entries : undefined;
}

function usec(value: unknown): number | null {
  return typeof value === 'number' && value > 0 ? Math.floor(value / 1000) : null;
}

/** `Fri 2026-11-27 08:01:02 CST`: the zone abbreviation is ambiguous (CST), so read it as local time. */
function journalTime(text: string): number | null {
  const m = /(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})/.exec(text);
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])).getTime();
}

// What a clean shutdown or reboot leaves at the end of a boot's journal (systemd, logind, kernel).
const cleanEnd =
  /Journal stopped|Reached target .*(Power[- ]?Off|Reboot|Shutdown|Halt|Kexec)|System is (powering down|rebooting|halting)|systemd-shutdown|reboot: (Restarting|Power down)|Stopped target .*Multi-User|Shutting down\./i;

/** The last messages of a previous boot (`journalctl -b <id> -n 50 -o cat`) ended cleanly, or not. */
export function endedCleanly(lastMessages: string): boolean {
  return cleanEnd.test(lastMessages);
}
