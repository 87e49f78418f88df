import { z } from 'zod';
import { timeZoneSchema } from './time-zone';

// host, IPv4 or [IPv6], optionally :port. Checked here so a typo is a policy error, not a failed query.
const hostPort = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?)(?::\d{1,5})?$/;

/** The PC clock against a time server, and the time zone the invoicing software expects. */
export const clockPolicySchema = z
  .object({
    enabled: z.boolean().default(true),
    /**
     * The NTP server to compare the PC clock with, `host` or `host:port` (port 123 by default),
     * usually the company's own time server. null (the default): the offset check says "not
     * configured" and sends nothing, because a fleet must not query public servers unasked.
     */
    ntpServer: z.string().max(260).regex(hostPort).nullable().default(null),
    /**
     * The time zone the machine should be in (IANA name). Invoicing in China expects China
     * Standard Time; any zone with the same UTC offset (Asia/Chongqing, PRC...) is accepted.
     * null: not checked.
     */
    timeZone: timeZoneSchema.nullable().default('Asia/Shanghai'),
    /** Beyond this offset the check warns; certificate logins and platform requests start failing. */
    maxOffsetSeconds: z.number().min(1).max(86_400).default(60),
    /** Beyond this the check is a fault: invoicing software refuses (终端系统时间错误). */
    faultOffsetSeconds: z
      .number()
      .min(1)
      .max(86_400 * 365)
      .default(300),
    /** How long to wait for the NTP answer (one UDP datagram each way). */
    queryTimeoutMs: z.number().int().min(100).max(30_000).default(3000),
    /** The clock drifts slowly: once every 15 minutes is plenty. */
    intervalSeconds: z.number().int().min(30).max(86_400).default(900),
  })
  .strict()
  .refine((c) => c.maxOffsetSeconds <= c.faultOffsetSeconds, {
    message: 'policy.rule.clockThresholdOrder',
    path: ['maxOffsetSeconds'],
  });
export type ClockPolicy = z.infer<typeof clockPolicySchema>;
