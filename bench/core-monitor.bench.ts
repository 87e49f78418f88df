// Cost of the core's own machinery: a full runChecks over the real disk probe, in process.
import { createCore } from '../electron/core/core';
import { diskArea } from '../electron/core/areas/disk/disk-area';
import { defaultPolicy } from '../shared/policy/policy-schema';
import { recordFigure } from './support/record';
import { repeat } from './support/stats';

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
recordFigure({
  id: 'core.run-checks.disk',
  title: 'Core: one runChecks over the real disk probe',
  unit: 'ms',
  samples,
});
await core.stop();
