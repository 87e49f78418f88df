import type { ExtraDevice } from '../policy/devices-policy';
import { vidPid } from './device-catalog';
import type { CatalogEntry, LocalName } from './device-types';

/** Turns the policy's `devices.extraDevices` into catalog entries (source `policy`), in policy order. */
export function policyCatalogEntries(extra: readonly ExtraDevice[]): CatalogEntry[] {
  return extra.map((d, index) => {
    const vid = parseInt(d.vid, 16);
    const pid = parseInt(d.pid, 16);
    const match =
      d.manufacturer || d.product
        ? {
            ...(d.manufacturer ? { manufacturer: [d.manufacturer] } : {}),
            ...(d.product ? { product: [d.product] } : {}),
          }
        : undefined;
    return {
      id: `policy-${index}`,
      vid,
      pid,
      role: d.role,
      vendor: toLocal(d.vendor, ''),
      model: toLocal(d.model, vidPid(vid, pid)),
      ...(match ? { match } : {}),
      sources: ['policy'],
      confidence: 'policy',
    };
  });
}

function toLocal(name: ExtraDevice['vendor'], fallback: string): LocalName {
  if (name === undefined) return { zh: fallback, en: fallback };
  return typeof name === 'string' ? { zh: name, en: name } : name;
}
