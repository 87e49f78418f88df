import type { Severity } from '../../../shared/model/fault';
import type { syslogFacilities } from '../../../shared/policy/fleet-policy';
import type { FleetEvent } from './fleet-event';
import type { FleetIdentity } from './metrics-text';

export type SyslogFacility = (typeof syslogFacilities)[number];

export const facilityCode: Record<SyslogFacility, number> = {
  user: 1,
  daemon: 3,
  local0: 16,
  local1: 17,
  local2: 18,
  local3: 19,
  local4: 20,
  local5: 21,
  local6: 22,
  local7: 23,
};

/**
 * The structured-data id. RFC 5424 wants `name@<private enterprise number>`; until the project
 * registers one, 32473 (the number RFC 5612 reserves for documentation) stands in. docs/fleet.md.
 */
export const sdId = 'invoiceguard@32473';
export const appName = 'invoiceguard';

/** RFC 5424 severities: a critical incident is `crit` (2), a warning `warning` (4), info `info` (6); a close is `notice` (5). */
export function syslogSeverity(event: Pick<FleetEvent, 'kind'> & { incident: { severity: Severity } }): number {
  if (event.kind === 'closed') return 5;
  return { critical: 2, warning: 4, info: 6 }[event.incident.severity];
}

export const severityNames = ['emerg', 'alert', 'crit', 'err', 'warning', 'notice', 'info', 'debug'] as const;

export function priority(facility: SyslogFacility, severity: number): number {
  return facilityCode[facility] * 8 + severity;
}

export const msgIdOf = (event: Pick<FleetEvent, 'kind'>): string => `incident-${event.kind}`;

/** The facts of an event as structured-data parameters (also the journal's fields and the Event Log's text). */
export function eventParams(event: FleetEvent, identity: FleetIdentity): [string, string][] {
  const i = event.incident;
  const params: [string, string][] = [
    ['fault', i.faultId],
    ['category', i.category],
    ['severity', i.severity],
    ['since', i.since],
    ['checks', i.checkIds.join(',')],
  ];
  if (event.kind === 'closed') {
    params.push(['openSeconds', String(Math.max(0, Math.round((Date.parse(event.at) - Date.parse(i.since)) / 1000)))]);
  }
  if (identity.site) params.push(['site', identity.site]);
  if (identity.workstation) params.push(['workstation', identity.workstation]);
  return params;
}

/** PARAM-VALUE escaping (RFC 5424 §6.3.3): `"`, `\` and `]` get a backslash. */
export function escapeParamValue(value: string): string {
  return value.replace(/[\\"\]]/g, (c) => `\\${c}`);
}

/** Header fields are PRINTUSASCII without spaces; anything else becomes `_`, nothing becomes `-`. */
function headerField(value: string, max: number): string {
  const clean = value.replace(/[^\x21-\x7e]/g, '_').slice(0, max);
  return clean || '-';
}

export interface SyslogFormatOptions {
  facility: SyslogFacility;
  hostname: string;
  procId: string;
  identity: FleetIdentity;
  /** The human line (in the policy's language). */
  message: string;
}

/**
 * Pure: one RFC 5424 message, `<PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID [SD] BOM MSG`. The
 * message is UTF-8 and so starts with the byte-order mark, as §6.4 asks.
 */
export function formatRfc5424(event: FleetEvent, options: SyslogFormatOptions): string {
  const pri = priority(options.facility, syslogSeverity(event));
  const sd = `[${sdId}${eventParams(event, options.identity)
    .map(([k, v]) => ` ${k}="${escapeParamValue(v)}"`)
    .join('')}]`;
  const message = options.message.replace(/[\r\n]+/g, ' ');
  return [
    `<${pri}>1`,
    new Date(event.at).toISOString(),
    headerField(options.hostname, 255),
    appName,
    headerField(options.procId, 128),
    msgIdOf(event),
    sd,
    `\uFEFF${message}`,
  ].join(' ');
}

/** RFC 6587 octet counting for TCP: `LENGTH SP MESSAGE`, the length in bytes. */
export function octetCounted(message: string): Buffer {
  const body = Buffer.from(message, 'utf8');
  return Buffer.concat([Buffer.from(`${body.length} `, 'ascii'), body]);
}
