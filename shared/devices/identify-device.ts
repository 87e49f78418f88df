import { taxDeviceProductHints, usbClass } from './device-catalog';
import type { CatalogEntry, Identification, UsbDeviceFacts } from './device-types';

/**
 * Pure: what a connected device is, from its VID:PID, the OS-exposed strings and its interface
 * classes, never from talking to it. Order: catalog VID:PID (narrowed by strings where variants
 * exist), tax-device product strings, class fallback (printer 0x07, smart card 0x0B), else `other`.
 * Odd descriptors (zero IDs, no configuration, unreadable) give `unknown` with the reason.
 * `catalog` is searched in order, so policy entries placed first win over built-in ones.
 */
export function identifyDevice(facts: UsbDeviceFacts, catalog: readonly CatalogEntry[]): Identification {
  const sameIds = catalog.filter((e) => e.vid === facts.vid && e.pid === facts.pid);
  const known = sameIds.length ? fromCatalog(facts, sameIds) : undefined;
  if (known) return known;
  if (facts.vid === 0 && facts.pid === 0) return { role: 'unknown', matchedBy: 'none', unknownReason: 'zero-ids' };
  if (facts.deviceClass === usbClass.hub) return { role: 'other', matchedBy: 'class' };

  const product = `${facts.manufacturer ?? ''} ${facts.product ?? ''}`.toLowerCase();
  if (taxDeviceProductHints.some((h) => product.includes(h)))
    return { role: 'taxDevice', matchedBy: 'strings', confidence: 'weak' };

  const classes = [facts.deviceClass, ...(facts.interfaceClasses ?? [])];
  if (classes.includes(usbClass.printer)) return { role: 'printer', matchedBy: 'class' };
  if (classes.includes(usbClass.smartCard)) return { role: 'cardReader', matchedBy: 'class' };
  if (facts.interfaceClasses === null && facts.deviceClass === 0) {
    // Class defined per interface, but no interface could be read: we cannot tell what it is.
    return {
      role: 'unknown',
      matchedBy: 'none',
      unknownReason: facts.numConfigurations === 0 ? 'no-configuration' : 'descriptor-unreadable',
    };
  }
  return { role: 'other', matchedBy: 'none' };
}

/**
 * A catalog answer for this VID:PID, or undefined when the OS strings rule out every variant and
 * there is no plain entry (then the device is judged like an unknown one).
 */
function fromCatalog(facts: UsbDeviceFacts, entries: readonly CatalogEntry[]): Identification | undefined {
  const variants = entries.filter((e) => e.match);
  const generic = entries.find((e) => !e.match);
  const hasStrings = facts.manufacturer !== undefined || facts.product !== undefined;
  const reason = hasStrings ? 'strings-unmatched' : 'no-strings';
  const matched = hasStrings ? variants.find((e) => stringsMatch(e, facts)) : undefined;
  if (matched) return described(matched, matched.confidence === 'policy' ? 'policy' : 'catalog+strings');
  if (generic) {
    const result = described(generic, generic.confidence === 'policy' ? 'policy' : 'catalog');
    if (variants.length || generic.candidates)
      result.ambiguity = {
        reason,
        candidates: generic.candidates ? [...generic.candidates] : variants.map((v) => v.id),
      };
    return result;
  }
  const first = variants[0];
  if (hasStrings || !first) return undefined;
  // No strings to check a string-narrowed entry against: a stated guess, not a silent one.
  const guess = described(first, first.confidence === 'policy' ? 'policy' : 'catalog');
  guess.ambiguity = { reason, candidates: variants.map((v) => v.id) };
  return guess;
}

function described(entry: CatalogEntry, matchedBy: Identification['matchedBy']): Identification {
  return {
    role: entry.role,
    entryId: entry.id,
    vendor: entry.vendor,
    model: entry.model,
    matchedBy,
    confidence: entry.confidence,
    ...(entry.adapter ? { adapter: true } : {}),
  };
}

function stringsMatch(entry: CatalogEntry, facts: UsbDeviceFacts): boolean {
  const fieldMatches = (needles: readonly string[] | undefined, value: string | undefined): boolean =>
    needles === undefined ||
    (value !== undefined && needles.some((n) => value.toLowerCase().includes(n.toLowerCase())));
  return (
    fieldMatches(entry.match?.manufacturer, facts.manufacturer) && fieldMatches(entry.match?.product, facts.product)
  );
}
