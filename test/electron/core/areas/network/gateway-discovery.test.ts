import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseBsdRouteGet,
  parseProcNetRoute,
  parseWindowsRoutePrint,
} from '../../../../../electron/core/areas/network/gateway-discovery';
import { pingAnswered, pingArgs } from '../../../../../electron/core/areas/network/gateway-reach';

const fixture = (name: string): string =>
  readFileSync(path.resolve(__dirname, '../../../../fixtures/network', name), 'utf8');

describe('finding the default gateway in what the OS prints', () => {
  it('reads the gateway from Linux /proc/net/route, lowest metric first', () => {
    expect(parseProcNetRoute(fixture('linux-proc-net-route.txt'))).toBe('192.0.2.1');
    expect(parseProcNetRoute(fixture('linux-proc-net-route-two-defaults.txt'))).toBe('192.168.1.1');
  });

  it('says there is none when no default route exists, and for garbage', () => {
    expect(parseProcNetRoute(fixture('linux-proc-net-route-no-default.txt'))).toBeNull();
    expect(parseProcNetRoute('')).toBeNull();
    expect(parseProcNetRoute('Iface\nxx\t00000000\tZZZZ\t0003\t0\t0\t0\t0\n')).toBeNull();
  });

  it('reads Windows `route print` in English and in Chinese, skipping on-link (在链路上) rows', () => {
    expect(parseWindowsRoutePrint(fixture('windows-route-print-en.txt'))).toBe('192.168.1.1');
    expect(parseWindowsRoutePrint(fixture('windows-route-print-zh.txt'))).toBe('10.20.30.1');
    expect(parseWindowsRoutePrint(fixture('windows-route-print-none.txt'))).toBeNull();
    expect(parseWindowsRoutePrint('\u0000\u0001 random bytes 0.0.0.0')).toBeNull();
  });

  it('reads macOS `route -n get default`', () => {
    expect(parseBsdRouteGet(fixture('macos-route-get-default.txt'))).toBe('192.168.0.1');
    expect(parseBsdRouteGet('route: writing to routing socket: not in table')).toBeNull();
  });
});

describe('asking the gateway with the system ping', () => {
  it('builds one echo request with a deadline in each OS dialect', () => {
    expect(pingArgs('linux', '192.168.1.1', 2000)).toEqual(['-c', '1', '-W', '2', '192.168.1.1']);
    expect(pingArgs('win32', '192.168.1.1', 2000)).toEqual(['-n', '1', '-w', '2000', '192.168.1.1']);
    expect(pingArgs('darwin', '192.168.1.1', 1500)).toEqual(['-c', '1', '-t', '2', '192.168.1.1']);
    expect(pingArgs('linux', 'fe80::1', 500)).toEqual(['-6', '-c', '1', '-W', '1', 'fe80::1']);
  });

  it('counts only a real reply, not Windows "destination host unreachable" from this computer', () => {
    expect(pingAnswered(fixture('linux-ping-reply.txt'))).toBe(true);
    expect(pingAnswered(fixture('windows-ping-reply-zh.txt'))).toBe(true);
    expect(pingAnswered(fixture('windows-ping-unreachable-en.txt'))).toBe(false);
    expect(pingAnswered('')).toBe(false);
  });
});
