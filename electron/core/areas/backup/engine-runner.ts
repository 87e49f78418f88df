import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { BackupFailure, serializeFailure, type SerializedFailure } from './backup-failure';
import { runEngineJob, type EngineJob, type EngineResult } from './engine';
import type { EngineProgress } from './engine-types';

/** Runs engine jobs somewhere that does not block the caller; rejects with a BackupFailure. */
export interface EngineRunner {
  run(job: EngineJob, onProgress: (p: EngineProgress) => void): Promise<EngineResult>;
}

type WorkerMessage =
  | { type: 'progress'; progress: EngineProgress }
  | { type: 'result'; result: EngineResult }
  | { type: 'error'; failure: SerializedFailure };

/**
 * Where the bundled worker sits: beside the bundle that runs the core or the CLI (dist/). Sources
 * run as ES modules (tsx: the benches) have no `__dirname` and no bundle beside them: none then.
 */
export function builtWorkerPath(): string | undefined {
  return typeof __dirname === 'string' ? path.join(__dirname, 'backup-worker.cjs') : undefined;
}

/**
 * Each job in its own worker thread. A job that outlives `timeoutMs` is terminated like a killed
 * process: its snapshot stays incomplete and the next run cleans it up.
 */
export function workerRunner(workerFile: string, timeoutMs = 12 * 3600_000): EngineRunner {
  return {
    run(job, onProgress) {
      return new Promise<EngineResult>((resolve, reject) => {
        let settled = false;
        // The bundle is plain CommonJS: no loader or debugger flags of the parent (tsx, --inspect) are inherited.
        const worker = new Worker(workerFile, { workerData: { job }, execArgv: [] });
        const finish = (fn: () => void): void => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          fn();
          void worker.terminate();
        };
        const timer = setTimeout(
          () =>
            finish(() => reject(new BackupFailure('internal', { reason: `job did not end within ${timeoutMs} ms` }))),
          timeoutMs,
        );
        worker.on('message', (m: WorkerMessage) => {
          if (m.type === 'progress') onProgress(m.progress);
          else if (m.type === 'result') finish(() => resolve(m.result));
          else finish(() => reject(new BackupFailure(m.failure.kind, m.failure.details)));
        });
        worker.on('error', (error) => finish(() => reject(new BackupFailure('internal', { reason: error.message }))));
        worker.on('exit', (code) =>
          finish(() => reject(new BackupFailure('internal', { reason: `backup worker exited (${code})` }))),
        );
      });
    },
  };
}

/** The job on this thread (tests, and the engine's own unit tests): blocks the event loop while it runs. */
export const inProcessRunner: EngineRunner = {
  async run(job, onProgress) {
    try {
      return runEngineJob(job, onProgress);
    } catch (error) {
      const f = serializeFailure(error);
      throw new BackupFailure(f.kind, f.details);
    }
  },
};

/** The worker when the bundle is there; from sources (development) the job runs in process, said in the log. */
export function defaultRunner(log: (line: string) => void): EngineRunner {
  const file = builtWorkerPath();
  if (file && existsSync(file)) return workerRunner(file);
  log(`backup: ${file ?? 'the bundled backup worker'} not found; running backup jobs in process`);
  return inProcessRunner;
}
