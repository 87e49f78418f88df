import { resolveInvoicingMode, type InvoicingState } from '../../shared/model/invoicing';
import type { Policy } from '../../shared/policy/policy-schema';
import type { TaxDeviceMemory } from './areas/define-area';
import type { FlowStore } from './guides/flow-store';

/** The invoicing mode in force now, from the policy and what this PC remembers. */
export function invoicingState(policy: Policy, memory?: Pick<TaxDeviceMemory, 'seenAt'>): InvoicingState {
  return resolveInvoicingMode(policy.invoicing.mode, policy.devices.require.taxDevice, memory?.seenAt());
}

/** The tax-device memory kept in the flow-state file of the data folder (a temp one in practice mode). */
export function storedTaxDeviceMemory(
  store: FlowStore,
  now: () => number,
  log: (line: string) => void,
): TaxDeviceMemory {
  return {
    seenAt: () => store.state().workstation.taxDeviceSeenAt,
    noteSeen() {
      if (store.state().workstation.taxDeviceSeenAt) return;
      const at = new Date(now()).toISOString();
      log(`a tax device was seen on this PC (${at}): invoicing mode auto now means tax-device`);
      store.update((state) => void (state.workstation.taxDeviceSeenAt = at)).catch(() => {}); // reported by the store; the memory in force is already updated
    },
  };
}
