// The gateway probe's TCP method and its fallback, against real sockets on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reachGateway } from '../../../../../electron/core/areas/network/gateway-reach';
import { runCommand } from '../../../../../electron/core/exec/run-command';
import { closedPort, silentServer, type Running } from './support/loopback-servers';

let closed: number;
let listening: Running;
const signal = new AbortController().signal;
// Real programs through the real runner: one that is not installed, one that runs and finds no reply.
const missingPing = (args: string[], timeoutMs: number, s: AbortSignal) =>
  runCommand('ping-not-installed-here', args, { timeoutMs, signal: s });

beforeAll(async () => {
  closed = await closedPort();
  listening = await silentServer();
});
afterAll(async () => {
  await listening?.close();
});

describe('asking the gateway', () => {
  it('falls back to a TCP probe when ping is not installed, and says so', async () => {
    const r = await reachGateway('127.0.0.1', {
      method: 'auto',
      tcpPort: listening.port,
      timeoutMs: 1000,
      platform: 'linux',
      signal,
      ping: missingPing,
    });
    expect(r).toMatchObject({ reachable: true, method: 'tcp', reason: 'ping unavailable: ENOENT' });
  });

  it('counts a refused TCP connection as the gateway answering', async () => {
    const r = await reachGateway('127.0.0.1', {
      method: 'tcp',
      tcpPort: closed,
      timeoutMs: 1000,
      platform: 'linux',
      signal,
    });
    expect(r).toMatchObject({ reachable: true, method: 'tcp', reason: 'ECONNREFUSED' });
  });

  it('uses the real system ping when asked, against loopback', async () => {
    const r = await reachGateway('127.0.0.1', {
      method: 'ping',
      tcpPort: 80,
      timeoutMs: 1000,
      platform: 'linux',
      signal,
    });
    expect(r).toMatchObject({ reachable: true, method: 'ping' });
  });

  it('reads a ping that ran and got no reply as "no answer", not as a reason to try TCP', async () => {
    const noReply = (_args: string[], timeoutMs: number, s: AbortSignal) =>
      runCommand(process.execPath, ['-e', 'console.log("1 packets transmitted, 0 received"); process.exit(1)'], {
        timeoutMs,
        signal: s,
      });
    const r = await reachGateway('127.0.0.1', {
      method: 'auto',
      tcpPort: listening.port,
      timeoutMs: 1000,
      platform: 'linux',
      signal,
      ping: noReply,
    });
    expect(r).toMatchObject({ reachable: false, method: 'ping', reason: 'exit 1' });
  });
});
