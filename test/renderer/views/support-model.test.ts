import { describe, expect, it } from 'vitest';
import {
  contactRows,
  hasItContact,
  manifestModel,
  manualTarget,
  openOutcome,
  sentMessageKey,
  sizeMessage,
  ticketRows,
} from '../../../renderer/src/views/support-model';
import { contactsWithIt, fakeManifest } from '../support/journal-fixtures';

describe('the support view model', () => {
  it('lists IT, the suppliers and the built-in line, with tel: links as the allowlist writes them', () => {
    const rows = contactRows(contactsWithIt);
    expect(rows.map((r) => [r.id, r.roleKey, r.name ?? r.nameKey, r.tel, r.verified])).toEqual([
      ['it', 'ui.support.role.it', '财务 IT', 'tel:01060000000', true],
      ['vendor-1', 'ui.support.role.tax-device', '税控设备服务商', 'tel:4000000000', false],
      ['tax-hotline', 'ui.support.role.tax-service', 'support.contact.taxHotline', 'tel:12366', true],
    ]);
    // The built-in line's English source is never shown.
    expect(JSON.stringify(rows)).not.toContain('State Taxation');
    expect(contactRows(undefined)).toEqual([]);
    expect(hasItContact(contactsWithIt)).toBe(true);
    expect(hasItContact({ ...contactsWithIt, contacts: contactsWithIt.contacts.slice(2) })).toBe(false);
  });

  it('describes each file of the bundle with its size before anything is made, and counts what was removed', () => {
    expect(manifestModel(fakeManifest)).toEqual({
      files: [
        { name: 'report.html', descKey: 'support.file.report', size: { key: 'ui.support.kb', params: { kb: 7 } } },
        { name: 'summary.txt', descKey: 'support.file.summary', size: { key: 'ui.support.kb', params: { kb: 1 } } },
      ],
      incidents: { key: 'ui.support.manifestIncidents', params: { count: 3 } },
      redacted: { key: 'ui.support.manifestRedacted', params: { count: 3 } },
    });
    expect(manifestModel({ ...fakeManifest, redactions: {} }).redacted).toBeUndefined();
    expect(sizeMessage(0).params).toEqual({ kb: 1 });
  });

  it('says every ticket state and send answer in words; the HTTP error stays for IT', () => {
    const rows = ticketRows([
      {
        id: 'old',
        createdAt: '2026-11-26T08:00:00.000Z',
        state: 'delivered',
        attempts: 1,
        nextAttemptAt: '2026-11-26T08:00:00.000Z',
      },
      {
        id: 'new',
        createdAt: '2026-11-27T08:00:00.000Z',
        state: 'pending',
        attempts: 3,
        nextAttemptAt: '2026-11-27T08:05:00.000Z',
        lastError: 'connect ECONNREFUSED 127.0.0.1:9',
      },
    ]);
    expect(rows.map((r) => r.id)).toEqual(['new', 'old']);
    expect(rows[0]).toMatchObject({
      message: { key: 'ui.support.ticket.pending', params: { attempts: 3 }, nextAt: '2026-11-27T08:05:00.000Z' },
      detail: 'connect ECONNREFUSED 127.0.0.1:9',
    });
    expect(rows[1]!.message).toEqual({ key: 'ui.support.ticket.delivered' });
    expect(['queued', 'no-webhook', 'practice'].map((s) => sentMessageKey(s as 'queued'))).toEqual([
      'ui.support.sent.queued',
      'ui.support.sent.no-webhook',
      'ui.support.sent.practice',
    ]);
  });

  it('leaves the number or address for use by hand when the host cannot open a link', () => {
    expect(openOutcome({ opened: true }, '12366')).toEqual({ kind: 'opened' });
    expect(openOutcome({ opened: false }, '12366')).toEqual({ kind: 'manual', target: '12366' });
    expect(openOutcome(undefined, '12366')).toEqual({ kind: 'manual', target: '12366' });
    expect(manualTarget('tel:12366')).toBe('12366');
    expect(manualTarget('mailto:it%40example.com?subject=x')).toBe('it@example.com');
    expect(manualTarget('https://helpdesk.example.com/')).toBe('https://helpdesk.example.com/');
  });
});
