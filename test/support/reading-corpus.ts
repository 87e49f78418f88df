import { createCore } from '../../electron/core/core';
import { createPracticeWorld } from '../../electron/core/scenario/practice-world';
import { scenarioSchema } from '../../electron/core/scenario/scenario-schema';
import { policySchema, type PolicyInput } from '../../shared/policy/policy-schema';
import type { Snapshot } from '../../shared/model/snapshot';
import { localDate } from '../../shared/readiness/filing-calendar';
import type { FilingRecord } from '../../shared/guides/flow-schema';

/**
 * One workstation the corpus plays: what its sources return (a scenario's `sources`), its policy,
 * its OS, its clock and filing records. Left out: the healthy default.
 */
export interface Workstation {
  name: string;
  sources?: Record<string, unknown>;
  policy?: PolicyInput;
  platform?: NodeJS.Platform;
  clock?: string;
  filing?: Record<string, FilingRecord>;
  taxDeviceSeenAt?: string;
}

const unreadable = (problem: string, reason = `raw ${problem} text from the OS`) => ({ unreadable: problem, reason });
const problems = ['tool-missing', 'not-available', 'no-permission', 'service-down', 'timeout', 'unreadable'];
const ukey = { port: '1-2', vid: '101d', pid: '0003', manufacturer: 'Aisino', product: 'Tax UKey' };
const taxDevicePc: PolicyInput = { invoicing: { mode: 'tax-device' } };
const endpoints = {
  dns: { names: ['etax.example.chinatax.gov.cn'] },
  endpoints: [
    { name: 'etax', host: 'etax.example.chinatax.gov.cn', port: 443, kind: 'tcp' as const },
    { name: 'upload', host: 'skfp.example.chinatax.gov.cn', port: 7001, kind: 'tcp' as const },
  ],
  localServices: [{ name: 'ukey-helper', port: 28000 }],
};

/** A USB-to-parallel adapter: the printer behind it cannot be told apart by its IDs. */
const parallelAdapter = {
  port: '1-5',
  vid: '067b',
  pid: '2305',
  manufacturer: 'Prolific',
  product: 'IEEE-1284 Controller',
  interfaceClasses: [7],
};
const software = {
  expected: [{ vendor: '航天信息开票软件', processes: ['TaxClient.exe'], minVersion: '3.0' }],
  helper: { name: '税务UKey 证书助手', port: 28000, process: 'chinatax.exe' },
};

