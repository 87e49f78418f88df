import { isIPv6 } from 'node:net';
import { runCommand, type CommandOutcome } from '../../exec/run-command';
import { ConnectError, tcpReachable } from '../../sources/tcp-connect';

/** Whether the gateway answered, and how we asked. */
export interface GatewayReach {
  reachable: boolean;
  method: 'ping' | 'tcp';
  latencyMs: number;
  /** Why it did not answer, or why ping was not usable (then method is tcp). */
  reason?: string;
}

/** Arguments for one echo request under a deadline, per OS (Windows counts in ms, others in s). */
export function pingArgs(platform: NodeJS.Platform, address: string, timeoutMs: number): string[] {
  const v6 = isIPv6(address) ? ['-6'] : [];
  if (platform === 'win32') return [...v6, '-n', '1', '-w', String(timeoutMs), address];
  if (platform === 'darwin') return ['-c', '1', '-t', String(Math.max(1, Math.ceil(timeoutMs / 1000))), address];
  return [...v6, '-c', '1', '-W', String(Math.max(1, Math.ceil(timeoutMs / 1000))), address];
}

/**
 * A reply line carries a TTL in every ping and every language (`ttl=64`, `TTL=64`); Windows exits 0
 * even for "Destination host unreachable" sent by this very computer, so the exit code alone lies.
 */
export function pingAnswered(stdout: string): boolean {
  return /\bttl[=:]\s*\d+/i.test(stdout);
}

export interface ReachOptions {
  method: 'auto' | 'ping' | 'tcp';
  tcpPort: number;
  timeoutMs: number;
  platform: NodeJS.Platform;
  signal: AbortSignal;
  /** Replaceable for tests of the fallback; the system `ping` by default. */
  ping?: (args: string[], timeoutMs: number, signal: AbortSignal) => Promise<CommandOutcome>;
}

const systemPing = (args: string[], timeoutMs: number, signal: AbortSignal): Promise<CommandOutcome> =>
  runCommand('ping', args, { timeoutMs, signal, killGraceMs: 0 });

/** Asks the gateway: system ping first (auto), falling back to a TCP connect when ping cannot run. */
export async function reachGateway(address: string, options: ReachOptions): Promise<GatewayReach> {
  const started = performance.now();
  const took = (): number => Math.round((performance.now() - started) * 10) / 10;
  let fallbackReason: string | undefined;
  if (options.method !== 'tcp') {
    // The command gets a little longer than its own deadline so it can report before being killed.
    const ping = options.ping ?? systemPing;
    const outcome = await ping(
      pingArgs(options.platform, address, options.timeoutMs),
      options.timeoutMs + 1000,
      options.signal,
    );
    const answered = (reason?: string): GatewayReach => ({
      reachable: reason === undefined,
      method: 'ping',
      latencyMs: took(),
      ...(reason ? { reason } : {}),
    });
    // ping ran and said "no answer" (exit 1/2), or was killed at the deadline: that is the result.
    if (outcome.kind === 'ok') return answered(pingAnswered(outcome.stdout) ? undefined : 'no reply');
    if (outcome.kind === 'timeout' || outcome.kind === 'aborted') return answered('timeout');
    if (outcome.kind === 'too-large') return answered('no reply');
    if (outcome.kind === 'failed' && outcome.code !== null) return answered(`exit ${outcome.code}`);
    // ping missing or not permitted to start: only then is TCP the method.
    fallbackReason = `ping unavailable: ${outcome.kind === 'missing' ? 'ENOENT' : outcome.reason}`;
    if (options.method === 'ping') return answered(fallbackReason);
  }
  try {
    await tcpReachable(
      address,
      options.tcpPort,
      AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs)]),
    );
    return { reachable: true, method: 'tcp', latencyMs: took(), ...(fallbackReason ? { reason: fallbackReason } : {}) };
  } catch (error) {
    // A refusal is an answer: the gateway is there, that port is just closed.
    if (error instanceof ConnectError && error.failure === 'refused')
      return { reachable: true, method: 'tcp', latencyMs: took(), reason: error.reason };
    const reason = error instanceof ConnectError ? error.reason : String(error);
    return { reachable: false, method: 'tcp', latencyMs: took(), reason };
  }
}
