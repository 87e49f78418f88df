// Entry of the backup worker thread (bundled as dist/backup-worker.cjs): runs one engine job with
// synchronous file calls, which block only this thread, never the core's monitor. Started with
// `copy` instead of `job`, the same file is the copy helper that shares a full backup's copying.
import { parentPort, workerData } from 'node:worker_threads';
import { runEngineJob, type EngineJob } from './engine';
import { serializeFailure } from './backup-failure';
import { runCopyHelper, threadCopyHelper, type CopyHelperData } from './copy-helper';

const data = workerData as { job?: EngineJob; copy?: CopyHelperData };
const port = parentPort;
if (data.copy) runCopyHelper(data.copy);
else if (port && data.job) {
  try {
    const result = runEngineJob(
      data.job,
      (progress) => port.postMessage({ type: 'progress', progress }),
      threadCopyHelper(__filename),
    );
    port.postMessage({ type: 'result', result });
  } catch (error) {
    port.postMessage({ type: 'error', failure: serializeFailure(error) });
  }
}
