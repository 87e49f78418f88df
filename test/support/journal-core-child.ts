// The journal core as its own process, served over Node IPC like dist/core.cjs (which the
// integrator will give the journal area): the crash test kills it with SIGKILL mid-write.
//   node --import tsx test/support/journal-core-child.ts DATA_DIR
import { nodeIpcTransport } from '../../electron/core/process/node-ipc-transport';
import { assembleJournalCore, serveCore } from './journal-core';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: journal-core-child.ts DATA_DIR');
const { core } = await assembleJournalCore({
  dataDir,
  checks: [{ id: 'usb.tax-device', area: 'usb', faultId: 'tax-device.missing', status: 'fault' }],
});
serveCore(core, nodeIpcTransport(process));
core.start();
process.on('disconnect', () => process.exit(0));
process.once('SIGTERM', () => void core.stop().finally(() => process.exit(0)));
