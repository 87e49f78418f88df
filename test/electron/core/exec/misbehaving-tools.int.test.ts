// The command-reading sources (lpstat, smartctl, journalctl) against real child processes that
// hang, print garbage, print 20 MB, crash or stop halfway: each source says why it could not read,
// in one line, and no child process outlives the read (checked by pid).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand, type CommandRunner } from '../../../../electron/core/exec/run-command';
import { cupsSource } from '../../../../electron/core/areas/printer/cups-source';
import { smartSource } from '../../../../electron/core/areas/disk/smart-source';
import { journalCrashSource } from '../../../../electron/core/areas/system/journal-crash-source';
import { commandLine, descendantsOf } from '../../../support/processes';

const fixture = path.resolve('test/fixtures/exec/misbehave.mjs');
const modes = ['hang', 'garbage', 'huge', 'crash', 'half'] as const;

/** Runs the misbehaving fixture in place of the real tool, with a short timeout. */
const misbehaving =
  (mode: (typeof modes)[number]): CommandRunner =>
  (_file, args, options) =>
    runCommand(process.execPath, [fixture, mode, ...args], { ...options, timeoutMs: 1_500, killGraceMs: 300 });

const sources = {
  lpstat: (run: CommandRunner) => () => cupsSource({ run })(new AbortController().signal),
  smartctl: (run: CommandRunner) => () => smartSource('linux', run)(new AbortController().signal),
  journalctl: (run: CommandRunner) => () => journalCrashSource(run, Date.now, ['/'])(30, new AbortController().signal),
};

const fixtureProcesses = (): number[] =>
  descendantsOf(process.pid).filter((pid) => commandLine(pid).includes('misbehave.mjs'));

describe.each(Object.entries(sources))('%s that misbehaves', (_tool, source) => {
  it.each(modes)('%s: the source says why it cannot read, and the process is gone', async (mode) => {
    const read = (await source(misbehaving(mode))()) as { ok: boolean; reason?: string; disks?: { reason: string }[] };
    if (read.ok) {
      // smartctl's scan may be garbage-free enough to parse as no disks: then each disk says why.
      expect(read.disks?.every((d) => d.reason)).toBe(true);
    } else {
      expect(read.reason).toBeTruthy();
      expect([...(read.reason ?? '')].filter((c) => c.charCodeAt(0) < 0x20 && c !== '\t')).toEqual([]);
      expect(read.reason!.length).toBeLessThanOrEqual(500);
    }
    expect(fixtureProcesses()).toEqual([]);
  });
});
