import { describe, expect, it } from 'vitest';
import { builtInCatalog, vidPid } from '../../../shared/devices/device-catalog';

const knownSources = ['MB', 'USBIF', 'LUI', 'CCID', 'PAS', 'CS', 'SPD'];

describe('the built-in device catalog', () => {
  it('gives every entry a unique id, valid IDs, names in both languages, its sources and a confidence', () => {
    const ids = builtInCatalog.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of builtInCatalog) {
      // A vendor id is a 16-bit number the USB-IF assigned, never 0; a product id any 16-bit number.
      expect(Number.isInteger(e.vid) && e.vid > 0 && e.vid <= 0xffff, `${e.id} vid ${e.vid}`).toBe(true);
      expect(Number.isInteger(e.pid) && e.pid >= 0 && e.pid <= 0xffff, `${e.id} pid ${e.pid}`).toBe(true);
      expect(e.vendor.zh && e.vendor.en && e.model.zh && e.model.en).toBeTruthy();
      expect(e.sources.length).toBeGreaterThan(0);
      for (const s of e.sources) expect(knownSources).toContain(s);
      expect(['corroborated', 'single-source', 'weak']).toContain(e.confidence);
    }
  });

  it('names only existing entries as ambiguity candidates', () => {
    const ids = new Set(builtInCatalog.map((e) => e.id));
    for (const e of builtInCatalog) for (const c of e.candidates ?? []) expect(ids.has(c)).toBe(true);
  });

  it('has at most one plain (string-less) entry per VID:PID, so lookups are deterministic', () => {
    const plain = builtInCatalog.filter((e) => !e.match).map((e) => vidPid(e.vid, e.pid));
    expect(new Set(plain).size).toBe(plain.length);
  });

  it('covers the device kinds the issue names', () => {
    const roles = new Set(builtInCatalog.map((e) => e.role));
    expect([...roles].sort()).toEqual(['bankKey', 'caKey', 'cardReader', 'printer', 'taxDevice']);
  });
});
