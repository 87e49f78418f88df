import { summarise, type Incident } from '../../../shared/journal/incident';
import type { IncidentOverview, JournalStatus } from '../../../shared/journal/journal-protocol';
import type { SupportContacts } from '../../../shared/support/support-contacts';
import type { SupportManifest } from '../../../shared/support/manifest';

/** Valid journal and support protocol values for renderer tests, with overrides. */
export function fakeIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: 'i12',
    openedSeq: 12,
    faultId: 'printer.paused',
    category: 'software',
    severity: 'critical',
    guide: 'printer.paused',
    checkIds: ['printer.queue'],
    openedAt: '2026-11-27T08:00:00.000Z',
    faultSince: '2026-11-27T07:59:58.000Z',
    status: 'open',
    practice: false,
    readingsAtOpen: [],
    readingsAtClose: [],
    usbEvents: [],
    notes: [],
    steps: [],
    rechecks: [],
    codes: [],
    tickets: [],
    ...overrides,
  };
}

export const writingJournal: JournalStatus = {
  mode: 'writing',
  folder: '/var/lib/invoiceguard/journal',
  skippedAtOpen: 0,
  tornAtOpen: false,
};

export function fakeOverview(incidents: Incident[], overrides: Partial<IncidentOverview> = {}): IncidentOverview {
  const summaries = incidents.map(summarise);
  const last = summaries[0];
  return {
    practice: false,
    open: summaries.filter((i) => i.status === 'open'),
    ...(last ? { last } : {}),
    status: writingJournal,
    ...overrides,
  };
}

export const contactsWithIt: SupportContacts = {
  contacts: [
    {
      id: 'it',
      role: 'it',
      name: '财务 IT',
      phone: '010-6000 0000',
      mail: 'it@example.com',
      portal: 'https://helpdesk.example.com/',
      builtIn: false,
      verified: true,
    },
    {
      id: 'vendor-1',
      role: 'tax-device',
      name: '税控设备服务商',
      phone: '400 000 0000',
      builtIn: false,
      verified: false,
    },
    {
      id: 'tax-hotline',
      role: 'tax-service',
      nameKey: 'support.contact.taxHotline',
      phone: '12366',
      portal: 'https://www.chinatax.gov.cn/',
      builtIn: true,
      source: 'State Taxation Administration, national 12366 tax service hotline (纳税服务热线)',
      verified: true,
    },
  ],
  webhook: true,
  allow: { mailto: ['it@example.com'], tel: ['01060000000', '12366'], https: ['https://www.chinatax.gov.cn/'] },
};

export const fakeManifest: SupportManifest = {
  version: 1,
  createdAt: '2026-11-27T08:10:00.000Z',
  language: 'zh-CN',
  app: { version: '0.1.0', platform: 'linux' },
  incidents: 3,
  files: [
    { name: 'report.html', kind: 'report', bytes: 7300 },
    { name: 'summary.txt', kind: 'summary', bytes: 300 },
  ],
  redactions: { 'secret-key': 2, bearer: 1 },
  policyPatterns: 0,
};
