import type { Core } from '../core';
import type { LoadedPolicy } from './load-policy';
import type { Snapshot } from '../../../shared/model/snapshot';
import type { EventName, PayloadOf, RequestHandlers } from '../../../shared/protocol/contract';
import { requestNames } from '../../../shared/protocol/contract';
import { ProtocolError } from '../../../shared/protocol/envelope';
import { errorMessage } from '../../../shared/error-message';

type EventListener = <E extends EventName>(name: E, payload: PayloadOf<E>) => void;

export interface LiveCoreOptions {
  initial: LoadedPolicy;
  /** Builds a core (its areas) for a policy; called again for each valid new policy. */
  build(loaded: LoadedPolicy): Core;
  /** Reads the policy file again, through the same bounded reader and validation as at start. */
  reload(): Promise<LoadedPolicy>;
  log?(line: string): void;
}

export interface LiveCore {
  /** Requests go to whichever core is current. */
  handlers: RequestHandlers;
  start(): void;
  stop(): Promise<void>;
  onSnapshot(listener: (snapshot: Snapshot) => void): () => void;
  onEvent(listener: EventListener): () => void;
  /** The policy file may have changed: re-read it, and apply it only when it is valid. */
  policyChanged(): Promise<void>;
  /** The policy in force now. */
  loaded(): LoadedPolicy;
}

/**
 * A core that follows its policy file while it runs. A valid new policy is applied by building
 * the areas anew with it (in this process: the old core is stopped and disposed, a new one
 * started, and requests and events follow it); an invalid one is not applied: the policy in force
 * stays, and the snapshot's policy status shows the new file's issues with `notApplied`, which the
 * app's policy banner says. A core running on defaults because its file was bad at start simply
 * shows the new issues (defaults stay in force) until the file becomes valid.
 */
export function createLiveCore(options: LiveCoreOptions): LiveCore {
  const log = options.log ?? (() => {});
  let inForce = options.initial;
  let current = options.build(inForce);
  let started = false;
  let stopped = false;
  const snapshotListeners = new Set<(snapshot: Snapshot) => void>();
  const eventListeners = new Set<EventListener>();
  let unwire = wire(current);
  let chain: Promise<void> = Promise.resolve();

  function wire(core: Core): () => void {
    const offSnapshot = core.onSnapshot((s) => snapshotListeners.forEach((l) => l(s)));
    const offEvent = core.onEvent((name, payload) => eventListeners.forEach((l) => l(name, payload)));
    return () => {
      offSnapshot();
      offEvent();
    };
  }

  const handlers = Object.fromEntries(
    requestNames.map((method) => [
      method,
      (params: never) => {
        const handler = current.handlers[method] as ((p: never) => Promise<unknown>) | undefined;
        // A request this core does not serve is answered like any unserved one (unknown-method).
        if (!handler) return Promise.reject(new ProtocolError('unknown-method', `"${method}" is not served here`));
        return handler(params);
      },
    ]),
  ) as unknown as RequestHandlers;
  // Only the methods the first core serves are offered (area requests are optional).
  for (const method of requestNames)
    if (!current.handlers[method]) delete (handlers as Record<string, unknown>)[method];

  async function apply(): Promise<void> {
    if (stopped) return;
    let next: LoadedPolicy;
    try {
      next = await options.reload();
    } catch (error) {
      log(`policy reload failed: ${errorMessage(error)}`);
      return;
    }
    if (stopped) return;
    const runningOnGoodPolicy = inForce.status.issues.length === 0;
    if (
      next.status.issues.length ||
      (runningOnGoodPolicy && inForce.status.source !== 'default' && next.status.source === 'default')
    ) {
      // Refused: a bad file, or the file gone (which would otherwise quietly bring the defaults back).
      const issues = next.status.issues.length
        ? next.status.issues
        : [{ path: '$', message: { key: 'policy.issue.notFound' } }];
      const status = runningOnGoodPolicy
        ? { ...inForce.status, issues, notApplied: true as const }
        : { ...next.status, issues };
      log(`policy file changed but was not applied: ${issues.map((i) => `${i.path} ${i.message.key}`).join('; ')}`);
      current.showPolicyStatus(status);
      return;
    }
    if (JSON.stringify(next.policy) === JSON.stringify(inForce.policy)) {
      // The same settings (reformatted, touched, or fixed back): nothing to rebuild; clear any refusal shown.
      inForce = next;
      current.showPolicyStatus(next.status);
      return;
    }
    log(`policy file changed: applying it`);
    const old = current;
    unwire();
    await old.stop();
    if (stopped) return;
    inForce = next;
    current = options.build(next);
    unwire = wire(current);
    if (started) current.start();
  }

  return {
    handlers,
    start() {
      started = true;
      current.start();
    },
    async stop() {
      stopped = true;
      await chain;
      unwire();
      await current.stop();
    },
    onSnapshot(listener) {
      snapshotListeners.add(listener);
      return () => void snapshotListeners.delete(listener);
    },
    onEvent(listener) {
      eventListeners.add(listener);
      return () => void eventListeners.delete(listener);
    },
    policyChanged() {
      // One reload at a time, in order: a burst of changes ends on the file's last state.
      chain = chain.then(apply, apply);
      return chain;
    },
    loaded: () => inForce,
  };
}
