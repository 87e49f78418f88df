import { describe, expect, it } from 'vitest';
import { areaModules } from '../../../electron/core/areas/registry';
import { areaCards, cardById, cardFor, cardRoute, otherCard } from '../../../renderer/src/areas/area-cards';

/** A concrete id for each check the registry declares (a family `network.endpoint.*` gets one member). */
const declaredChecks = areaModules.flatMap((area) =>
  area.checks.map((id) => ({ id: id.replace(/\*$/, 'example'), area: area.id })),
);

describe('the dashboard cards', () => {
  it('are the seven areas an accountant knows, in that order', () => {
    expect(areaCards.map((c) => c.id)).toEqual([
      'tax-device',
      'printer',
      'card-reader',
      'network',
      'computer',
      'backup',
      'software',
    ]);
  });

  it('put every check the core declares on exactly one card, none on "other"', () => {
    expect(declaredChecks.length).toBeGreaterThan(15);
    for (const check of declaredChecks) {
      const claiming = areaCards.filter((card) => cardFor(check, [card]).id === card.id);
      expect(
        claiming.map((c) => c.id),
        check.id,
      ).toHaveLength(1);
    }
  });

  it('map the core areas as the issue says', () => {
    const card = (id: string, area?: string) => cardFor({ id, ...(area ? { area } : {}) }).id;
    expect(card('usb.tax-device')).toBe('tax-device');
    expect(card('printer.queue')).toBe('printer');
    expect(card('usb.printer')).toBe('printer');
    expect(card('usb.card-reader')).toBe('card-reader');
    expect(card('network.endpoint.etax')).toBe('network');
    expect(
      ['disk.space', 'memory.available', 'clock.offset', 'system.os', 'security.status'].map((id) => card(id)),
    ).toEqual(Array(5).fill('computer'));
    expect(card('software.processes')).toBe('software');
    expect(card('calendar.filing')).toBe('software');
  });

  it('take the backup area by its area as well as by id, so the backup engineer only adds checks', () => {
    expect(cardFor({ id: 'backup.last-run' }).id).toBe('backup');
    expect(cardFor({ id: 'vault.copy', area: 'backup' }).id).toBe('backup');
  });

  it('show a check of an area without a card on the "other" card rather than hiding it', () => {
    expect(cardFor({ id: 'journal.size', area: 'journal' })).toBe(otherCard);
    expect(cardById('other')).toBe(otherCard);
    expect(cardById('nope')).toBeUndefined();
  });

  it('lead "show" to the card’s own view (network, backup), else to the area view of that card', () => {
    expect(cardRoute('network')).toEqual({ view: 'network' });
    expect(cardRoute('backup')).toEqual({ view: 'backup' });
    expect(cardRoute('printer')).toEqual({ view: 'area', params: { card: 'printer' } });
    expect(cardRoute('nope')).toEqual({ view: 'area', params: { card: 'nope' } });
  });
});
