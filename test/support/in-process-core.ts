import { createCore, type Core } from '../../electron/core/core';
import type { AreaFactory } from '../../electron/core/probe';
import { createProtocolClient, type ProtocolClient } from '../../shared/protocol/client';
import { serveOverTransport } from '../../shared/protocol/serve';
import { createMemoryTransportPair } from '../../shared/protocol/transport';
import { validatePolicy } from '../../shared/policy/parse-policy';
import type { PolicyInput } from '../../shared/policy/policy-schema';
import loopbackPolicy from '../fixtures/policy/loopback.json';

/** A core running in this process behind a real protocol client, as the UI would talk to it. */
export interface InProcessCore {
  core: Core;
  client: ProtocolClient;
  stop(): Promise<void>;
}

export function startInProcessCore(
  areas: AreaFactory[],
  policyInput: PolicyInput = {},
  options: { start?: boolean } = {},
): InProcessCore {
  // The network section defaults to loopback-only unless a test sets its own: the built-in
  // defaults would ping the machine's gateway and reach the public tax site.
  const parsed = validatePolicy({ network: loopbackPolicy.network, ...policyInput });
  if (!parsed.ok) throw new Error(`test policy invalid: ${JSON.stringify(parsed.issues)}`);
  const core = createCore({
    loaded: { policy: parsed.policy, status: { source: 'default', issues: [] } },
    areas,
    platform: process.platform,
    version: 'test',
  });
  const [coreSide, uiSide] = createMemoryTransportPair();
  const connection = serveOverTransport(coreSide, core.handlers);
  const unsubscribe = core.onSnapshot((s) => connection.emit('snapshot', s));
  const client = createProtocolClient(uiSide, { timeoutMs: 10_000 });
  if (options.start !== false) core.start();
  return {
    core,
    client,
    async stop() {
      unsubscribe();
      client.close();
      connection.close();
      await core.stop();
    },
  };
}
