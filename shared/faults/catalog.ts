import type { FaultDefinition } from './define-faults';
import { diskFaults } from './disk-faults';

/** Every fault the product can raise, by id; an area adds its definitions file here. */
export const faultCatalog: Readonly<Record<string, FaultDefinition>> = {
  ...diskFaults,
};

export type { FaultDefinition };
