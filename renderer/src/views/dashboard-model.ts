import type { Message } from '../../../shared/model/reading';
import type { Snapshot } from '../../../shared/model/snapshot';
import type { CoreStatus } from '../../../shared/protocol/contract';

export type DashboardModel =
  | { kind: 'waiting'; message: Message }
  | {
      kind: 'ready';
      overall: Snapshot['overall'];
      /** Catalog key of the policy's source, shown inside `ui.policy.source`. */
      policySourceKey: string;
      faults: Snapshot['faults'];
      checks: Snapshot['checks'];
    };

/**
 * What the dashboard shows: the latest snapshot (kept while the core restarts, so the last known
 * state stays readable), or why there is none yet.
 */
export function dashboardModel(input: { snapshot?: Snapshot; coreStatus?: CoreStatus }): DashboardModel {
  const { snapshot } = input;
  if (!snapshot) {
    const restarting = input.coreStatus?.state === 'restarting';
    return { kind: 'waiting', message: { key: restarting ? 'ui.waitingForCore' : 'ui.connecting' } };
  }
  return {
    kind: 'ready',
    overall: snapshot.overall,
    policySourceKey: `policy.source.${snapshot.policy.source}`,
    faults: snapshot.faults,
    checks: snapshot.checks,
  };
}
