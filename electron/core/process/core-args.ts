import { parseArgs } from 'node:util';

export interface CoreArgs {
  policyPath?: string;
  simulatePath?: string;
  /** Where the guided-flow state lives (default: the per-OS data directory, see guides/data-dir.ts). */
  dataDir?: string;
  /** `--no-fleet-outputs` (the CLI's short-lived cores): no metrics file, /metrics server or events. */
  fleetOutputs?: false;
}

/** Arguments the core process accepts from whoever spawns it (CLI, harness, main process). */
export function parseCoreArgs(argv: readonly string[]): CoreArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      policy: { type: 'string' },
      simulate: { type: 'string' },
      'data-dir': { type: 'string' },
      'no-fleet-outputs': { type: 'boolean' },
    },
    strict: true,
  });
  return {
    ...(values.policy ? { policyPath: values.policy } : {}),
    ...(values.simulate ? { simulatePath: values.simulate } : {}),
    ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
    ...(values['no-fleet-outputs'] ? { fleetOutputs: false as const } : {}),
  };
}
