// Entry of the core as its own process: forked by the CLI and the browser harness (Node IPC),
// or started by the Electron main process as a utilityProcess (parent port).
import { serveOverTransport } from '../../../shared/protocol/serve';
import type { Transport } from '../../../shared/protocol/transport';
import { createCore } from '../core';
import { setUpCore } from '../core-setup';
import { loadPolicy } from '../policy/load-policy';
import { locatePolicy } from '../policy/locate-policy';
import { createLiveCore } from '../policy/live-policy-core';
import { watchPolicyFile } from '../policy/watch-policy-file';
import { parseCoreArgs } from './core-args';
import { nodeIpcTransport } from './node-ipc-transport';
import { parentPortTransport, type ParentPortLike } from './parent-port-transport';
import { appVersion } from '../app-version';
import { errorMessage } from '../../../shared/error-message';
import { exitWithParent } from './exit-with-parent';
import { oneLine } from '../../../shared/text/one-line';
import os from 'node:os';
import { defaultDataDir } from '../data-dir';
import { coreLogPath, createFileLog } from '../log/core-log';

// First thing, before the policy is read or any source set up: a parent that dies now (a CLI
// killed in its first milliseconds, a closed harness) takes the core with it. Nobody is listening
// any more, so it exits at once; practice leftovers go with the 'exit' handler below.
// (Nothing is logged: the parent's end of stderr may be gone too.)
exitWithParent(() => process.exit(0));

function connectToParent(): Transport {
  const parentPort = (process as NodeJS.Process & { parentPort?: ParentPortLike }).parentPort;
  if (parentPort) return parentPortTransport(parentPort);
  if (process.send) return nodeIpcTransport(process);
  throw new Error('the core must be started by InvoiceGuard (no IPC channel to a parent)');
}

async function main(): Promise<void> {
  const args = parseCoreArgs(process.argv.slice(2));
  const policyOptions = { cliPath: args.policyPath, env: process.env, platform: process.platform };
  const loaded = await loadPolicy(policyOptions);
  // Log lines go to stderr (the host shows them) and, for the app's own core, to a size-capped
  // file in the data folder, so that a support bundle can carry them (docs/support.md).
  const dataDir = args.dataDir ?? defaultDataDir(process.platform, process.env, os.homedir());
  const toFile = args.resident
    ? createFileLog(coreLogPath(dataDir), {
        onFailure: (reason) => void process.stderr.write(`[core] cannot write the log file: ${oneLine(reason)}\n`),
      })
    : () => {};
  const log = (line: string): void => {
    process.stderr.write(`[core] ${line}\n`);
    toFile(line);
  };
  // Real sources and the user's flow state, or a scenario's scripted sources (practice mode). The
  // resident core (the app's own) also keeps the journal and feeds IT's monitoring.
  const { resident, ...setupArgs } = args;
  const setup = await setUpCore({
    ...setupArgs,
    env: process.env,
    platform: process.platform,
    log,
    ...(resident ? { journal: { dataDir, version: appVersion } } : {}),
    fleetOutputs: resident === true,
  });
  const core = createLiveCore({
    initial: setup.loaded ?? loaded,
    build: (policy) =>
      createCore({
        loaded: policy,
        areas: setup.areas,
        platform: process.platform,
        version: appVersion,
        simulated: setup.simulated,
        now: setup.now,
        ...(setup.practice ? { practice: setup.practice } : {}),
        taxDevice: setup.taxDevice,
        log,
      }),
    reload: () => loadPolicy(policyOptions),
    log,
  });
  const connection = serveOverTransport(connectToParent(), core.handlers);
  core.onSnapshot((snapshot) => connection.emit('snapshot', snapshot));
  core.onEvent((name, payload) => connection.emit(name, payload));
  core.start();
  // The policy file is followed while the core runs (docs/policy.md, "Changing the policy"); a
  // practice drill plays under its scenario's own policy instead.
  const unwatch = setup.practice
    ? () => {}
    : watchPolicyFile(
        locatePolicy(args.policyPath, process.env, process.platform).path,
        () => void core.policyChanged(),
        {
          log,
        },
      );
  const shutdown = (): void =>
    void Promise.resolve(unwatch())
      .then(() => core.stop())
      .then(() => setup.cleanup())
      .finally(() => process.exit(0));
  // The parent going away exits at once (see exitWithParent above); practice leftovers go with it.
  process.once('exit', () => setup.cleanupSync());
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`[core] cannot start: ${oneLine(errorMessage(error))}\n`);
  process.exit(70);
});
