import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cardModels, recheckProgress, trackCardChanges } from '../../../renderer/src/areas/card-model';
import { toneRank, verdictTone } from '../../../renderer/src/components/tone';
import { composeSnapshot } from '../../../shared/model/snapshot';
import type { Fault } from '../../../shared/model/fault';
import type { Reading } from '../../../shared/model/reading';
import { fakeReading, fakeSnapshot, noDeviceNeeded } from '../../support/fake-snapshot';

const reading = (id: string, status: Reading['status'], extra: Partial<Reading> = {}): Reading =>
  fakeReading({ id, area: id.split('.')[0]!, status, summary: { key: `check.${id}.${status}` }, ...extra });
const fault = (id: string, checkIds: string[], severity: Fault['severity'] = 'critical'): Fault => ({
  id,
  category: 'hardware',
  severity,
  guide: id,
  checkIds,
  since: '2026-11-27T07:59:00.000Z',
});
const card = (snapshot: ReturnType<typeof fakeSnapshot>, id: string) =>
  cardModels({ snapshot }).find((c) => c.id === id)!;

describe('an area card', () => {
  it('is the worst of its counted checks, its key detail the worst one’s own summary', () => {
    const snapshot = fakeSnapshot({
      checks: [reading('disk.space', 'ok'), reading('clock.timezone', 'warning'), reading('memory.available', 'fault')],
    });
    expect(card(snapshot, 'computer')).toMatchObject({
      tone: 'fault',
      detail: { key: 'check.memory.available.fault' },
      detailCheckId: 'memory.available',
      more: { key: 'ui.card.more', params: { count: 1 } },
    });
  });

  it('says "all fine" with the count, or the lead check’s summary, when nothing is wrong', () => {
    const snapshot = fakeSnapshot({
      checks: [reading('disk.space', 'ok'), reading('memory.available', 'ok'), reading('network.verdict', 'ok')],
    });
    expect(card(snapshot, 'computer').detail).toEqual({ key: 'ui.card.allOk', params: { count: 2 } });
    expect(card(snapshot, 'network').detail).toEqual({ key: 'check.network.verdict.ok' });
  });

  it('is grey with the reason when its checks were not made, and says how many were skipped otherwise', () => {
    const snapshot = fakeSnapshot({
      checks: [
        reading('software.processes', 'unknown', {
          notChecked: true,
          summary: { key: 'check.software.notConfigured' },
        }),
        reading('disk.space', 'ok'),
        reading('clock.offset', 'unknown', { notChecked: true }),
      ],
    });
    expect(card(snapshot, 'software')).toMatchObject({
      tone: 'not-checked',
      detail: { key: 'check.software.notConfigured' },
    });
    expect(card(snapshot, 'computer')).toMatchObject({
      tone: 'ok',
      skipped: { key: 'ui.card.skipped', params: { count: 1 } },
    });
  });

  it('is grey and says "no backup configured" while no backup check exists', () => {
    expect(card(fakeSnapshot(), 'backup')).toMatchObject({
      tone: 'not-checked',
      detail: { key: 'ui.card.backup.empty' },
    });
  });

  it('on a fully digital PC says no tax device is needed, grey, never a green 正常', () => {
    const snapshot = fakeSnapshot({ checks: [noDeviceNeeded()], invoicing: { mode: 'digital', because: 'default' } });
    expect(card(snapshot, 'tax-device')).toMatchObject({
      tone: 'not-needed',
      detail: { key: 'check.usb.tax-device.not-required' },
    });
  });

  it('greys a card reader the policy does not require, but not a printer card whose queue was checked', () => {
    const snapshot = fakeSnapshot({
      checks: [noDeviceNeeded('card-reader'), noDeviceNeeded('printer'), reading('printer.queue', 'ok')],
    });
    expect(card(snapshot, 'card-reader').tone).toBe('not-needed');
    expect(card(snapshot, 'printer')).toMatchObject({ tone: 'ok', detail: { key: 'check.printer.queue.ok' } });
  });

  it('says a printer was not checked, with the reason, when its queue could not be read and no USB printer is needed', () => {
    const queue = reading('printer.queue', 'unknown', {
      notChecked: true,
      summary: { key: 'check.printer.queue.noCups' },
    });
    const snapshot = fakeSnapshot({ checks: [noDeviceNeeded('printer'), queue] });
    expect(card(snapshot, 'printer')).toMatchObject({
      tone: 'not-checked',
      detail: { key: 'check.printer.queue.noCups' },
    });
  });

  it('keeps a found device green: a device there is checked and fine', () => {
    const found = reading('usb.tax-device', 'ok', { details: { required: false, devices: [{ vidPid: '101d:0003' }] } });
    expect(card(fakeSnapshot({ checks: [found] }), 'tax-device').tone).toBe('ok');
  });

  it('turns red for an open critical fault even while its check already reads fine', () => {
    const snapshot = fakeSnapshot({
      checks: [reading('network.endpoint.etax', 'ok')],
      faults: [fault('network.service-down', ['network.endpoint.etax'])],
    });
    expect(card(snapshot, 'network')).toMatchObject({ tone: 'fault', faults: [{ id: 'network.service-down' }] });
  });

  it('puts a check and a fault no card claims on an "other" card, shown last', () => {
    const snapshot = fakeSnapshot({ checks: [reading('journal.size', 'warning')], faults: [fault('odd', [])] });
    const cards = cardModels({ snapshot });
    expect(cards.at(-1)).toMatchObject({ id: 'other', tone: 'fault' });
  });

  it('says since when its fault is open, else when it was checked, and when it changed once seen changing', () => {
    const faulty = fakeSnapshot({
      checks: [reading('usb.tax-device', 'fault')],
      faults: [fault('tax-device.missing', ['usb.tax-device'])],
    });
    expect(card(faulty, 'tax-device').time).toEqual({ key: 'ui.card.faultSince', at: '2026-11-27T07:59:00.000Z' });
    expect(card(fakeSnapshot(), 'computer').time).toEqual({ key: 'ui.card.checkedAt', at: '2026-11-27T08:00:00.000Z' });
    const history = { 'tax-device': { tone: 'fault' as const, since: '2026-11-27T08:01:00.000Z' } };
    expect(cardModels({ snapshot: faulty, history })[0]!.time).toEqual({
      key: 'ui.card.changedAt',
      at: '2026-11-27T08:01:00.000Z',
    });
  });

  it('shows "checking" while a re-check has not reached its checks yet', () => {
    const snapshot = fakeSnapshot({ checks: [reading('disk.space', 'ok'), reading('usb.tax-device', 'ok')] });
    const recheck = { done: 1, total: 2, pending: new Set(['disk.space']) };
    const cards = cardModels({ snapshot, recheck });
    expect(cards.find((c) => c.id === 'computer')?.checking).toBe(true);
    expect(cards.find((c) => c.id === 'tax-device')?.checking).toBe(false);
  });
});

