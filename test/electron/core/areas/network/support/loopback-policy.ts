import loopback from '../../../../../fixtures/policy/loopback.json';
import type { PolicyInput } from '../../../../../../shared/policy/policy-schema';

type NetworkInput = NonNullable<PolicyInput['network']>;

/**
 * The loopback fixture's network section (link and gateway off, no public names) with a test's
 * targets on 127.0.0.1 added: a partial `network` section would bring back the public defaults.
 */
export function loopbackNetwork(overrides: NetworkInput): PolicyInput {
  return { network: { ...(loopback.network as NetworkInput), ...overrides } };
}
