// Cost of the core's own machinery: a full runChecks over the real disk probe, in process.
import { createCore } from '../electron/core/core';
import { diskArea } from '../electron/core/areas/disk/disk-area';
import { defaultPolicy } from '../shared/policy/policy-schema';
import { median, repeat } from './support/stats';
import { report } from './support/report';

const core = createCore({
  loaded: { policy: defaultPolicy(), status: { source: 'default', issues: [] } },
  areas: [diskArea()],
  platform: process.platform,
  version: 'bench',
});
await core.handlers.runChecks({});
const samples = await repeat(50, async () => {
  const t0 = performance.now();
  await core.handlers.runChecks({});
  return performance.now() - t0;
});
report([{ name: 'core.runChecks(disk)', figures: { medianMs: median(samples), runs: samples.length } }]);
await core.stop();
