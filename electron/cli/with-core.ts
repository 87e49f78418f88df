import type { Translator } from '../../shared/i18n/translator';
import type { ProtocolClient } from '../../shared/protocol/client';
import { exitCouldNotRun } from '../../shared/model/report';
import { describePolicyIssues } from '../../shared/policy/describe-policy-issues';
import { loadPolicy, type LoadedPolicy } from '../core/policy/load-policy';
import { spawnCore } from '../host/spawn-core';
import type { CliIo } from './cli-io';
import { errorMessage } from '../../shared/error-message';
import { oneLine } from '../../shared/text/one-line';

/** The overall deadline of one CLI run (policy `cli.deadlineSeconds`, or `--deadline`). */
export interface Deadline {
  seconds: number;
  /** Resolves when the deadline has passed. */
  reached: Promise<void>;
}

/** After the deadline, how long the core gets to hand over what it has before the CLI gives up on it. */
const answerGraceMs = 3_000;
/** A core that does not stop on SIGTERM this long after the answer is printed is killed. */
const stopGraceMs = 2_000;

/**
 * Validates the policy, forks the core with it, lets `use` talk to the core, and always stops it.
 * The policy is validated here, before any probe runs, so a bad policy never triggers checks on
 * defaults (whose gateway and public-host probes the policy may have been written to switch off):
 * exit 3 with one line naming the JSON path. A core that fails is exit 3 too. The deadline counts
 * from the start of the run.
 */
export async function withCore(
  options: { policyPath?: string; coreArgs?: readonly string[]; deadlineSeconds?: number },
  t: Translator,
  io: CliIo,
  use: (client: ProtocolClient, deadline: Deadline, loaded: LoadedPolicy) => Promise<number>,
): Promise<number> {
  const started = Date.now();
  const loaded = await loadPolicy({ cliPath: options.policyPath, env: io.env, platform: io.platform });
  if (loaded.status.issues.length) {
    io.stderr(`invoiceguard: ${describePolicyIssues(loaded.status, t)}\n`);
    return exitCouldNotRun;
  }
  const seconds = options.deadlineSeconds ?? loaded.policy.cli.deadlineSeconds;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reached = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, seconds * 1000 - (Date.now() - started)));
  });
  const policyArgs = loaded.status.path && loaded.status.source !== 'default' ? ['--policy', loaded.status.path] : [];
  // A CLI's core is short-lived, never `--resident`: it keeps no journal, and it does not overwrite
  // the app's metrics file or repeat its events.
  const core = spawnCore([...policyArgs, ...(options.coreArgs ?? [])], { corePath: io.corePath, env: io.env });
  try {
    return await use(core.client, { seconds, reached }, loaded);
  } catch (error) {
    const reason = errorMessage(error);
    io.stderr(`invoiceguard: ${oneLine(t.t('cli.coreFailed', { reason }))}\n`);
    return exitCouldNotRun;
  } finally {
    clearTimeout(timer);
    await core.stop({ graceMs: stopGraceMs });
  }
}

/** `work`'s value if it comes before the deadline, `late` otherwise (work goes on, unheard). */
export async function beforeDeadline<T>(
  work: Promise<T>,
  deadline: Deadline,
): Promise<{ done: true; value: T } | { done: false }> {
  return Promise.race([
    work.then((value) => ({ done: true as const, value })),
    deadline.reached.then(() => ({ done: false as const })),
  ]);
}

/** After the deadline: the core's answer within a short grace, or an error saying it gave none. */
export function answerSoon<T>(work: Promise<T>, deadline: Deadline, t: Translator): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const giveUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(t.t('cli.coreNoAnswer', { seconds: deadline.seconds }))), answerGraceMs);
  });
  return Promise.race([work, giveUp]).finally(() => clearTimeout(timer));
}
