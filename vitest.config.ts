import { defineConfig } from 'vitest/config';

// Four kinds of test, told apart by file name so each folder of test/ can mirror the source tree:
//   *.test.ts      unit: pure logic, fakes allowed, fast
//   *.test.tsx     component (test/renderer only): React views rendered with Testing Library in jsdom
//                  against an in-memory core API
//   *.int.test.ts  integration: real libusb under umockdev, real CUPS, real servers on loopback,
//                  real child processes and network namespaces
//   *.e2e.test.ts  end to end: the built renderer in Chromium through the browser harness
export default defineConfig({
  test: {
    // Fails the run if any core, harness or process fixture this run started is still alive, or if
    // anything it started wrote into this machine's own state instead of the run's temporary one.
    globalSetup: ['test/support/no-leftover-processes.ts', 'test/support/private-state-home.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.int.test.ts', 'test/**/*.e2e.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'component',
          include: ['test/renderer/**/*.test.tsx'],
          // jsdom 29: the last line that runs on Node 20 (31 needs Node 22).
          environment: 'jsdom',
          setupFiles: ['test/renderer/support/setup-dom.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/**/*.int.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
