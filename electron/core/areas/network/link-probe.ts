import type { RawOutcome } from './damped-probe';
import { readLink, type InterfacesSource } from './link-source';

/** `network.link`: an interface up with a usable address (reads the OS table, sends nothing). */
export function linkAttempt(source?: InterfacesSource): () => Promise<RawOutcome> {
  return async (): Promise<RawOutcome> => {
    const link = readLink(source);
    const details = { state: link.state, usable: link.usable, selfAssigned: link.selfAssigned };
    if (link.state === 'up') {
      const interfaces = link.usable.map((u) => `${u.name} ${u.address}`).join(', ');
      return { status: 'ok', summary: { key: 'check.network.link.ok', params: { interfaces } }, details };
    }
    if (link.state === 'no-address') {
      return {
        status: 'fault',
        cause: 'no-address',
        summary: { key: 'check.network.link.noAddress', params: { interfaces: link.selfAssigned.join(', ') } },
        details,
      };
    }
    return { status: 'fault', cause: 'no-interface', summary: { key: 'check.network.link.none' }, details };
  };
}
