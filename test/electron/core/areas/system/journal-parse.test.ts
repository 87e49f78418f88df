import { describe, expect, it } from 'vitest';
import { journalCrashSource } from '../../../../../electron/core/areas/system/journal-crash-source';
import { endedCleanly, parseBootList } from '../../../../../electron/core/areas/system/journal-parse';
import type { CommandOutcome, CommandRunner } from '../../../../../electron/core/exec/run-command';

const day = 86_400_000;
const now = Date.parse('2026-11-27T12:00:00Z');
const ok = (stdout: string): CommandOutcome => ({ kind: 'ok', code: 0, stdout, stderr: '', durationMs: 1 });

describe('Linux journal boot list', () => {
  it('reads systemd 252 JSON and older text output', () => {
    const json = JSON.stringify([
      { index: -1, boot_id: 'a'.repeat(32), first_entry: (now - 2 * day) * 1000, last_entry: (now - day) * 1000 },
      { index: 0, boot_id: 'b'.repeat(32), first_entry: (now - day) * 1000, last_entry: now * 1000 },
    ]);
    expect(parseBootList(json)?.map((b) => b.index)).toEqual([-1, 0]);
    const text = ` -1 ${'c'.repeat(32)} Thu 2026-11-26 08:00:00 CST—Thu 2026-11-26 18:00:00 CST\n  0 ${'d'.repeat(32)} Fri 2026-11-27 08:00:00 CST—Fri 2026-11-27 12:00:00 CST\n`;
    expect(parseBootList(text)?.map((b) => b.bootId[0])).toEqual(['c', 'd']);
    const table = `IDX BOOT ID                          FIRST ENTRY                 LAST ENTRY\n -1 ${'e'.repeat(32)} Thu 2026-11-26 08:00:00 CST Thu 2026-11-26 18:00:00 CST\n`;
    expect(parseBootList(table)).toEqual([
      {
        index: -1,
        bootId: 'e'.repeat(32),
        first: new Date(2026, 10, 26, 8).getTime(),
        last: new Date(2026, 10, 26, 18).getTime(),
      },
    ]);
    expect(parseBootList('No journal files were found.')).toEqual([]);
    expect(parseBootList('total garbage')).toBeUndefined();
  });

  it('tells a clean shutdown from a journal that just stops', () => {
    expect(endedCleanly('Stopping user sessions\nReached target System Power Off.\nJournal stopped')).toBe(true);
    expect(endedCleanly('kernel: usb 1-1: new device\nNetworkManager: dhcp renew')).toBe(false);
  });

  it('finds a previous boot that ended without a shutdown, within the look-back window only', async () => {
    const boots = [
      { index: -2, boot_id: 'e'.repeat(32), first_entry: (now - 20 * day) * 1000, last_entry: (now - 19 * day) * 1000 },
      { index: -1, boot_id: 'f'.repeat(32), first_entry: (now - 2 * day) * 1000, last_entry: (now - day) * 1000 },
      { index: 0, boot_id: '0'.repeat(32), first_entry: (now - day) * 1000, last_entry: now * 1000 },
    ];
    const calls: string[][] = [];
    const run: CommandRunner = async (_file, args) => {
      calls.push([...args]);
      return args[0] === '--list-boots' ? ok(JSON.stringify(boots)) : ok('kernel: something\nsudden silence');
    };
    const read = await journalCrashSource(run, () => now, ['/'])(7, new AbortController().signal);
    expect(read).toMatchObject({ ok: true, events: [{ kind: 'unexpected-shutdown', source: 'boot -1' }] });
    expect(calls.filter((c) => c[0] === '-b').map((c) => c[1])).toEqual(['f'.repeat(32)]);
  });

  it('reads earlier boots once per process: later runs start no journalctl', async () => {
    const boots = [
      { index: -1, boot_id: 'a'.repeat(32), first_entry: (now - 2 * day) * 1000, last_entry: (now - day) * 1000 },
    ];
    let calls = 0;
    const run: CommandRunner = async (_file, args) => {
      calls++;
      return args[0] === '--list-boots' ? ok(JSON.stringify(boots)) : ok('Reached target System Power Off.');
    };
    const source = journalCrashSource(run, () => now, ['/']);
    expect(await source(7, new AbortController().signal)).toEqual({ ok: true, events: [] });
    expect(await source(7, new AbortController().signal)).toEqual({ ok: true, events: [] });
    expect(calls).toBe(2);
  });

  it('refuses to judge from a journal that shows only the user’s own messages (no group rights)', async () => {
    const run: CommandRunner = async () => ({
      kind: 'ok',
      code: 0,
      stdout: '[]',
      stderr: 'Hint: You are currently not seeing messages from other users and the system.\n',
      durationMs: 1,
    });
    const read = await journalCrashSource(run, () => now, ['/'])(7, new AbortController().signal);
    expect(read).toMatchObject({
      ok: false,
      problem: 'unreadable',
      reason: expect.stringContaining('systemd-journal'),
    });
  });

  it('says the journal keeps no history, or journalctl is missing, instead of "no crashes"', async () => {
    const none = journalCrashSource(
      async () => ok(''),
      () => now,
      ['/nonexistent/journal'],
    );
    expect(await none(7, new AbortController().signal)).toMatchObject({ ok: false, problem: 'not-available' });
    const only = journalCrashSource(
      async () => ok('No journal files were found.'),
      () => now,
    );
    expect(await only(7, new AbortController().signal)).toMatchObject({ ok: false, problem: 'not-available' });
    const missing = journalCrashSource(
      async () => ({ kind: 'missing', file: 'journalctl', durationMs: 0 }),
      () => now,
    );
    expect(await missing(7, new AbortController().signal)).toMatchObject({ ok: false, problem: 'tool-missing' });
  });
});
