import { parseArgs } from 'node:util';

export interface CoreArgs {
  policyPath?: string;
  simulatePath?: string;
  /** Where the guided-flow state lives (default: the per-OS data directory, see data-dir.ts). */
  dataDir?: string;
  /**
   * `--resident`: the app's long-running core (Electron main, the harness). It keeps the incident
   * journal and its log file and feeds IT's monitoring (metrics file, /metrics, events). The
   * one-shot cores behind `invoiceguard check` do none of that, or every monitoring poll would
   * journal a start and an end and rewrite the metrics of the running app.
   */
  resident?: boolean;
}

/** Arguments the core process accepts from whoever spawns it (CLI, harness, main process). */
export function parseCoreArgs(argv: readonly string[]): CoreArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      policy: { type: 'string' },
      simulate: { type: 'string' },
      'data-dir': { type: 'string' },
      resident: { type: 'boolean' },
    },
    strict: true,
  });
  return {
    ...(values.policy ? { policyPath: values.policy } : {}),
    ...(values.simulate ? { simulatePath: values.simulate } : {}),
    ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
    ...(values.resident ? { resident: true } : {}),
  };
}
