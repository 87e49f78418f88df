import type { Message, Reading } from '../../../shared/model/reading';
import type { Snapshot } from '../../../shared/model/snapshot';
import { readingTone, worseTone, type Tone } from '../components/tone';
import { samplesOf, type LatencySample } from '../components/latency-chart-model';

export interface PlatformRow {
  id: string;
  tone: Tone;
  /** Why it fails (or that it works) in words: ui.network.cause.*. */
  causeKey: string;
  host?: string;
  port?: number;
  summary: Message;
  history: LatencySample[];
  notChecked: boolean;
  /** What its display name is made of (its label, else its host): never its policy id. */
  details: Record<string, unknown>;
}

export interface ChainLink {
  id: 'computer' | 'router' | 'dns' | 'platforms';
  tone: Tone;
}

export type NetworkModel =
  | { kind: 'waiting' }
  | {
      kind: 'ready';
      /** The "us or them" answer: where the trouble is, and the core's sentence. */
      verdict: { tone: Tone; scopeKey: string; message: Message };
      /** This computer → router → name lookup → the platforms, each with its state. */
      chain: ChainLink[];
      platforms: PlatformRow[];
      /** The layers on this side: connection, gateway, DNS, local services. */
      local: Reading[];
    };

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Why an endpoint is in the state it is, in the words an accountant can pass on. */
export function causeKey(reading: Reading, blocked: ReadonlySet<string>): string {
  if (reading.notChecked) return 'ui.network.cause.not-checked';
  const d = reading.details;
  const cause = str(d.downCause) ?? str(d.cause);
  if (reading.status === 'ok') return d.rawStatus === 'fault' ? 'ui.network.cause.confirming' : 'ui.network.cause.ok';
  if (reading.status === 'unknown') return 'ui.network.cause.unknown';
  if (blocked.has(reading.id)) return 'ui.network.cause.firewall';
  if (reading.status === 'warning' && cause === 'tls-error') return 'ui.network.cause.tls-only';
  const tcpOk = (d.downTcpOk ?? d.tcpOk) === true;
  switch (cause) {
    case 'timeout':
      return tcpOk ? 'ui.network.cause.hung' : 'ui.network.cause.no-answer';
    case 'refused':
    case 'nxdomain':
    case 'dns-error':
    case 'tls-error':
    case 'http-error':
      return `ui.network.cause.${cause}`;
    default:
      return 'ui.network.cause.other';
  }
}

/** The worst of the counted readings; grey when none counts. */
function tonesOf(readings: readonly Reading[]): Tone {
  const counted = readings.filter((r) => !r.notChecked);
  return counted.length ? counted.reduce<Tone>((tone, r) => worseTone(tone, r.status), 'ok') : 'not-checked';
}

/** Pure: the network view: the verdict on top, the chain of layers, each platform with its cause and history. */
export function networkModel(snapshot: Snapshot | undefined): NetworkModel {
  if (!snapshot) return { kind: 'waiting' };
  const net = snapshot.checks.filter((c) => c.id.startsWith('network.'));
  const find = (id: string): Reading | undefined => net.find((c) => c.id === id);
  const verdictReading = find('network.verdict');
  const scope = str(verdictReading?.details.scope) ?? 'unknown';
  const blocked = new Set(snapshot.faults.filter((f) => f.id === 'network.port-blocked').flatMap((f) => f.checkIds));
  const endpoints = net.filter((c) => c.id.startsWith('network.endpoint.'));
  const platforms = endpoints.map((c): PlatformRow => ({
    id: c.id,
    tone: readingTone(c),
    causeKey: causeKey(c, blocked),
    ...(str(c.details.host) ? { host: str(c.details.host) } : {}),
    ...(typeof c.details.port === 'number' ? { port: c.details.port } : {}),
    summary: c.summary,
    history: samplesOf(c.details.history),
    notChecked: c.notChecked === true,
    details: c.details,
  }));
  const layer = (id: string): Tone => {
    const r = find(id);
    return r ? readingTone(r) : 'not-checked';
  };
  return {
    kind: 'ready',
    verdict: {
      tone: verdictReading ? readingTone(verdictReading) : 'unknown',
      scopeKey: `ui.network.scope.${scope}`,
      message: verdictReading?.summary ?? { key: 'network.verdict.unknown' },
    },
    chain: [
      { id: 'computer', tone: layer('network.link') },
      { id: 'router', tone: layer('network.gateway') },
      { id: 'dns', tone: layer('network.dns') },
      { id: 'platforms', tone: tonesOf(endpoints) },
    ],
    platforms,
    local: net.filter((c) => c.id !== 'network.verdict' && !c.id.startsWith('network.endpoint.')),
  };
}
