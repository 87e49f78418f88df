import type { Machine } from '../../../bench/support/results-schema';

/** A machine record as describeMachine() would give on the 2-core development machine. */
export const sampleMachine: Machine = {
  cpuModel: 'Test CPU @ 2.0GHz',
  cores: 2,
  memoryMiB: 7936,
  os: 'Debian GNU/Linux 12 (bookworm)',
  kernel: '6.1.0-test',
  node: 'v20.20.2',
  date: '2026-12-02T06:14:00.000Z',
  gitCommit: 'bdda33740fc3b63999bc78f9a69a6b0dfc598a3d',
  gitDirty: false,
  quick: false,
  loadAverage: [0.5, 0.7, 0.6],
};
