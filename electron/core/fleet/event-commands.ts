import { faultCategories, severities } from '../../../shared/model/fault';
import type { FleetEvent } from './fleet-event';
import type { FleetIdentity } from './metrics-text';
import {
  appName,
  escapeParamValue,
  eventParams,
  facilityCode,
  msgIdOf,
  sdId,
  severityNames,
  syslogSeverity,
  type SyslogFacility,
} from './syslog-format';

/** A program to run with an argument array (never a shell), and what to write to its stdin. */
export interface CommandShape {
  file: string;
  args: string[];
  input?: string;
}

/** Where the local commands run from; `setpriv` makes a child die with the core (Linux). */
export interface LocalTools {
  logger: string;
  /** When present: `setpriv --pdeathsig KILL` wraps the command. */
  setpriv?: string;
}

function wrapped(tools: LocalTools, shape: CommandShape): CommandShape {
  if (!tools.setpriv) return shape;
  return { ...shape, file: tools.setpriv, args: ['--pdeathsig', 'KILL', '--', shape.file, ...shape.args] };
}

/**
 * Pure: `logger` sending one RFC 5424 message to the local syslog socket. Node has no Unix datagram
 * sockets, so util-linux's logger writes it; it builds the header, and our structured data goes in
 * through `--sd-id`/`--sd-param`.
 */
export function loggerCommand(
  event: FleetEvent,
  options: { socket: string; facility: SyslogFacility; identity: FleetIdentity; message: string; pid: number },
  tools: LocalTools,
): CommandShape {
  const args = [
    '--rfc5424',
    '--socket-errors=on',
    '-u',
    options.socket,
    '-p',
    `${options.facility}.${severityNames[syslogSeverity(event)]}`,
    '-t',
    appName,
    `--id=${options.pid}`,
    '--msgid',
    msgIdOf(event),
    '--sd-id',
    sdId,
    ...eventParams(event, options.identity).flatMap(([k, v]) => ['--sd-param', `${k}="${escapeParamValue(v)}"`]),
    '--',
    options.message.replace(/[\r\n]+/g, ' '),
  ];
  return wrapped(tools, { file: tools.logger, args });
}

/**
 * Stable ids of the two journal messages (`journalctl MESSAGE_ID=...`), made once for InvoiceGuard
 * with `systemd-id128 new`-style randomness and never changed.
 */
export const journalMessageIds = {
  opened: '5b0f3c2ad4b04f7c9e6a1d2b8c7e4f10',
  closed: '9d84e7a1c3f24b6e8a5d0c1f2e3b4a57',
} as const;

/** Pure: `logger --journald`, one entry from stdin with our fields (`INVOICEGUARD_FAULT=...`). */
export function journalCommand(
  event: FleetEvent,
  options: { facility: SyslogFacility; identity: FleetIdentity; message: string },
  tools: LocalTools,
): CommandShape {
  const field = (v: string): string => v.replace(/[\r\n]+/g, ' ');
  const lines = [
    `MESSAGE=${field(options.message)}`,
    `MESSAGE_ID=${journalMessageIds[event.kind]}`,
    `PRIORITY=${syslogSeverity(event)}`,
    `SYSLOG_FACILITY=${facilityCode[options.facility]}`,
    `SYSLOG_IDENTIFIER=${appName}`,
    `INVOICEGUARD_EVENT=${event.kind}`,
    ...eventParams(event, options.identity).map(([k, v]) => `INVOICEGUARD_${snake(k)}=${field(v)}`),
  ];
  return wrapped(tools, { file: tools.logger, args: ['--journald'], input: `${lines.join('\n')}\n` });
}

const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();

/**
 * The Windows Event Log id of an event (docs/fleet.md): 100 + 10 × category + severity for an
 * incident opened, 500 + the same for one closed. Categories hardware 1, software 2, network 3,
 * data 4; severities critical 1, warning 2, info 3. eventcreate accepts ids 1 to 1000.
 */
export function eventLogId(event: FleetEvent): number {
  const c = faultCategories.indexOf(event.incident.category) + 1;
  const s = severities.indexOf(event.incident.severity) + 1;
  return (event.kind === 'opened' ? 100 : 500) + 10 * c + s;
}

/** The source IT's filters match on; the installer registers it (docs/fleet.md). */
export const eventLogSource = 'InvoiceGuard';

/** Pure: `eventcreate` writing one entry to the Application log under our source. */
export function eventCreateCommand(
  event: FleetEvent,
  options: { identity: FleetIdentity; message: string },
): CommandShape {
  const type =
    event.kind === 'closed'
      ? 'INFORMATION'
      : { critical: 'ERROR', warning: 'WARNING', info: 'INFORMATION' }[event.incident.severity];
  const facts = eventParams(event, options.identity)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
  const description = `${options.message.replace(/[\r\n]+/g, ' ')} | ${facts}`.slice(0, 2000);
  return {
    file: 'eventcreate',
    args: ['/L', 'APPLICATION', '/SO', eventLogSource, '/T', type, '/ID', String(eventLogId(event)), '/D', description],
  };
}
