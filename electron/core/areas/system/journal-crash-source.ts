import { existsSync } from 'node:fs';
import { describeOutcome, runCommand, type CommandRunner } from '../../exec/run-command';
import type { CrashEvent, CrashRead, CrashSource } from './crash-events';
import { endedCleanly, parseBootList, type BootEntry } from './journal-parse';

const maxBootsExamined = 5;

/**
 * Linux: lists boots from the journal, then reads the tail of each previous boot that ended within
 * the look-back window; a boot whose journal stops without a shutdown is an unexpected shutdown.
 * Earlier boots cannot change while this one runs, so the list and each verdict are read once per
 * process; later runs only move the look-back window (no child process at all).
 */
export function journalCrashSource(
  run: CommandRunner = runCommand,
  now: () => number = Date.now,
  journalDirs: readonly string[] = ['/var/log/journal', '/run/log/journal'],
): CrashSource {
  const env = { ...process.env, LANG: 'C', LC_ALL: 'C', SYSTEMD_COLORS: '0', SYSTEMD_PAGER: '' };
  let previousBoots: BootEntry[] | undefined;
  const endedClean = new Map<string, boolean>();

  async function listPreviousBoots(signal: AbortSignal): Promise<BootEntry[] | CrashRead> {
    let list = await run('journalctl', ['--list-boots', '--no-pager', '-o', 'json'], {
      timeoutMs: 10_000,
      env,
      signal,
    });
    // systemd older than 251 rejects -o json for --list-boots: ask again in text.
    if (list.kind === 'failed')
      list = await run('journalctl', ['--list-boots', '--no-pager'], { timeoutMs: 10_000, env, signal });
    if (list.kind === 'missing')
      return { ok: false, problem: 'tool-missing', reason: 'journalctl', install: 'systemd (the system journal)' };
    if (list.kind !== 'ok') return { ok: false, problem: 'unreadable', reason: describeOutcome(list) };
    // Without -q journalctl says when it can see only this user's journal: previous boots would then
    // all look unexpected (no system shutdown messages), so say what is missing instead.
    if (/not seeing messages from other users|insufficient permissions/i.test(list.stderr))
      return {
        ok: false,
        problem: 'unreadable',
        reason: 'the system journal is not readable by this user (add it to the systemd-journal or adm group)',
      };
    const boots = parseBootList(list.stdout);
    if (!boots) return { ok: false, problem: 'unreadable', reason: 'unexpected journalctl --list-boots output' };
    return boots.filter((b) => b.index < 0);
  }

  return async (lookbackDays, signal) => {
    // No journal directory at all (containers, journald off): say so without starting journalctl.
    if (!journalDirs.some((d) => existsSync(d)))
      return { ok: false, problem: 'not-available', reason: `no system journal (${journalDirs.join(', ')} missing)` };
    if (!previousBoots) {
      const listed = await listPreviousBoots(signal);
      if (!Array.isArray(listed)) return listed; // failures are not kept: the next run tries again
      previousBoots = listed;
    }
    const previous = previousBoots;
    if (previous.length === 0)
      return {
        ok: false,
        problem: 'not-available',
        reason: 'the journal keeps no earlier boot (not persistent: create /var/log/journal)',
      };
    const since = now() - lookbackDays * 86_400_000;
    const recent = previous
      .filter((b) => b.last !== null && b.last >= since)
      .sort((a, b) => b.index - a.index)
      .slice(0, maxBootsExamined);
    const events: CrashEvent[] = [];
    for (const boot of recent) {
      let clean = endedClean.get(boot.bootId);
      if (clean === undefined) {
        const tail = await run('journalctl', ['-b', boot.bootId, '-n', '50', '-o', 'cat', '--no-pager', '-q'], {
          timeoutMs: 10_000,
          env,
          signal,
          maxOutputBytes: 512 * 1024,
        });
        if (tail.kind !== 'ok') continue;
        clean = endedCleanly(tail.stdout);
        endedClean.set(boot.bootId, clean);
      }
      if (!clean) events.push({ at: boot.last ?? now(), kind: 'unexpected-shutdown', source: `boot ${boot.index}` });
    }
    return { ok: true, events };
  };
}
