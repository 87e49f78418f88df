// Runs the built Electron main process (dist/main.cjs) under plain Node with the fake `electron`
// of the unit tests, started hidden (no window), as at login. The fake's utilityProcess forks the
// real built core over Node IPC instead, so main gets real snapshots. For bench/idle-footprint:
// tells its parent the core's pid once the first snapshot arrived, then idles until killed.
// What it cannot show: Chromium's browser process, GPU and network services, the native tray.
import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import * as fake from '../../test/support/fake-electron';

// Bundled to plain CommonJS by the bench (no TypeScript loader in the measured process): the
// repository root comes as the first argument.
const repoRoot = process.argv[2]!;
const onlyBaseline = process.argv.includes('--baseline');

/** A utilityProcess child over a real forked Node process. */
class ForkedCore extends EventEmitter {
  private readonly child;
  constructor(modulePath: string, args: string[]) {
    super();
    this.child = fork(modulePath, args, {
      execArgv: [],
      serialization: 'json',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    this.child.on('message', (message) => {
      this.emit('message', message);
      if (!reported && (message as { name?: string }).name === 'snapshot') {
        reported = true;
        process.send?.({ corePid: this.child.pid });
      }
    });
    this.child.once('exit', (code) => this.emit('exit', code));
  }
  postMessage(message: unknown): void {
    this.child.send(message as object);
  }
  kill(): boolean {
    return this.child.kill('SIGTERM');
  }
}
let reported = false;

const electron = { ...fake, utilityProcess: { fork: (m: string, a: string[] = []) => new ForkedCore(m, a) } };
const modules = Module as unknown as {
  _resolveFilename(request: string, ...rest: unknown[]): string;
  _cache: Record<string, unknown>;
};
const resolve = modules._resolveFilename;
modules._resolveFilename = function (request: string, ...rest: unknown[]) {
  return request === 'electron' ? 'electron' : resolve.call(this, request, ...rest);
};
modules._cache.electron = { id: 'electron', filename: 'electron', loaded: true, exports: electron };

if (onlyBaseline) {
  process.send?.({ ready: true }); // the same Node, loader and fake, without main: what main adds is the rest
} else {
  process.argv.push('--hidden');
  createRequire(path.join(repoRoot, 'package.json'))(path.join(repoRoot, 'dist', 'main.cjs'));
  fake.app.becomeReady();
}
setInterval(() => {}, 1 << 30);
process.on('SIGTERM', () => {
  fake.app.quit();
  setTimeout(() => process.exit(0), 3_500).unref();
});
