import { describe, expect, it } from 'vitest';
import { describeOutcome, runCommand } from '../../../../electron/core/exec/run-command';

const node = process.execPath;
const base = { timeoutMs: 5000 };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('runCommand (real child processes)', () => {
  it('returns the output of a program that succeeds', async () => {
    const outcome = await runCommand(node, ['-e', 'process.stdout.write("打印机 ok")'], base);
    expect(outcome).toMatchObject({ kind: 'ok', code: 0, stdout: '打印机 ok' });
  });

  it('passes arguments literally, never through a shell', async () => {
    const tricky = '$(touch /tmp/ig-should-not-exist); `id` | && ;';
    const outcome = await runCommand(node, ['-e', 'process.stdout.write(process.argv[1])', tricky], base);
    expect(outcome).toMatchObject({ kind: 'ok', stdout: tricky });
  });

  it('says the tool is missing (not "failed") when the program does not exist', async () => {
    const outcome = await runCommand('/nonexistent/lpstat-xyz', [], base);
    expect(outcome.kind).toBe('missing');
    expect(describeOutcome(outcome)).toContain('not found');
  });

  it('reports a non-zero exit with its stderr as a failure', async () => {
    const outcome = await runCommand(
      node,
      ['-e', 'console.error("lpstat: Scheduler is not running."); process.exit(1)'],
      base,
    );
    expect(outcome).toMatchObject({ kind: 'failed', code: 1 });
    expect(describeOutcome(outcome)).toBe('exit code 1: lpstat: Scheduler is not running.');
  });

  it('accepts exit codes the caller declares as findings rather than failures', async () => {
    const outcome = await runCommand(node, ['-e', 'process.exit(4)'], { ...base, okCodes: [4] });
    expect(outcome).toMatchObject({ kind: 'ok', code: 4 });
  });

  it('kills a program that hangs past its timeout', async () => {
    const outcome = await runCommand(node, ['-e', 'console.log(process.pid); setInterval(() => {}, 1000)'], {
      timeoutMs: 300,
    });
    expect(outcome.kind).toBe('timeout');
    const pid = Number(outcome.kind === 'timeout' ? outcome.stdout.trim() : NaN);
    expect(isAlive(pid)).toBe(false);
  });

  it('follows up with SIGKILL when the program ignores SIGTERM', async () => {
    const script = 'process.on("SIGTERM", () => {}); console.log(process.pid); setInterval(() => {}, 1000)';
    const outcome = await runCommand(node, ['-e', script], { timeoutMs: 300, killGraceMs: 200 });
    expect(outcome.kind).toBe('timeout');
    const pid = Number(outcome.kind === 'timeout' ? outcome.stdout.trim() : NaN);
    // It ignored SIGTERM, so only the SIGKILL can have ended it (no wall-clock limit: a loaded
    // machine may take its time, the outcome and the pid say what happened).
    expect(isAlive(pid)).toBe(false);
  });

  it('kills a program that floods its output (garbage or runaway) at the cap', async () => {
    const outcome = await runCommand(
      node,
      ['-e', 'const b = Buffer.alloc(65536, 0xff); const w = () => process.stdout.write(b, w); w()'],
      {
        timeoutMs: 5000,
        maxOutputBytes: 256 * 1024,
      },
    );
    expect(outcome).toMatchObject({ kind: 'too-large', maxOutputBytes: 256 * 1024 });
  });

  it('returns binary garbage as text without throwing; parsing it is the caller’s job', async () => {
    const outcome = await runCommand(node, ['-e', 'process.stdout.write(Buffer.from([0xff, 0xfe, 0x00, 0xc3]))'], base);
    expect(outcome.kind).toBe('ok');
  });

  it('stops the program when the caller aborts (probe timeout, core stopping)', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const outcome = await runCommand(node, ['-e', 'setInterval(() => {}, 1000)'], {
      ...base,
      signal: controller.signal,
    });
    expect(outcome.kind).toBe('aborted');
  });

  it('feeds input on stdin and closes it', async () => {
    const outcome = await runCommand(node, ['-e', 'process.stdin.pipe(process.stdout)'], { ...base, input: 'hello' });
    expect(outcome).toMatchObject({ kind: 'ok', stdout: 'hello' });
  });
});
