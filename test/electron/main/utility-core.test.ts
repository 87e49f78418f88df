// @vitest-environment node
import { spawn } from 'node:child_process';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isRunning } from '../../support/processes';
import { app, fakeElectron, type FakeUtilityChild } from '../../support/fake-electron';
import { startUtilityCore } from '../../../electron/main/utility-core';
import { ProtocolError } from '../../../shared/protocol/envelope';
import type { Snapshot } from '../../../shared/model/snapshot';

vi.mock('electron', () => import('../../support/fake-electron'));

const appInfo = {
  version: '0.1.0',
  platform: 'linux',
  coreStartedAt: '2026-11-27T00:00:00.000Z',
  coreBuild: 'production',
};
const snapshot: Snapshot = {
  overall: 'ok',
  checks: [],
  faults: [],
  policy: { source: 'default', issues: [] },
  simulated: false,
  updatedAt: '2026-11-27T00:00:00.000Z',
  verdict: { canInvoice: 'yes' },
  invoicing: { mode: 'tax-device', because: 'policy' },
};

describe('the core as an Electron utilityProcess', () => {
  let child: FakeUtilityChild;
  let handle: ReturnType<typeof startUtilityCore>;

  beforeEach(() => {
    fakeElectron.reset();
    app.becomeReady();
    handle = startUtilityCore('/opt/invoiceguard/dist/core.cjs', ['--policy', '/etc/invoiceguard/policy.json']);
    child = fakeElectron.forkedChildren[0]!;
  });

  it('forks the core script with its arguments, named for the task manager', () => {
    expect(fakeElectron.forkedChildren).toHaveLength(1);
    expect(child.modulePath).toBe('/opt/invoiceguard/dist/core.cjs');
    expect(child.args).toEqual(['--policy', '/etc/invoiceguard/policy.json']);
    expect(child.options).toMatchObject({ serviceName: 'InvoiceGuard core' });
  });

  it('relays a request to the child and resolves when the child answers', async () => {
    const answer = handle.client.request('getAppInfo', {});
    expect(child.posted).toEqual([{ type: 'request', id: 1, method: 'getAppInfo', params: {} }]);
    child.reply({ type: 'response', id: 1, ok: true, result: appInfo });
    await expect(answer).resolves.toEqual(appInfo);
  });

  it("passes the child's typed errors on", async () => {
    const answer = handle.client.request('runChecks', {});
    child.reply({ type: 'response', id: 1, ok: false, error: { code: 'internal', message: 'statfs failed' } });
    await expect(answer).rejects.toMatchObject({ code: 'internal', message: 'statfs failed' });
  });

  it("delivers the child's events to subscribers", () => {
    const onSnapshot = vi.fn();
    handle.client.on('snapshot', onSnapshot);
    child.reply({ type: 'event', name: 'snapshot', payload: snapshot });
    child.reply({ type: 'event', name: 'snapshot', payload: { overall: 'broken' } }); // invalid: dropped
    expect(onSnapshot).toHaveBeenCalledExactlyOnceWith(snapshot);
  });

  it('resolves `exited` and fails pending requests with unavailable when the child dies', async () => {
    const pending = handle.client.request('getSnapshot', {});
    child.exit(3);
    await expect(handle.exited).resolves.toBe('exit code 3');
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProtocolError);
    expect(error).toMatchObject({ code: 'unavailable' });
    // and later requests fail at once rather than hanging
    await expect(handle.client.request('getSnapshot', {})).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('stop() kills the child and resolves once it has exited', async () => {
    await expect(handle.stop()).resolves.toBe('exit code null');
    expect(child.killed).toBe(true);
  });

  it('kills a core that ignores the stop request after a grace period (SIGKILL)', async () => {
    fakeElectron.reset();
    app.becomeReady();
    const stubborn = startUtilityCore('/opt/invoiceguard/dist/core.cjs', [], { killGraceMs: 200 });
    // A real process that ignores SIGTERM, as a core stuck in a driver call does.
    const real = spawn(
      process.execPath,
      ['-e', "process.on('SIGTERM', () => {}); console.log('up'); setInterval(() => {}, 1000)"],
      {
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    await new Promise((resolve) => real.stdout.once('data', resolve));
    fakeElectron.forkedChildren[0]!.backWith(real);
    try {
      // Before: kill() only, so stop() waited forever and the core ran on.
      await stubborn.stop();
      expect(real.signalCode).toBe('SIGKILL');
      expect(isRunning(real.pid!)).toBe(false);
    } finally {
      real.kill('SIGKILL');
    }
  });

  it('survives a fatal-error report from the child (the exit that follows still settles everything)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const pending = handle.client.request('getSnapshot', {});
    // Electron emits 'error' (e.g. a V8 out-of-memory in the core) and then 'exit'. An 'error'
    // event nobody listens to would throw in the main process and take the tray down with it.
    expect(() => child.emit('error', 'FatalError', 'v8::internal::Heap', '/tmp/report.json')).not.toThrow();
    child.exit(null);
    await expect(pending).rejects.toMatchObject({ code: 'unavailable' });
    await expect(handle.exited).resolves.toBe('exit code null');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('FatalError'));
    warn.mockRestore();
  });
});
