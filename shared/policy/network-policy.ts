import { z } from 'zod';
import { labelSchema } from './target-labels';

/** Names become check ids (`network.endpoint.<name>`), so they stay short, lower-case and stable. */
const targetName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'policy.rule.targetName')
  .describe('check id suffix, e.g. "etax-jiangsu"');

/** A host name or an IPv4/IPv6 address; placeholders like `<province>` are rejected on purpose. */
const hostSchema = z.union([z.ipv4(), z.ipv6(), z.hostname().min(1).max(253)]);

/** `host:port`, `[v6]:port` or a bare address, as node:dns `Resolver.setServers` accepts it. */
const resolverServer = z
  .string()
  .max(100)
  .regex(
    /^(\d{1,3}(\.\d{1,3}){3}(:\d{1,5})?|\[[0-9a-fA-F:.]+\](:\d{1,5})?|[0-9a-fA-F:]*:[0-9a-fA-F:.]*)$/,
    'policy.rule.resolverServer',
  );

/** Free text for IT (where a host came from, which province); shown nowhere, validated like any field. */
const note = z.string().max(500).optional().describe('free text for IT (source, province); ignored by the checks');

export const endpointKinds = ['tcp', 'tls', 'http', 'https'] as const;

/** One remote platform the workstation must reach: `tcp` = connect only (the reliable signal for SM2 servers). */
export const endpointSchema = z
  .object({
    name: targetName,
    host: hostSchema.describe('host name or IP address (no placeholders such as <province>)'),
    port: z.number().int().min(1).max(65_535),
    kind: z
      .enum(endpointKinds)
      .default('tcp')
      .describe('tcp = connect only (reliable for SM2 servers); tls/https also handshake; http/https also GET path'),
    /** For http/https: the path requested (GET). */
    path: z.string().startsWith('/').max(2048).optional(),
    /** For http/https: the status that means healthy; without it any 2xx or 3xx is. */
    expectStatus: z.number().int().min(100).max(599).optional(),
    /** How people see it; built-in names cover the example policy's names, else the host is shown. */
    label: labelSchema.optional(),
    note,
  })
  .strict();
export type EndpointPolicy = z.infer<typeof endpointSchema>;

/** A service on this computer, e.g. the 税务UKey certificate helper on 127.0.0.1:28000. */
export const localServiceSchema = z
  .object({
    name: targetName,
    port: z.number().int().min(1).max(65_535),
    label: labelSchema.optional(),
    note,
  })
  .strict();
export type LocalServicePolicy = z.infer<typeof localServiceSchema>;

const uniqueNames = (list: readonly { name: string }[]): boolean =>
  new Set(list.map((e) => e.name)).size === list.length;

/** Network reachability checks, layer by layer, with flap damping; defaults fit a workstation with no policy. */
export const networkPolicySchema = z
  .object({
    note,
    /** `off` skips the interface check (servers, containers); it reads local state only, no packets. */
    link: z.enum(['auto', 'off']).default('auto').describe('"off" skips the network adapter check'),
    /** `auto` = the OS default route's gateway; an address pins it; `off` never sends it a packet. */
    gateway: z
      .union([z.enum(['auto', 'off']), z.ipv4(), z.ipv6()])
      .default('auto')
      .describe('"auto" = the OS default gateway, an address pins it, "off" never probes it'),
    /** `ping` = system ping; `tcp` = a TCP connect to gatewayTcpPort (a refusal still proves it is there). */
    gatewayMethod: z.enum(['auto', 'ping', 'tcp']).default('auto'),
    gatewayTcpPort: z.number().int().min(1).max(65_535).default(80),
    dns: z
      .object({
        /** Names that must resolve; empty skips the DNS check. */
        names: z.array(z.hostname().max(253)).max(32).default(['www.chinatax.gov.cn']),
        /** Resolvers to ask (IP[:port]); empty = the system's. */
        servers: z.array(resolverServer).max(8).default([]),
        timeoutMs: z.number().int().min(100).max(30_000).default(3000),
      })
      .strict()
      .prefault({}),
    endpoints: z
      .array(endpointSchema)
      .max(200)
      .refine(uniqueNames, 'policy.rule.uniqueNames')
      .default([{ name: 'chinatax', host: 'www.chinatax.gov.cn', port: 443, kind: 'tcp' }]),
    localServices: z.array(localServiceSchema).max(50).refine(uniqueNames, 'policy.rule.uniqueNames').default([]),
    /** An HTTP proxy every endpoint is reached through (HTTP CONNECT), as the invoicing client is. */
    proxy: z
      .object({ host: hostSchema, port: z.number().int().min(1).max(65_535) })
      .strict()
      .optional()
      .describe('HTTP proxy every endpoint is reached through (CONNECT)'),
    /** How often healthy targets are checked. */
    intervalSeconds: z.number().int().min(5).max(3600).default(60),
    /** Per target: one attempt (name lookup, connect, handshake, request) must finish within this. */
    timeoutMs: z.number().int().min(200).max(60_000).default(5000),
    /** A target's fault opens after this many consecutive failures... */
    failureThreshold: z.number().int().min(1).max(20).default(3).describe('N: failures in a row before a fault opens'),
    /** ...and clears after this many consecutive successes. */
    successThreshold: z.number().int().min(1).max(20).default(2).describe('M: successes in a row before it clears'),
    /** While a target fails (or recovers) it is retried this often, start to start... */
    retrySeconds: z.number().min(0.1).max(600).default(5),
    /** ...and once its fault is open the retry interval grows by this factor up to maxBackoffSeconds. */
    backoffFactor: z.number().min(1).max(10).default(2),
    maxBackoffSeconds: z.number().min(1).max(3600).default(300),
    /** Latency samples kept per endpoint for charts (a ring buffer). */
    historySize: z.number().int().min(1).max(1440).default(60),
  })
  .strict();
export type NetworkPolicy = z.infer<typeof networkPolicySchema>;
