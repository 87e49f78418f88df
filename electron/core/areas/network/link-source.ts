import os from 'node:os';

/** What the interfaces say: a usable address, only self-assigned ones (DHCP failed), or nothing up. */
export interface LinkResult {
  state: 'up' | 'no-address' | 'no-interface';
  /** Interfaces that are up with a usable address, like `eth0 192.168.1.20`. */
  usable: { name: string; address: string }[];
  /** Up but with only link-local / APIPA addresses (169.254.x.x, fe80::). */
  selfAssigned: string[];
}

export type InterfacesSource = () => NodeJS.Dict<os.NetworkInterfaceInfo[]>;

const selfAssigned = (a: os.NetworkInterfaceInfo): boolean =>
  a.family === 'IPv4' ? a.address.startsWith('169.254.') : /^fe[89ab]/i.test(a.address);

/**
 * Reads the OS interface table (no packet sent). libuv lists only interfaces that are up and
 * running, so a pulled cable drops its interface from the list.
 */
export function readLink(source: InterfacesSource = os.networkInterfaces): LinkResult {
  const usable: LinkResult['usable'] = [];
  const selfOnly: string[] = [];
  for (const [name, addresses] of Object.entries(source())) {
    const external = (addresses ?? []).filter((a) => !a.internal);
    if (!external.length) continue;
    const good = external.filter((a) => !selfAssigned(a));
    if (good.length) usable.push(...good.map((a) => ({ name, address: a.address })));
    else selfOnly.push(name);
  }
  const state = usable.length ? 'up' : selfOnly.length ? 'no-address' : 'no-interface';
  return { state, usable, selfAssigned: selfOnly };
}

/** A stable fingerprint of the usable addresses, to notice a cable plugged or a Wi-Fi change. */
export function linkFingerprint(source: InterfacesSource = os.networkInterfaces): string {
  const link = readLink(source);
  return `${link.state}|${link.usable
    .map((u) => `${u.name}=${u.address}`)
    .sort()
    .join(',')}`;
}

/**
 * Polls the interface table (a cheap local read, no packet) and calls every subscriber when it
 * changes, so all network checks re-run at once after a cable is plugged back or the Wi-Fi changes.
 */
export function interfaceChanges(source: InterfacesSource, pollMs: number): (onChange: () => void) => () => void {
  const subscribers = new Set<() => void>();
  let timer: ReturnType<typeof setInterval> | undefined;
  let last = '';
  return (onChange) => {
    subscribers.add(onChange);
    if (!timer) {
      last = linkFingerprint(source);
      timer = setInterval(() => {
        const now = linkFingerprint(source);
        if (now === last) return;
        last = now;
        subscribers.forEach((s) => s());
      }, pollMs);
      timer.unref?.();
    }
    return () => {
      subscribers.delete(onChange);
      if (!subscribers.size && timer) {
        clearInterval(timer);
        timer = undefined;
      }
    };
  };
}