// Backups: one source and two destinations (one USB drive), and the state file as it would stand.
const backupPolicy: PolicyInput = {
  backup: {
    sources: [{ path: '/srv/invoices', name: 'invoices' }],
    destinations: [
      { path: '/mnt/backup', kind: 'folder', name: '第二块硬盘' },
      { path: '/media/usb', kind: 'usb' },
    ],
  },
};
const hoursAgo = (h: number): string => new Date(Date.now() - h * 3_600_000).toISOString();
const failure = (kind: string) => ({ kind, details: { reason: `raw ${kind} text from the OS` } });
interface BackupShape {
  ageHours?: number | null;
  outcome?: 'ok' | 'partial' | 'failed';
  failureKind?: string;
  verify?: { ok: boolean; ageDays: number; kind?: string } | null;
  drill?: { ok: boolean; ageDays: number; kind?: string } | null;
  sourceFiles?: number;
}
/** A backup state file: the last run, and per destination its snapshots, verification and drill. */
export function backupState(shape: BackupShape = {}) {
  const age = shape.ageHours === undefined ? 3 : shape.ageHours;
  const outcome = shape.outcome ?? 'ok';
  const at = age === null ? null : hoursAgo(age);
  const run = (path: string) => ({
    path,
    outcome,
    snapshotId: outcome === 'failed' ? null : 's-1',
    files: 1200,
    bytes: 52_428_800,
    readFiles: 20,
    addedBytes: 1_048_576,
    problems:
      outcome === 'partial' ? [{ source: 'invoices', path: 'Data/fp.db', reason: 'locked', code: 'EBUSY' }] : [],
    problemCount: outcome === 'partial' ? 1 : 0,
    dataMissing: [],
    error: outcome === 'failed' ? failure(shape.failureKind ?? 'destination-full') : null,
    verified: null,
  });
  const record = (r: { ok: boolean; ageDays: number; kind?: string }, extra: object) => ({
    at: hoursAgo(r.ageDays * 24),
    snapshotId: 's-1',
    ok: r.ok,
    files: 1200,
    bytes: 52_428_800,
    problems: r.ok ? 0 : 2,
    ...extra,
    error: r.ok || !r.kind ? null : failure(r.kind),
  });
  const verify = shape.verify === undefined ? { ok: true, ageDays: 2 } : shape.verify;
  const drill = shape.drill === undefined ? { ok: true, ageDays: 5 } : shape.drill;
  const destination = {
    storeId: 'store-1',
    lastSnapshot: at ? { id: 's-1', at, status: outcome === 'partial' ? 'partial' : 'complete' } : null,
    lastComplete: at && outcome !== 'partial' ? { id: 's-1', at } : null,
    lastVerify: verify ? record(verify, { firstProblem: verify.ok ? null : 'Data/fp.db' }) : null,
    lastDrill: drill ? record(drill, { seconds: drill.ok ? 42 : null }) : null,
    lastAddedBytes: 1_048_576,
  };
  return {
    lastRun: at
      ? {
          trigger: 'schedule',
          startedAt: at,
          finishedAt: at,
          outcome,
          destinations: [run('/mnt/backup'), run('/media/usb')],
        }
      : null,
    destinations: { '/mnt/backup': destination, '/media/usb': destination },
    lastScheduledAt: at,
    sources: { invoices: { files: shape.sourceFiles ?? 1200, bytes: 52_428_800, at: at ?? hoursAgo(1) } },
  };
}
const backup = (name: string, shape: BackupShape, looks: Record<string, unknown> = {}): Workstation => ({
  name: `backup: ${name}`,
  policy: backupPolicy,
  sources: { backup: { state: backupState(shape), ...looks } },
});

/**
 * Workstations in every state the areas know: each source failing in each way, each fault, each
 * mode. Played through the real probes and rules on scripted sources, they give every summary a
 * person can see, with the parameters the probes really pass.
 */
