import { describeOutcome, runCommand } from '../../exec/run-command';
import { readCapped } from '../../../util/read-capped-file';
import { isIPv4 } from 'node:net';

/** Finds the default gateway's address, or null when there is no default route. */
export type GatewayDiscovery = (signal: AbortSignal) => Promise<string | null>;

/**
 * Parses Linux `/proc/net/route`: the default route is destination 00000000 with the gateway flag
 * (0x2); addresses are little-endian hex.
 */
export function parseProcNetRoute(text: string): string | null {
  const routes = text
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((f) => f.length >= 8 && f[1] === '00000000' && (parseInt(f[3] ?? '0', 16) & 0x3) === 0x3)
    .sort((a, b) => Number(a[6]) - Number(b[6])); // lowest metric wins, as the kernel picks
  const hex = routes[0]?.[2];
  if (!hex || !/^[0-9A-Fa-f]{8}$/.test(hex)) return null;
  const n = parseInt(hex, 16);
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff].join('.');
}

/**
 * Parses Windows `route print -4 0.0.0.0` in any display language: the rows are
 * `0.0.0.0  0.0.0.0  <gateway>  <interface>  <metric>`; on-link rows (在链路上) carry no gateway.
 */
export function parseWindowsRoutePrint(text: string): string | null {
  const rows = text
    .split(/\r?\n/)
    .map((line) => line.trim().split(/\s+/))
    .filter((f) => f.length >= 5 && f[0] === '0.0.0.0' && f[1] === '0.0.0.0' && isIPv4(f[2] ?? ''))
    .sort((a, b) => Number(a[4]) - Number(b[4]));
  return rows[0]?.[2] ?? null;
}

/** Parses macOS/BSD `route -n get default` (`gateway: 192.168.1.1`). */
export function parseBsdRouteGet(text: string): string | null {
  const match = /^\s*gateway:\s*(\S+)/m.exec(text);
  return match && isIPv4(match[1] ?? '') ? (match[1] as string) : null;
}

/** Runs a route command with the shared runner; its output, or an error saying why there is none. */
async function routeOutput(args: readonly string[], timeoutMs: number, signal: AbortSignal): Promise<string> {
  const outcome = await runCommand('route', args, { timeoutMs, signal });
  if (outcome.kind === 'ok') return outcome.stdout;
  throw new Error(`route ${args.join(' ')}: ${describeOutcome(outcome)}`);
}

/** The OS's own way to read the default route; each parser is tested from captured output. */
export function systemGatewayDiscovery(platform: NodeJS.Platform, timeoutMs: number): GatewayDiscovery {
  if (platform === 'linux')
    return async () => parseProcNetRoute((await readCapped('/proc/net/route', 1024 * 1024)).toString('utf8'));
  if (platform === 'win32')
    return async (signal) => parseWindowsRoutePrint(await routeOutput(['print', '-4', '0.0.0.0'], timeoutMs, signal));
  return async (signal) => parseBsdRouteGet(await routeOutput(['-n', 'get', 'default'], timeoutMs, signal));
}
