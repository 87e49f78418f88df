// Entry of the core as its own process: forked by the CLI and the browser harness (Node IPC),
// or started by the Electron main process as a utilityProcess (parent port).
import { serveOverTransport } from '../../../shared/protocol/serve';
import type { Transport } from '../../../shared/protocol/transport';
import { createCore } from '../core';
import { productionAreas } from '../areas';
import { loadPolicy } from '../policy/load-policy';
import { parseCoreArgs } from './core-args';
import { nodeIpcTransport } from './node-ipc-transport';
import { parentPortTransport, type ParentPortLike } from './parent-port-transport';
import { appVersion } from '../app-version';

function connectToParent(): Transport {
  const parentPort = (process as NodeJS.Process & { parentPort?: ParentPortLike }).parentPort;
  if (parentPort) return parentPortTransport(parentPort);
  if (process.send) {
    // The parent went away (crashed CLI, closed harness): nobody is listening, so stop.
    process.on('disconnect', () => process.exit(0));
    return nodeIpcTransport(process);
  }
  throw new Error('the core must be started by InvoiceGuard (no IPC channel to a parent)');
}

async function main(): Promise<void> {
  const args = parseCoreArgs(process.argv.slice(2));
  if (args.simulatePath) throw new Error('--simulate is not supported by this build yet');
  const loaded = await loadPolicy({ cliPath: args.policyPath, env: process.env, platform: process.platform });
  const core = createCore({
    loaded,
    areas: productionAreas(),
    platform: process.platform,
    version: appVersion,
    log: (line) => process.stderr.write(`[core] ${line}\n`),
  });
  const connection = serveOverTransport(connectToParent(), core.handlers);
  core.onSnapshot((snapshot) => connection.emit('snapshot', snapshot));
  core.start();
  const shutdown = (): void => void core.stop().finally(() => process.exit(0));
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`[core] cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(70);
});