export const workstations: Workstation[] = [
  { name: 'healthy digital PC', sources: { usb: { devices: [] } } },
  { name: 'healthy tax-device PC', policy: taxDevicePc },
  { name: 'everything configured', policy: { network: endpoints, software, clock: { ntpServer: 'ntp.example.com' } } },
  { name: 'windows security', platform: 'win32' },
  // USB
  { name: 'tax device missing', policy: taxDevicePc, sources: { usb: { devices: [] } } },
  {
    name: 'bank key instead',
    policy: taxDevicePc,
    sources: {
      usb: { devices: [{ port: '1-3', vid: '1780', pid: '0410', manufacturer: 'Tendyron', product: 'USB Key' }] },
    },
  },
  { name: 'two tax devices', sources: { usb: { devices: [ukey, { ...ukey, port: '1-3' }] } } },
  {
    name: 'odd device',
    policy: taxDevicePc,
    sources: { usb: { devices: [{ port: '1-4', vid: '0000', pid: '0000' }] } },
  },
  {
    name: 'printer and reader required',
    policy: { devices: { require: { printer: true, cardReader: true } } },
  },
  {
    name: 'usb printer and reader present',
    sources: {
      usb: {
        devices: [
          ukey,
          {
            port: '1-5',
            vid: '20d1',
            pid: '2010',
            manufacturer: 'DASCOM',
            product: 'DS-1100II',
            interfaceClasses: [7],
          },
          {
            port: '1-6',
            vid: '072f',
            pid: '90cc',
            manufacturer: 'ACS',
            product: 'ACR38U-CCID',
            interfaceClasses: [11],
          },
        ],
      },
    },
  },
  {
    name: 'two usb printers, one behind a parallel adapter',
    sources: {
      usb: {
        devices: [
          ukey,
          parallelAdapter,
          {
            port: '1-6',
            vid: '20d1',
            pid: '2010',
            manufacturer: 'DASCOM',
            product: 'DS-1100II',
            interfaceClasses: [7],
          },
        ],
      },
    },
  },
  {
    name: 'usb printer behind an adapter',
    sources: {
      usb: {
        devices: [ukey, parallelAdapter],
      },
    },
  },
  {
    name: 'device without configuration',
    policy: taxDevicePc,
    sources: { usb: { devices: [{ port: '1-4', vid: '1234', pid: '5678', numConfigurations: 0 }] } },
  },
  {
    name: 'device with unreadable descriptors',
    policy: taxDevicePc,
    sources: { usb: { devices: [{ port: '1-4', vid: '1234', pid: '5678', descriptorError: 'LIBUSB_ERROR_IO' }] } },
  },
  { name: 'no usb access', policy: taxDevicePc, sources: { usb: { hotplug: 'unavailable', devices: [] } } },
  // Disk
  { name: 'disk nearly full', sources: { disk: { space: { '*': { freeMiB: 300, totalMiB: 51_200 } } } } },
  { name: 'disk low', sources: { disk: { space: { '*': { freeMiB: 3000, totalMiB: 51_200 } } } } },
  {
    name: 'disk failing',
    sources: { disk: { smart: { disks: [{ device: '/dev/sda', passed: false, model: 'WDC' }] } } },
  },
  ...problems.map((p) => ({ name: `disk space ${p}`, sources: { disk: { space: { '*': unreadable(p) } } } })),
  ...problems.map((p) => ({ name: `smart ${p}`, sources: { disk: { smart: unreadable(p) } } })),
  ...problems.map((p) => ({
    name: `smart required ${p}`,
    policy: { disk: { smart: true } },
    sources: { disk: { smart: unreadable(p) } },
  })),
  // Printer
  ...['paused', 'offline'].map((state) => ({
    name: `printer ${state}`,
    sources: { printer: { printers: [{ name: 'DASCOM DS-1700', [state]: true }], defaultName: 'DASCOM DS-1700' } },
  })),
  {
    name: 'printer rejecting',
    sources: { printer: { printers: [{ name: 'DASCOM DS-1700', accepting: false }], defaultName: 'DASCOM DS-1700' } },
  },
  {
    name: 'printer reports an error',
    sources: {
      printer: { printers: [{ name: 'DASCOM DS-1700', error: 'media-jam-error' }], defaultName: 'DASCOM DS-1700' },
    },
  },
  {
    name: 'printer jobs stuck',
    sources: {
      printer: {
        printers: [{ name: 'DASCOM DS-1700' }],
        defaultName: 'DASCOM DS-1700',
        jobs: [{ id: 'DS-1', printer: 'DASCOM DS-1700', ageMinutes: 45 }],
      },
    },
  },
  {
    name: 'no printers, tax-device PC',
    policy: taxDevicePc,
    sources: { printer: { printers: [], defaultName: null } },
  },
  { name: 'no printers, digital PC', sources: { usb: { devices: [] }, printer: { printers: [], defaultName: null } } },
  { name: 'no default printer', sources: { printer: { printers: [{ name: 'HP LaserJet' }], defaultName: null } } },
  { name: 'named printer not found', policy: { printers: { invoicePrinter: 'Jolimark*' } } },
  ...problems.map((p) => ({ name: `printer ${p}`, sources: { printer: unreadable(p) } })),
  ...problems.map((p) => ({
    name: `named printer ${p}`,
    policy: { printers: { invoicePrinter: 'DASCOM*' } },
    sources: { printer: unreadable(p) },
  })),
  // Memory
  { name: 'memory low', sources: { memory: { availableMiB: 100 } } },
  { name: 'memory short', sources: { memory: { availableMiB: 400 } } },
  { name: 'memory pressure', sources: { memory: { pressurePercent: 40 } } },
  ...problems.map((p) => ({ name: `memory ${p}`, sources: { memory: unreadable(p) } })),
  // Clock
  ...[3, 120, 900, 'no-answer'].map((offset) => ({
    name: `clock offset ${offset}`,
    policy: { clock: { ntpServer: 'ntp.example.com' } },
    sources: { clock: { offsetSeconds: offset } },
  })),
  {
    name: 'clock unreadable',
    policy: { clock: { ntpServer: 'ntp.example.com' } },
    sources: { clock: { offsetSeconds: unreadable('unreadable') } },
  },
  { name: 'wrong time zone', sources: { clock: { zone: 'America/New_York' } } },
  { name: 'no expected time zone', policy: { clock: { timeZone: null } } },
  { name: 'time zone unreadable', sources: { clock: { zone: unreadable('unreadable') } } },
  // Software
  { name: 'software not running', policy: { software }, sources: { software: { processes: [] } } },
  {
    name: 'software outdated',
    policy: { software },
    sources: {
      software: {
        processes: [{ name: 'TaxClient.exe', version: '2.1' }, { name: 'chinatax.exe' }],
        listening: [28000],
      },
    },
  },
  {
    name: 'software fine',
    policy: { software },
    sources: {
      software: {
        processes: [{ name: 'TaxClient.exe', version: '3.2' }, { name: 'chinatax.exe' }],
        listening: [28000],
      },
    },
  },
  ...problems.map((p) => ({
    name: `software ${p}`,
    policy: { software },
    sources: { software: { processes: unreadable(p) } },
  })),
  // System
  { name: 'reboot pending', sources: { system: { os: { rebootPending: true } } } },
  {
    name: 'recent crashes',
    sources: {
      system: {
        crashes: [
          { daysAgo: 1, kind: 'blue-screen' },
          { daysAgo: 2, kind: 'unexpected-shutdown' },
        ],
      },
    },
  },
  ...problems.map((p) => ({ name: `os ${p}`, sources: { system: { os: unreadable(p) } } })),
  ...problems.map((p) => ({ name: `crash log ${p}`, sources: { system: { crashes: unreadable(p) } } })),
  ...[
    { avOn: false },
    { firewallOff: ['Public'] },
    { avOn: false, firewallOff: ['Domain', 'Private'] },
    { avOn: null, firewallOff: null },
  ].map((security, i) => ({ name: `security ${i}`, platform: 'win32' as const, sources: { system: { security } } })),
  ...problems.map((p) => ({
    name: `security ${p}`,
    platform: 'win32' as const,
    sources: { system: { security: unreadable(p) } },
  })),
  // Network
  ...(['no-address', 'no-interface'] as const).map((link) => ({
    name: `link ${link}`,
    policy: { network: endpoints },
    sources: { network: { link } },
  })),
  { name: 'no route', policy: { network: endpoints }, sources: { network: { gateway: 'no-route' } } },
  { name: 'gateway silent', policy: { network: endpoints }, sources: { network: { gateway: { reachable: false } } } },
  {
    name: 'gateway unreadable',
    policy: { network: endpoints },
    sources: { network: { gateway: unreadable('unreadable') } },
  },
  ...(['nxdomain', 'dns-error'] as const).map((d) => ({
    name: `dns ${d}`,
    policy: { network: endpoints },
    sources: { network: { dns: { '*': d } } },
  })),
  ...(['ok', 'dns-error'] as const).map((d) => ({
    name: `dns servers ${d}`,
    policy: { network: { ...endpoints, dns: { ...endpoints.dns, servers: ['192.0.2.53'] } } },
    sources: { network: { dns: { '*': d } } },
  })),
  ...['refused', 'timeout', 'nxdomain', 'dns-error', 'tls-error', 'http-error'].flatMap((cause) => [
    {
      name: `upload ${cause}`,
      policy: { network: endpoints },
      sources: { network: { endpoints: { upload: { cause } } } },
    },
    { name: `all ${cause}`, policy: { network: endpoints }, sources: { network: { endpoints: { '*': { cause } } } } },
  ]),
  {
    name: 'local service down',
    policy: { network: endpoints },
    sources: { network: { services: { '*': 'refused' } } },
  },
  { name: 'nothing to reach', policy: { network: { link: 'off', gateway: 'off', dns: { names: [] }, endpoints: [] } } },
  // Backups
  backup('fresh, verified, drilled', {}),
  backup('never run', { ageHours: null, verify: null, drill: null }),
  backup('stale', { ageHours: 60 }),
  backup('partial', { outcome: 'partial' }),
  ...['destination-missing', 'destination-full', 'destination-permission', 'busy', 'store-damaged', 'internal'].map(
    (kind) => backup(`failed: ${kind}`, { outcome: 'failed', failureKind: kind }),
  ),
  backup('verification failed', { verify: { ok: false, ageDays: 1 } }),
  backup('verification overdue', { verify: { ok: true, ageDays: 20 } }),
  backup('drill overdue', { drill: { ok: true, ageDays: 60 } }),
  ...['destination-missing', 'destination-full', 'destination-permission', 'busy', 'store-damaged', 'internal'].map(
    (kind) => backup(`drill failed: ${kind}`, { drill: { ok: false, ageDays: 1, kind } }),
  ),
  backup('usb drive unplugged', {}, { destinations: { '/media/usb': { reachable: false } } }),
  backup('every destination unplugged', {}, { destinations: { '*': { reachable: false } } }),
  backup('destination nearly full', {}, { destinations: { '*': { freeMiB: 10 } } }),
  backup('source folder gone', {}, { sources: { invoices: { exists: false } } }),
  {
    name: 'backup: source folder never found (a wrong path in the policy)',
    policy: backupPolicy,
    sources: {
      backup: {
        state: { ...backupState({ ageHours: null, verify: null, drill: null }), sources: {} },
        sources: { invoices: { exists: false } },
      },
    },
  },
  backup('source lost most files', {}, { sources: { invoices: { files: 40 } } }),
  // Calendar (a tax-device PC in November 2026)
  ...[
    '2026-11-03T09:00:00+08:00',
    '2026-11-13T09:00:00+08:00',
    '2026-11-20T09:00:00+08:00',
    '2026-11-30T09:00:00+08:00',
  ].flatMap((clock) => [
    { name: `filing ${clock}`, policy: taxDevicePc, clock },
    {
      name: `filed ${clock}`,
      policy: taxDevicePc,
      clock,
      filing: { '2026-11': { reported: '2026-11-02T01:00:00.000Z' } },
    },
    { name: `digital ${clock}`, clock },
  ]),
  {
    name: 'filing upcoming',
    policy: { ...taxDevicePc, calendar: { filingStartDay: 10 } },
    clock: '2026-11-03T09:00:00+08:00',
  },
  { name: 'filing not required', policy: { ...taxDevicePc, calendar: { filingRequired: false } } },
];

