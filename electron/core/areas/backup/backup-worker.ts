// Entry of the backup worker thread (bundled as dist/backup-worker.cjs): runs one engine job with
// synchronous file calls, which block only this thread, never the core's monitor.
import { parentPort, workerData } from 'node:worker_threads';
import { runEngineJob, type EngineJob } from './engine';
import { serializeFailure } from './backup-failure';

const port = parentPort;
if (port) {
  try {
    const result = runEngineJob((workerData as { job: EngineJob }).job, (progress) =>
      port.postMessage({ type: 'progress', progress }),
    );
    port.postMessage({ type: 'result', result });
  } catch (error) {
    port.postMessage({ type: 'error', failure: serializeFailure(error) });
  }
}
