import { parseArgs } from 'node:util';

export interface CoreArgs {
  policyPath?: string;
  simulatePath?: string;
}

/** Arguments the core process accepts from whoever spawns it (CLI, harness, main process). */
export function parseCoreArgs(argv: readonly string[]): CoreArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: { policy: { type: 'string' }, simulate: { type: 'string' } },
    strict: true,
  });
  return {
    ...(values.policy ? { policyPath: values.policy } : {}),
    ...(values.simulate ? { simulatePath: values.simulate } : {}),
  };
}