describe('the header colour', () => {
  const statuses = fc.constantFrom<Reading['status']>('ok', 'warning', 'fault', 'unknown');
  const ids = fc.constantFrom(
    'usb.tax-device',
    'printer.queue',
    'network.endpoint.etax',
    'disk.space',
    'journal.size',
    'software.helper',
  );
  const checks = fc.uniqueArray(fc.record({ id: ids, status: statuses, notChecked: fc.boolean() }), {
    selector: (c) => c.id,
    maxLength: 6,
  });
  const faults = fc.array(
    fc.record({
      severity: fc.constantFrom<Fault['severity']>('critical', 'warning', 'info'),
      checkIds: fc.array(ids, { maxLength: 2 }),
    }),
    { maxLength: 3 },
  );

  it('always matches the worst card shown, whatever the checks and faults', () => {
    fc.assert(
      fc.property(
        checks,
        faults,
        fc.constantFrom('tax-device', 'digital') as fc.Arbitrary<'tax-device' | 'digital'>,
        (cs, fs, mode) => {
          const snapshot = composeSnapshot({
            checks: cs.map((c) =>
              reading(c.id, c.notChecked ? 'unknown' : c.status, c.notChecked ? { notChecked: true } : {}),
            ),
            faults: fs.map((f, i) => fault(`f${i}`, f.checkIds, f.severity)),
            policy: { source: 'default', issues: [] },
            simulated: false,
            updatedAt: '2026-11-27T08:00:00.000Z',
            invoicing: { mode, because: 'policy' },
          });
          const worst = Math.max(...cardModels({ snapshot }).map((c) => toneRank[c.tone]));
          // "could not check" (unknown) and warning both make the verdict "attention".
          const shown = worst >= toneRank.fault ? 'fault' : worst >= toneRank.unknown ? 'warning' : 'ok';
          expect(shown).toBe(verdictTone(snapshot.verdict));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('tracking when a card changed', () => {
  it('knows no change time for a card first seen, and records the snapshot time when its tone changes', () => {
    const first = trackCardChanges({}, [{ id: 'printer', tone: 'ok' }], 'T1');
    expect(first).toEqual({ printer: { tone: 'ok', since: '' } });
    expect(trackCardChanges(first, [{ id: 'printer', tone: 'ok' }], 'T2')).toEqual(first);
    expect(trackCardChanges(first, [{ id: 'printer', tone: 'fault' }], 'T3')).toEqual({
      printer: { tone: 'fault', since: 'T3' },
    });
  });
});

describe('the progress of a re-check', () => {
  it('counts a check done once its checkedAt moved on', () => {
    const before = { 'disk.space': 'T0', 'usb.tax-device': 'T0' };
    const snapshot = fakeSnapshot({
      checks: [reading('disk.space', 'ok', { checkedAt: 'T1' }), reading('usb.tax-device', 'ok', { checkedAt: 'T0' })],
    });
    const progress = recheckProgress(before, snapshot);
    expect(progress).toMatchObject({ done: 1, total: 2 });
    expect([...progress.pending]).toEqual(['usb.tax-device']);
  });
});
