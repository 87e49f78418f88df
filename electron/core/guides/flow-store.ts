import { mkdir, rename, writeFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { emptyFlowState, flowStateSchema, type FlowState } from '../../../shared/guides/flow-schema';
import { formatValidationError } from '../../../shared/protocol/format-validation-error';
import type { Message } from '../../../shared/model/reading';
import { errorMessage } from '../../../shared/error-message';
import { readCappedFile } from '../../util/read-capped-file';

/** A flow-state file larger than this is not ours; it is set aside like a corrupt one. */
const maxStateBytes = 4 * 1024 * 1024;

export interface FlowStore {
  state(): FlowState;
  /**
   * Applies a change and saves it (atomically: temp file, then rename); saves never overlap. A
   * change that returns `false` made no change, and nothing is written. Never rejects: a save that
   * fails is kept in memory, retried, and reported by notice().
   */
  update(change: (state: FlowState) => void | boolean): Promise<void>;
  /** Waits for every save started so far. */
  flushed(): Promise<void>;
  /** Set while saving fails (the state is kept in memory), or when the saved file could not be used at start. */
  notice(): Message | undefined;
  /** Stops retrying a failed save (the core is stopping). */
  close(): void;
}

/**
 * Opens the flow-state file. Missing: empty state. Unreadable JSON or a shape we do not know: the
 * file is renamed to `<name>.corrupt-<time>` (nothing is deleted), the state starts empty and
 * `notice()` says where the old file went. Never throws for a bad file.
 */
export async function openFlowStore(
  file: string,
  log: (line: string) => void = () => {},
  options: { retryMs?: number } = {},
): Promise<FlowStore> {
  let state = emptyFlowState();
  let notice: Message | undefined;
  let text: string | undefined;
  const read = await readCappedFile(file, maxStateBytes);
  if (read.ok) text = read.bytes.toString('utf8');
  else if (read.problem !== 'not-found') {
    const why =
      read.problem === 'too-large'
        ? `larger than ${maxStateBytes} bytes`
        : read.problem === 'not-a-file'
          ? `not a regular file (${read.kind})`
          : read.problem === 'unreadable'
            ? read.reason
            : 'EACCES';
    text = `\u0000unreadable: ${why}`;
  }
  if (text !== undefined) {
    const parsed = parseState(text);
    if (parsed.ok) state = parsed.state;
    else {
      const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      try {
        await rename(file, aside);
        notice = { key: 'flow.stateCorrupt', params: { path: aside, reason: parsed.reason } };
      } catch (error) {
        notice = { key: 'flow.stateUnreadable', params: { path: file, reason: parsed.reason } };
        log(`flow state: cannot move the bad file aside: ${errorMessage(error)}`);
      }
      log(`flow state ${file} was not usable (${parsed.reason}); starting empty`);
    }
  }

  let chain: Promise<void> = Promise.resolve();
  /** Set while the last save failed (a full disk, a read-only folder): the state lives in memory until a save works. */
  let saveProblem: Message | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const retryMs = options.retryMs ?? 30_000;
  let closed = false;

  async function save(snapshot: string): Promise<void> {
    await mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await writeFile(temp, snapshot, { encoding: 'utf8', flush: true });
      await rename(temp, file);
    } catch (error) {
      await unlink(temp).catch(() => {});
      throw error;
    }
  }

  /** Saves the state as it is now. A failure (ENOSPC, EROFS, EACCES) leaves the last saved file
   * whole (the write went to a temp file), keeps the change in memory, says so in notice(), and
   * tries again later: nothing the user did is lost while the process runs, and it reaches the
   * disk as soon as there is room. */
  function saveNow(): Promise<void> {
    clearTimeout(retry);
    retry = undefined;
    chain = chain.then(async () => {
      if (closed) return;
      const snapshot = `${JSON.stringify(state, null, 2)}\n`;
      try {
        await save(snapshot);
        if (saveProblem) log(`flow state: saved ${file} again`);
        saveProblem = undefined;
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? errorMessage(error);
        if (!saveProblem) log(`flow state: cannot save ${file}: ${errorMessage(error)}; kept in memory, retrying`);
        saveProblem = { key: 'flow.stateNotSaved', params: { path: file, reason } };
        retry = setTimeout(() => void saveNow(), retryMs);
        retry.unref();
      }
    });
    return chain;
  }

  return {
    state: () => state,
    update(change) {
      if (change(state) === false) return chain;
      return saveNow();
    },
    flushed: () => chain,
    notice: () => saveProblem ?? notice,
    close() {
      closed = true;
      clearTimeout(retry);
      retry = undefined;
    },
  };
}

function parseState(text: string): { ok: true; state: FlowState } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: errorMessage(error) };
  }
  const result = flowStateSchema.safeParse(json);
  return result.success ? { ok: true, state: result.data } : { ok: false, reason: formatValidationError(result.error) };
}
