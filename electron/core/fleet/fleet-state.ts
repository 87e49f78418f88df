import { readCapped } from '../../util/read-capped-file';
import path from 'node:path';
import { z } from 'zod';
import { faultCategorySchema, severitySchema } from '../../../shared/model/fault';
import { errorMessage } from '../../../shared/error-message';
import type { TrackedIncident } from './incident-diff';
import { writeAtomically } from './atomic-write';

const stateSchema = z
  .object({
    version: z.literal(1),
    /** When a tax device was last seen connected (ISO). */
    taxDeviceLastSeenAt: z.string().optional(),
    /** Incidents announced to the system log as opened and not yet as closed. */
    incidents: z
      .array(
        z
          .object({
            faultId: z.string().max(200),
            category: faultCategorySchema,
            severity: severitySchema,
            since: z.string().max(40),
            checkIds: z.array(z.string().max(200)).max(100),
          })
          .strict(),
      )
      .max(500),
  })
  .strict();
export type FleetState = z.infer<typeof stateSchema>;

/** The fleet area's own small file in the data folder, beside the flow state. */
export function fleetStatePath(dataDir: string): string {
  return path.join(dataDir, 'fleet-state.json');
}

export interface FleetStateStore {
  state(): FleetState;
  /** Saves the state (atomically; saves never overlap); does nothing for a read-only store. */
  save(change: (state: FleetState) => void): Promise<void>;
  flushed(): Promise<void>;
}

/**
 * Opens the fleet state: what survives a restart so a restart neither announces open incidents
 * again nor forgets when the tax device was last here. A missing or bad file starts empty (a bad
 * one is only reported: it is rewritten at the next save). `readOnly` (the CLI's short-lived core)
 * reads and never writes.
 */
export async function openFleetState(
  file: string | undefined,
  options: { readOnly: boolean; log: (line: string) => void },
): Promise<FleetStateStore> {
  let state: FleetState = { version: 1, incidents: [] };
  if (file) {
    try {
      const text = (await readCapped(file, 1_000_000)).toString('utf8');
      const parsed = stateSchema.safeParse(JSON.parse(text));
      if (parsed.success) state = parsed.data;
      else options.log(`fleet state ${file} is not usable; starting empty`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        options.log(`fleet state ${file}: ${errorMessage(error)}`);
    }
  }
  let chain: Promise<void> = Promise.resolve();
  return {
    state: () => state,
    save(change) {
      change(state);
      if (!file || options.readOnly) return chain;
      const text = `${JSON.stringify(state, null, 2)}\n`;
      chain = chain
        .then(() => writeAtomically(file, text, { durable: true, createDir: true }))
        .catch((error: unknown) => options.log(`fleet state: cannot save ${file}: ${errorMessage(error)}`));
      return chain;
    },
    flushed: () => chain,
  };
}

export type { TrackedIncident };
