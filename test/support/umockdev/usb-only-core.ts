// A core with the USB area only, served over the Node IPC channel like dist/core.cjs: the bench
// uses it to measure the idle cost of the USB watcher alone, without the other areas' probes.
// The bench bundles it with esbuild (like dist/core.cjs) and runs it with plain Node.
import { appendFileSync } from 'node:fs';
import { createCore } from '../../../electron/core/core';
import { usbArea } from '../../../electron/core/areas/usb/usb-area';
import { loadPolicy } from '../../../electron/core/policy/load-policy';
import { parseCoreArgs } from '../../../electron/core/process/core-args';
import { nodeIpcTransport } from '../../../electron/core/process/node-ipc-transport';
import { serveOverTransport } from '../../../shared/protocol/serve';

/**
 * On SIGUSR2, appends this process's CPU time (process.cpuUsage, microseconds) to the file named by
 * IG_CPU_FILE: the bench reads it at both ends of its idle window (finer than /proc's 10 ms ticks).
 */
export function reportCpuOnSignal(file: string | undefined): void {
  if (!file) return;
  process.on('SIGUSR2', () => appendFileSync(file, `${JSON.stringify(process.cpuUsage())}\n`));
}

async function main(): Promise<void> {
  reportCpuOnSignal(process.env.IG_CPU_FILE);
  const args = parseCoreArgs(process.argv.slice(2));
  const loaded = await loadPolicy({ cliPath: args.policyPath, env: process.env, platform: process.platform });
  const core = createCore({ loaded, areas: [usbArea()], platform: process.platform, version: 'bench' });
  const connection = serveOverTransport(nodeIpcTransport(process), core.handlers);
  core.onSnapshot((snapshot) => connection.emit('snapshot', snapshot));
  core.start();
  process.on('disconnect', () => process.exit(0));
  process.once('SIGTERM', () => void core.stop().finally(() => process.exit(0)));
}

void main();
