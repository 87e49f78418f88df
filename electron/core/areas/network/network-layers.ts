import type { CheckStatus, Details } from '../../../../shared/model/reading';
import type { EndpointInput, Health, LayerInput, NetworkLayers, ServiceInput } from './network-verdict';
import type { LocalName } from '../../../../shared/devices/device-types';

/** The part of a reading (or a probe outcome) the verdict looks at. */
export interface LayerReading {
  status: CheckStatus;
  details: Details;
}

const healthOf: Record<CheckStatus, Health> = { ok: 'up', warning: 'degraded', fault: 'down', unknown: 'unknown' };

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The display name a target's reading carries in `details.label`. */
function labelOf(d: Details): LocalName | undefined {
  const l = d.label as Partial<LocalName> | undefined;
  return typeof l?.zh === 'string' && typeof l.en === 'string' ? { zh: l.zh, en: l.en } : undefined;
}

/** The cause that explains a down layer: the one that opened the fault, else the current one. */
const causeOf = (d: Details): string | undefined => str(d.downCause) ?? str(d.cause);

function layer(reading: LayerReading | undefined): LayerInput | undefined {
  if (!reading) return undefined;
  const d = reading.details;
  return {
    health: healthOf[reading.status],
    ...(causeOf(d) ? { cause: causeOf(d) } : {}),
    ...(str(d.address) ? { address: str(d.address) } : {}),
    ...(str(d.method) ? { method: str(d.method) } : {}),
  };
}

/** Pulls the network layers out of readings by check id, for the verdict (pure). */
export function layersFrom(readings: ReadonlyMap<string, LayerReading>): NetworkLayers {
  const endpoints: EndpointInput[] = [];
  const services: ServiceInput[] = [];
  for (const [id, reading] of readings) {
    const d = reading.details;
    if (id.startsWith('network.endpoint.')) {
      endpoints.push({
        name: id.slice('network.endpoint.'.length),
        ...(labelOf(d) ? { label: labelOf(d) } : {}),
        host: str(d.host) ?? '',
        port: typeof d.port === 'number' ? d.port : 0,
        health: healthOf[reading.status],
        ...(causeOf(d) ? { cause: causeOf(d) } : {}),
        // While a fault recovers, judge it by the attempt that opened it, not the one that just worked.
        tcpOk: typeof d.downCause === 'string' ? d.downTcpOk === true : d.tcpOk === true,
      });
    } else if (id.startsWith('network.service.')) {
      services.push({
        name: id.slice('network.service.'.length),
        ...(labelOf(d) ? { label: labelOf(d) } : {}),
        port: typeof d.port === 'number' ? d.port : 0,
        health: healthOf[reading.status],
      });
    }
  }
  const dns = layer(readings.get('network.dns'));
  const failedNames = readings.get('network.dns')?.details.failedNames;
  return {
    link: layer(readings.get('network.link')),
    gateway: layer(readings.get('network.gateway')),
    dns: dns && typeof failedNames === 'string' ? { ...dns, names: failedNames } : dns,
    endpoints,
    services,
  };
}
