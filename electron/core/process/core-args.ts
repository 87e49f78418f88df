import { parseArgs } from 'node:util';

export interface CoreArgs {
  policyPath?: string;
  simulatePath?: string;
  /** Where the guided-flow state lives (default: the per-OS data directory, see guides/data-dir.ts). */
  dataDir?: string;
}

/** Arguments the core process accepts from whoever spawns it (CLI, harness, main process). */
export function parseCoreArgs(argv: readonly string[]): CoreArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: { policy: { type: 'string' }, simulate: { type: 'string' }, 'data-dir': { type: 'string' } },
    strict: true,
  });
  return {
    ...(values.policy ? { policyPath: values.policy } : {}),
    ...(values.simulate ? { simulatePath: values.simulate } : {}),
    ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
  };
}
