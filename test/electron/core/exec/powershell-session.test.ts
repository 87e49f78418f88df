import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  acquirePowerShell,
  createPowerShellSession,
  type PowerShellSession,
} from '../../../../electron/core/exec/powershell-session';

const fakeShell = path.resolve(__dirname, '../../../fixtures/exec/fake-shell.mjs');
const spawnFake = () => spawn(process.execPath, [fakeShell], { stdio: ['pipe', 'pipe', 'pipe'] });

let session: PowerShellSession | undefined;
afterEach(() => session?.dispose());

function open(options: { maxResponseBytes?: number } = {}): PowerShellSession {
  session = createPowerShellSession({ spawnShell: spawnFake, ...options });
  return session;
}

describe('PowerShell session framing (fake shell speaking the same framing)', () => {
  it('answers many calls from one long-lived process', async () => {
    const s = open();
    const pids = await Promise.all([1, 2, 3, 4].map(() => s.run('pid', { timeoutMs: 5000 })));
    expect(new Set(pids.map((p) => (p.kind === 'ok' ? p.text : p.kind))).size).toBe(1);
    expect(s.starts()).toBe(1);
  });

  it('keeps Chinese text intact whatever the console code page', async () => {
    const outcome = await open().run('echo 发票打印机 DASCOM DS-1100II', { timeoutMs: 5000 });
    expect(outcome).toMatchObject({ kind: 'ok', text: '发票打印机 DASCOM DS-1100II' });
  });

  it('reports a script that throws as a script error, and the session goes on', async () => {
    const s = open();
    expect(await s.run('throw Get-MpComputerStatus: access denied', { timeoutMs: 5000 })).toMatchObject({
      kind: 'script-error',
      message: 'Get-MpComputerStatus: access denied',
    });
    expect(await s.run('echo still here', { timeoutMs: 5000 })).toMatchObject({ kind: 'ok', text: 'still here' });
    expect(s.starts()).toBe(1);
  });

  it('ignores banners, garbage lines and answers meant for other calls', async () => {
    const s = open();
    expect(await s.run('noise real answer', { timeoutMs: 5000 })).toMatchObject({ kind: 'ok', text: 'real answer' });
    expect(await s.run('wrong-id mine', { timeoutMs: 5000 })).toMatchObject({ kind: 'ok', text: 'mine' });
  });

  it('times out a hung script, kills that shell and starts a fresh one for the next call', async () => {
    const s = open();
    const before = await s.run('pid', { timeoutMs: 5000 });
    expect(await s.run('hang', { timeoutMs: 200 })).toMatchObject({ kind: 'timeout', timeoutMs: 200 });
    const after = await s.run('pid', { timeoutMs: 5000 });
    expect(after.kind).toBe('ok');
    expect(after).not.toEqual(before);
    expect(s.starts()).toBe(2);
  });

  it('reports a shell that dies mid-call and restarts it on the next call', async () => {
    const s = open();
    expect(await s.run('die 7', { timeoutMs: 5000 })).toMatchObject({ kind: 'died', reason: 'exit code 7' });
    expect(await s.run('echo back', { timeoutMs: 5000 })).toMatchObject({ kind: 'ok', text: 'back' });
    expect(s.starts()).toBe(2);
  });

  it('drops an answer larger than the cap instead of buffering it', async () => {
    const s = open({ maxResponseBytes: 10_000 });
    expect(await s.run('huge 50000', { timeoutMs: 500 })).toMatchObject({ kind: 'timeout' });
    expect(await s.run('echo ok', { timeoutMs: 5000 })).toMatchObject({ kind: 'ok', text: 'ok' });
  });

  it('says PowerShell is missing when it cannot be started', async () => {
    session = createPowerShellSession({
      spawnShell: () => spawn('/nonexistent/powershell.exe', [], { stdio: ['pipe', 'pipe', 'pipe'] }),
    });
    for (let i = 0; i < 5; i++) expect((await session.run('echo x', { timeoutMs: 5000 })).kind).toBe('missing');
    expect(session.starts()).toBe(3); // then it stops trying for a while
  });

  it('stops restarting a shell that keeps dying before it answers, then retries after a pause', async () => {
    let clock = 0;
    session = createPowerShellSession({
      spawnShell: () => spawn(process.execPath, ['-e', 'process.exit(1)'], { stdio: ['pipe', 'pipe', 'pipe'] }),
      maxSilentStarts: 3,
      backoffMs: 30_000,
      now: () => clock,
    });
    for (let i = 0; i < 3; i++) expect((await session.run('echo x', { timeoutMs: 5000 })).kind).toBe('died');
    const held = await session.run('echo x', { timeoutMs: 5000 });
    expect(held).toMatchObject({ kind: 'died', reason: expect.stringContaining('next try in 30 s') });
    expect(session.starts()).toBe(3);
    clock = 31_000;
    expect((await session.run('echo x', { timeoutMs: 5000 })).kind).toBe('died');
    expect(session.starts()).toBe(4);
  });

  it('queues calls so each answer reaches its own caller', async () => {
    const s = open();
    const outcomes = await Promise.all(['a', 'b', 'c'].map((x) => s.run(`echo ${x}`, { timeoutMs: 5000 })));
    expect(outcomes.map((o) => (o.kind === 'ok' ? o.text : o.kind))).toEqual(['a', 'b', 'c']);
  });

  it('shares one session between areas and closes it with the last user', async () => {
    let created = 0;
    const make = () => {
      created++;
      return createPowerShellSession({ spawnShell: spawnFake });
    };
    const a = acquirePowerShell(make);
    const b = acquirePowerShell(make);
    expect(a.session).toBe(b.session);
    expect((await a.session.run('echo x', { timeoutMs: 5000 })).kind).toBe('ok');
    a.release();
    b.release();
    expect((await b.session.run('echo x', { timeoutMs: 5000 })).kind).toBe('aborted');
    const c = acquirePowerShell(make);
    expect(created).toBe(2);
    c.release();
  });
});
