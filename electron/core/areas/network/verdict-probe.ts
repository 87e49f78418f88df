import type { Probe } from '../../probe';
import { notConfigured } from '../../source-probe';
import type { NetworkBoard } from './network-board';
import { layersFrom } from './network-layers';
import { networkVerdict } from './network-verdict';

/**
 * `network.verdict`: where the fault lies, in one sentence the CLI prints. It waits for the layer
 * runs in flight, then judges them together; every finished layer run re-triggers it.
 */
export function verdictProbe(board: NetworkBoard, intervalMs: number, timeoutMs: number, policyHeld = false): Probe {
  return {
    id: 'network.verdict',
    area: 'network',
    intervalMs,
    timeoutMs,
    async run() {
      await board.settled();
      const verdict = networkVerdict(layersFrom(board.outcomes));
      // Only local layers ran (bad policy file): say why the rest was not checked rather than "all clear".
      if (policyHeld && (verdict.scope === 'ok' || verdict.scope === 'nothing-checked')) {
        return { status: 'unknown', summary: { key: 'network.verdict.policyInvalid' }, details: { scope: 'unknown' } };
      }
      const details = { scope: verdict.scope, faults: verdict.faults.map((f) => f.id) };
      // The policy names nothing to reach: say so in grey, never a green "all clear".
      if (verdict.scope === 'nothing-checked') return { ...notConfigured(verdict.message), details };
      return { status: verdict.status, summary: verdict.message, details };
    },
    watch: (onChange) => board.onChange(onChange),
  };
}
