import { defineGuides, faultChecks } from './define-guide';

const cleared = { checkIds: [faultChecks], worked: { faultCleared: true } } as const;
const spaceOk = { checkIds: ['disk.space'], worked: { status: ['ok'] } } as const;

/** Guides for disk, memory, clock, invoicing software, crashes and security (issue 5). */
export const systemGuides = defineGuides({
  'disk.low-space': { steps: [{ warn: true, check: spaceOk }, { check: spaceOk }, { check: spaceOk }] },
  'disk.failing': { steps: [{ warn: true }, {}, {}] },
  'memory.low': { steps: [{ check: cleared }, { warn: true, check: cleared }, {}] },
  'clock.offset': { steps: [{ check: cleared }, {}, { warn: true }] },
  'clock.timezone': { steps: [{ check: cleared }, {}] },
  'software.not-running': { steps: [{ check: cleared }, { warn: true, check: cleared }, { check: cleared }] },
  'software.outdated': { steps: [{ warn: true, check: cleared }, {}] },
  /** Version too old or patch conflict: update, else remove what conflicts and reinstall, then clear caches. */
  'software.patch-conflict': { steps: [{}, { warn: true }, { warn: true }, {}] },
  /** Crash or blue screen: safe shutdown, safe mode, virus scan, system log, restore. */
  'system.recent-crash': { steps: [{}, { warn: true }, {}, {}, { warn: true }] },
  'system.reboot-pending': { steps: [{}, { warn: true, check: cleared }] },
  'security.av-off': { steps: [{ check: cleared }, {}] },
  'security.firewall-off': { steps: [{ check: cleared }, {}] },
});
