import type { Snapshot } from '../../shared/model/snapshot';
import { checkStatusValue } from '../core/fleet/metrics-text';

/** A performance-data label: quoted when it holds anything but letters, digits, `_`, `.`, `-`. */
const label = (name: string): string => (/^[A-Za-z0-9_.-]+$/.test(name) ? name : `'${name.replace(/'/g, '')}'`);
const verdictCode = { yes: 0, attention: 1, no: 2 } as const;

/**
 * Pure: Nagios plugin performance data (thresholds are Nagios ranges: `0` alerts above 0, `-1:1`
 * outside -1..1) (`label=value[UOM];warn;crit;min;max`, space separated) for
 * the snapshot `invoiceguard check` reports: the verdict (0 yes, 1 attention, 2 no), counts of faults
 * and checks by state, each check's status in the metrics' encoding, and each endpoint's connect time.
 */
export function perfdata(snapshot: Snapshot): string {
  const counted = snapshot.checks.filter((c) => !c.notChecked);
  const count = (status: string): number => counted.filter((c) => c.status === status).length;
  const items = [
    `verdict=${verdictCode[snapshot.verdict.canInvoice]};0;1;0;2`,
    `faults=${snapshot.faults.length};;;0`,
    `faults_critical=${snapshot.faults.filter((f) => f.severity === 'critical').length};;0;0`,
    `checks_fault=${count('fault')};;0;0`,
    `checks_warning=${count('warning')};0;;0`,
    `checks_unknown=${count('unknown')};0;;0`,
    ...snapshot.checks.map(
      (c) => `${label(c.id)}=${checkStatusValue[c.notChecked ? 'not-checked' : c.status]};-1:1;-1:2;-1;3`,
    ),
    ...snapshot.checks.flatMap((c) => {
      const ms = c.details.latencyMs;
      if (!c.id.startsWith('network.endpoint.') || typeof ms !== 'number' || c.details.tcpOk !== true) return [];
      return [`${label(`${c.id}.latency`)}=${(ms / 1000).toFixed(4)}s;;;0`];
    }),
  ];
  return items.join(' ');
}

/** Nagios reads the first `|` as the start of performance data: none may appear in the text before it. */
export function withPerfdata(text: string, snapshot: Snapshot): string {
  const [first = '', ...rest] = text.replace(/\|/g, '¦').split('\n');
  return [`${first} | ${perfdata(snapshot)}`, ...rest].join('\n');
}
