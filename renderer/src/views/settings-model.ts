import type { Message, Reading } from '../../../shared/model/reading';
import type { Snapshot } from '../../../shared/model/snapshot';

/** One thing the app sends over the network, as IT reads it: what, to where. */
export interface Outbound {
  /** The check that sends it. */
  checkId: string;
  message: Message;
  /** The check's details, for its display name (a target's label or host). */
  details?: Record<string, unknown>;
}

export interface SettingsModel {
  policy: {
    sourceKey: string;
    path?: string;
    /** A bad file: each problem with its JSON path; built-in defaults are in force. */
    issues: Snapshot['policy']['issues'];
  };
  invoicing: { modeKey: string; becauseKey: string };
  /** Checks not made on purpose, with why (not configured, or not possible on this PC). */
  notChecked: Reading[];
  /** Everything the app sends beyond this computer: only what the policy configures. */
  outbound: Outbound[];
  simulated: boolean;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** Pure: what a configured check sends over the network, read from its reading's details. */
export function outboundOf(checks: readonly Reading[]): Outbound[] {
  const out: Outbound[] = [];
  for (const c of checks) {
    if (c.notChecked) continue;
    const d = c.details;
    if (c.id === 'network.gateway' && str(d.address)) {
      out.push({
        checkId: c.id,
        details: d,
        message: { key: 'ui.settings.sends.gateway', params: { address: str(d.address)! } },
      });
    } else if (c.id === 'network.dns' && Array.isArray(d.names)) {
      const names = d.names.flatMap((n: unknown) =>
        typeof n === 'object' && n !== null && typeof (n as { name?: unknown }).name === 'string'
          ? [(n as { name: string }).name]
          : typeof n === 'string'
            ? [n]
            : [],
      );
      if (names.length) {
        out.push({
          checkId: c.id,
          details: d,
          message: { key: 'ui.settings.sends.dns', params: { names: names.join(', ') } },
        });
      }
    } else if (c.id.startsWith('network.endpoint.') && str(d.host)) {
      out.push({
        checkId: c.id,
        details: d,
        message: { key: 'ui.settings.sends.endpoint', params: { host: str(d.host)!, port: Number(d.port) || 0 } },
      });
    } else if (c.id === 'clock.offset' && str(d.server)) {
      out.push({
        checkId: c.id,
        details: d,
        message: { key: 'ui.settings.sends.ntp', params: { server: str(d.server)! } },
      });
    }
  }
  return out;
}

/** Pure: the settings / about view for IT: the policy in force, the invoicing mode, what is not checked, what is sent. */
export function settingsModel(snapshot: Snapshot): SettingsModel {
  const { policy, invoicing } = snapshot;
  return {
    policy: {
      sourceKey: `ui.settings.policySource.${policy.source}`,
      ...(policy.path ? { path: policy.path } : {}),
      issues: policy.issues,
    },
    invoicing: {
      modeKey: `ui.invoicing.mode.${invoicing.mode}`,
      becauseKey: `ui.invoicing.because.${invoicing.mode}.${invoicing.because}`,
    },
    notChecked: snapshot.checks.filter((c) => c.notChecked),
    outbound: outboundOf(snapshot.checks),
    simulated: snapshot.simulated,
  };
}
