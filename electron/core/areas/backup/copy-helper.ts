import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { BackupFailure, serializeFailure, type SerializedFailure } from './backup-failure';
import { copyFiles, type CopyContext, type CopyHelper, type CopyOutcome } from './copy-file';
import { sleepSync } from './sync-fs';

/** What the helper thread is started with (plain data, a shared buffer and a port). */
export interface CopyHelperData {
  files: string[];
  context: CopyContext;
  /** [done, abort] as Int32 at bytes 0..8, then [files, bytes] as Float64. */
  shared: SharedArrayBuffer;
  port: MessagePort;
}

interface HelperMessage {
  outcomes: (CopyOutcome | null)[];
  added: string[];
  failure?: SerializedFailure;
}

/** A helper that stops reporting progress for this long is given up on (one huge file on a slow share stays well under it). */
const stallMs = 30 * 60_000;

/**
 * Shares a run's copying with a second thread (the same worker bundle in helper mode), so both
 * cores work on a full backup. The engine's thread waits for it synchronously: Atomics on a shared
 * buffer for "done" and progress, `receiveMessageOnPort` for the result.
 */
export function threadCopyHelper(workerFile: string): CopyHelper {
  return {
    start(files, context) {
      const shared = new SharedArrayBuffer(24);
      const flags = new Int32Array(shared, 0, 2);
      const nums = new Float64Array(shared, 8, 2);
      const { port1, port2 } = new MessageChannel();
      const data: CopyHelperData = { files, context, shared, port: port2 };
      const worker = new Worker(workerFile, { workerData: { copy: data }, transferList: [port2], execArgv: [] });
      worker.on('error', () => {
        Atomics.store(flags, 0, 2);
        Atomics.notify(flags, 0);
      });
      return {
        progress: () => ({ files: nums[0] ?? 0, bytes: nums[1] ?? 0 }),
        abort: () => void Atomics.store(flags, 1, 1),
        wait(onTick) {
          let last = -1;
          let still = 0;
          while (Atomics.load(flags, 0) === 0) {
            Atomics.wait(flags, 0, 0, 100);
            onTick();
            const seen = (nums[0] ?? 0) + (nums[1] ?? 0);
            still = seen === last ? still + 100 : 0;
            last = seen;
            if (still > stallMs) break;
          }
          let received: { message: HelperMessage } | undefined;
          for (let i = 0; i < 100 && !received; i++) {
            received = receiveMessageOnPort(port1) as { message: HelperMessage } | undefined;
            if (!received) sleepSync(10);
          }
          port1.close();
          void worker.terminate();
          if (!received)
            return {
              outcomes: [],
              added: [],
              failure: new BackupFailure('internal', { reason: 'the copy helper thread did not answer' }),
            };
          const m = received.message;
          return {
            outcomes: m.outcomes,
            added: m.added,
            ...(m.failure ? { failure: new BackupFailure(m.failure.kind, m.failure.details) } : {}),
          };
        },
      };
    },
  };
}

/** The helper thread's side: copy, report, always say "done" (even after a failure). */
export function runCopyHelper(data: CopyHelperData): void {
  const flags = new Int32Array(data.shared, 0, 2);
  const nums = new Float64Array(data.shared, 8, 2);
  try {
    const result = copyFiles(data.files, data.context, {
      add(bytes) {
        nums[0] = (nums[0] ?? 0) + 1;
        nums[1] = (nums[1] ?? 0) + bytes;
      },
      aborted: () => Atomics.load(flags, 1) === 1,
    });
    const message: HelperMessage = {
      outcomes: result.outcomes,
      added: result.added,
      ...(result.failure ? { failure: serializeFailure(result.failure) } : {}),
    };
    data.port.postMessage(message);
  } catch (error) {
    data.port.postMessage({ outcomes: [], added: [], failure: serializeFailure(error) } satisfies HelperMessage);
  } finally {
    Atomics.store(flags, 0, 1);
    Atomics.notify(flags, 0);
  }
}
