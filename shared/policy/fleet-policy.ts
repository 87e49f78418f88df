import { z } from 'zod';
import { severities } from '../model/fault';

/** A label value IT chooses (site, workstation): printable text, no control characters. */
const labelText = z
  .string()
  .min(1)
  .max(64)
  .refine((v) => ![...v].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f), 'policy.rule.labelText');

/** An absolute folder: `/var/lib/...`, `C:\...` or a UNC path `\\server\share\...`. */
const absoluteFolder = z
  .string()
  .max(1024)
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'policy.rule.absolutePath');

const hostSchema = z.union([z.ipv4(), z.ipv6(), z.hostname().min(1).max(253)]);

/** Syslog facilities by name (RFC 5424 §6.2.1); IT's log pipeline usually routes on `local0`–`local7`. */
export const syslogFacilities = [
  'user',
  'daemon',
  'local0',
  'local1',
  'local2',
  'local3',
  'local4',
  'local5',
  'local6',
  'local7',
] as const;

const minSeverity = z
  .enum(severities)
  .default('warning')
  .describe('the least severe incident that is sent: "critical", "warning" or "info"');

/**
 * Fleet monitoring through the systems IT already runs (docs/fleet.md): Prometheus metrics written
 * for node_exporter's / windows_exporter's textfile collector (and optionally served on /metrics),
 * incidents to syslog, the journal or the Windows Event Log. Everything is off until IT names a
 * folder or switches a sink on.
 */
export const fleetPolicySchema = z
  .object({
    /** Where `invoiceguard.prom` is written (the textfile collector's folder); null writes nothing. */
    textfileDir: absoluteFolder
      .nullable()
      .default(null)
      .describe('folder of the textfile collector, e.g. /var/lib/prometheus/node-exporter; null = off'),
    /** The `site` label on every series and in every event; none when unset (or set it in the scrape config). */
    site: labelText.optional().describe('site label, e.g. "shanghai-pudong"; groups the site-wide alerts'),
    /** The `workstation` label; the computer's host name when unset. */
    workstation: labelText.optional().describe('workstation label; default: the host name'),
    /** A read-only /metrics endpoint for Prometheus to scrape directly, instead of a textfile collector. */
    serve: z
      .object({
        enabled: z.boolean().default(false),
        /** 127.0.0.1 answers only this computer; an interface address lets Prometheus reach it. */
        address: z.union([z.ipv4(), z.ipv6()]).default('127.0.0.1'),
        port: z.number().int().min(1).max(65_535).default(9469),
      })
      .strict()
      .prefault({}),
    /** Incidents opened and closed, as RFC 5424 syslog or journal entries (Linux, macOS). */
    syslog: z
      .object({
        enabled: z.boolean().default(false),
        minSeverity,
        /** `local`: the system log socket (through `logger`); `udp`/`tcp`: a collector; `journal`: systemd's journal. */
        transport: z.enum(['local', 'udp', 'tcp', 'journal']).default('local'),
        /** For udp/tcp: the collector. */
        host: hostSchema.optional(),
        port: z.number().int().min(1).max(65_535).default(514),
        /** For `local`: the socket `logger` writes to. */
        socket: absoluteFolder.default('/dev/log'),
        facility: z.enum(syslogFacilities).default('local0'),
        /** The language of the message text; the structured data is the same in both. */
        language: z.enum(['en', 'zh-CN']).default('en'),
      })
      .strict()
      .refine((s) => !(s.transport === 'udp' || s.transport === 'tcp') || s.host !== undefined, {
        message: 'policy.rule.syslogHost',
        path: ['host'],
      })
      .prefault({}),
    /** Incidents opened and closed in the Windows Event Log (Application log, source "InvoiceGuard"). */
    eventLog: z
      .object({
        enabled: z.boolean().default(false),
        minSeverity,
        language: z.enum(['en', 'zh-CN']).default('en'),
      })
      .strict()
      .prefault({}),
  })
  .strict();
export type FleetPolicy = z.infer<typeof fleetPolicySchema>;
