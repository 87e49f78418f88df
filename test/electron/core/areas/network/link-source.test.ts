import type os from 'node:os';
import { describe, expect, it } from 'vitest';
import { readLink } from '../../../../../electron/core/areas/network/link-source';

const addr = (address: string, family: 'IPv4' | 'IPv6', internal = false): os.NetworkInterfaceInfo =>
  ({ address, family, internal, netmask: '', mac: '', cidr: null, scopeid: 0 }) as os.NetworkInterfaceInfo;

describe('the link layer from the interface table', () => {
  it('is up with a usable address', () => {
    const link = readLink(() => ({ lo: [addr('127.0.0.1', 'IPv4', true)], eth0: [addr('192.168.1.20', 'IPv4')] }));
    expect(link).toEqual({ state: 'up', usable: [{ name: 'eth0', address: '192.168.1.20' }], selfAssigned: [] });
  });

  it('sees a failed DHCP: only self-assigned 169.254.x.x / fe80:: addresses', () => {
    const link = readLink(() => ({ 以太网: [addr('169.254.3.4', 'IPv4'), addr('fe80::1', 'IPv6')] }));
    expect(link).toEqual({ state: 'no-address', usable: [], selfAssigned: ['以太网'] });
  });

  it('has no interface when only loopback is up', () => {
    expect(readLink(() => ({ lo: [addr('127.0.0.1', 'IPv4', true)] })).state).toBe('no-interface');
    expect(readLink(() => ({})).state).toBe('no-interface');
  });

  it('accepts a global IPv6 address alone', () => {
    expect(readLink(() => ({ eth0: [addr('2001:db8::5', 'IPv6')] })).state).toBe('up');
  });
});
