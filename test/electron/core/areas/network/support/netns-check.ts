// Runs the network area once inside whatever network namespace this process was started in
// (`ip netns exec NS` / `unshare -n`) and prints the snapshot as JSON. Policy JSON: argv[2].
import { networkArea } from '../../../../../../electron/core/areas/network/network-area';
import { createCore } from '../../../../../../electron/core/core';
import { validatePolicy } from '../../../../../../shared/policy/parse-policy';

const parsed = validatePolicy(JSON.parse(process.argv[2] ?? '{}'));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const core = createCore({
  loaded: { policy: parsed.policy, status: { source: 'cli', issues: [] } },
  areas: [networkArea()],
  platform: process.platform,
  version: 'netns-test',
});
const snapshot = await core.handlers.runChecks({});
process.stdout.write(JSON.stringify(snapshot));
await core.stop();