/** Plays one workstation through the real core on scripted sources and returns its snapshot after a full run. */
export async function play(station: Workstation): Promise<Snapshot> {
  const scenario = scenarioSchema.parse({
    version: 2,
    id: 'corpus',
    titleKey: 'x',
    ...(station.clock ? { clock: station.clock } : {}),
    sources: station.sources ?? {},
    timeline: [],
    expect: { faults: [] },
  });
  const world = createPracticeWorld(scenario);
  const policy = policySchema.parse(station.policy ?? {});
  const month = localDate(world.now(), policy.calendar.timeZone).slice(0, 7);
  const done = { reported: '2026-01-01T00:00:00.000Z', cleared: '2026-01-01T00:00:00.000Z' };
  let seenAt = station.taxDeviceSeenAt;
  const env = {
    filingRecords: () => station.filing ?? (station.clock ? {} : { [month]: done }),
    taxDevice: { seenAt: () => seenAt, noteSeen: () => void (seenAt ??= new Date(world.now()).toISOString()) },
  };
  const core = createCore({
    loaded: { policy, status: { source: 'default', issues: [] } },
    areas: world.areas(env),
    platform: station.platform ?? 'linux',
    version: 'test',
    now: world.now,
    taxDevice: env.taxDevice,
  });
  try {
    return await core.handlers.runChecks({});
  } finally {
    await core.stop();
  }
}
