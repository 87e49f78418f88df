import { readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';

export interface SilentEndpoint {
  /** Connections the checked program holds open: more than none means a check is mid-way. */
  held: Set<net.Socket>;
  close(): Promise<void>;
}

/**
 * A loopback endpoint that accepts and never answers, and the loopback policy rewritten to check
 * only it with a minute's timeout: a check surely still running when the test acts on it.
 */
export async function hangingCheckPolicy(policyFile: string): Promise<SilentEndpoint> {
  const held = new Set<net.Socket>();
  const silent = net.createServer((socket) => void held.add(socket.on('error', () => {})));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const policy = JSON.parse(readFileSync('test/fixtures/policy/loopback.json', 'utf8'));
  policy.network = {
    ...policy.network,
    timeoutMs: 60_000,
    endpoints: [{ name: 'silent', host: '127.0.0.1', port: (silent.address() as net.AddressInfo).port, kind: 'https' }],
  };
  writeFileSync(policyFile, JSON.stringify(policy));
  return {
    held,
    close: async () => {
      held.forEach((s) => s.destroy());
      await new Promise((resolve) => silent.close(resolve));
    },
  };
}
