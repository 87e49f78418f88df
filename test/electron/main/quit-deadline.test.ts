// @vitest-environment node
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quitDeadlineMs, stopBeforeQuit } from '../../../electron/main/quit-deadline';

/** An app whose quit emits a cancellable before-quit, as Electron's does. */
class QuitApp extends EventEmitter {
  quitCalls = 0;
  quitted = false;
  quit(): void {
    this.quitCalls++;
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) this.quitted = true;
  }
}

describe('quitting stops the core first, within a deadline', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds the quit until the core has stopped, then quits', async () => {
    const app = new QuitApp();
    let stopped!: () => void;
    const stop = vi.fn(() => new Promise<void>((resolve) => (stopped = resolve)));
    stopBeforeQuit({ app, stop });
    app.quit();
    expect(stop).toHaveBeenCalledTimes(1);
    expect(app.quitted).toBe(false);
    stopped();
    await vi.advanceTimersByTimeAsync(0);
    expect(app.quitted).toBe(true);
  });

  it('quits anyway when the core does not stop within the deadline (3 s)', async () => {
    const app = new QuitApp();
    const log = vi.fn();
    stopBeforeQuit({ app, stop: () => new Promise(() => {}), log });
    app.quit();
    await vi.advanceTimersByTimeAsync(quitDeadlineMs - 1);
    expect(app.quitted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(app.quitted).toBe(true);
    expect(quitDeadlineMs).toBe(3_000);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('did not stop within 3000 ms'));
  });

  it('quits when stopping fails, and stops only once however often quit is asked', async () => {
    const app = new QuitApp();
    const stop = vi.fn(() => Promise.reject(new Error('boom')));
    stopBeforeQuit({ app, stop, log: () => {} });
    app.quit();
    app.quit();
    await vi.advanceTimersByTimeAsync(0);
    expect(stop).toHaveBeenCalledTimes(1);
    expect(app.quitted).toBe(true);
  });

  it('delays an OS shutdown (Linux, macOS) and quits through the same path', async () => {
    const app = new QuitApp();
    const power = new EventEmitter();
    const stop = vi.fn(async () => {});
    stopBeforeQuit({ app, shutdown: power, stop });
    const preventDefault = vi.fn();
    power.emit('shutdown', { preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(stop).toHaveBeenCalledTimes(1);
    expect(app.quitted).toBe(true);
  });
});
