import type { Fault } from '../../../shared/model/fault';
import type { GuideView, RecheckResult } from '../../../shared/guides/flow-schema';
import type { Readiness } from '../../../shared/readiness/readiness';
import type { CoreStatus, PracticeState } from '../../../shared/protocol/contract';

/** Valid protocol values for renderer tests, with optional overrides (like test/support/fake-snapshot.ts). */
export function fakeReadiness(overrides: Partial<Readiness> = {}): Readiness {
  return {
    canInvoice: 'yes',
    deadline: 'on-track',
    filing: {
      month: '2026-11',
      today: '2026-11-10',
      periodStart: '2026-11-01',
      deadline: '2026-11-15',
      deadlineShifted: false,
      daysLeft: 5,
      reported: true,
      cleared: false,
      status: 'due',
    },
    checks: [
      {
        id: 'disk.space',
        status: 'ok',
        summary: { key: 'check.disk.space.ok', params: { path: '/', freeGiB: 50, freePercent: 40 } },
      },
    ],
    faults: [],
    reminders: [],
    simulated: false,
    computedAt: '2026-11-10T08:00:00.000Z',
    ...overrides,
  };
}

export const printerPaused: Fault = {
  id: 'printer.paused',
  category: 'software',
  severity: 'critical',
  guide: 'printer.paused',
  checkIds: ['printer.queue'],
  since: '2026-11-10T08:00:00.000Z',
};

export function fakeGuideView(overrides: Partial<GuideView> = {}): GuideView {
  return { guideId: 'printer.paused', ...overrides };
}

export function openIncident(doneSteps: number[] = [], state: 'open' | 'completed' = 'open'): GuideView['incident'] {
  return {
    id: 'printer.paused@2026-11-10T08:00:00.000Z',
    guideId: 'printer.paused',
    origin: 'fault',
    checkIds: ['printer.queue'],
    openedAt: '2026-11-10T08:00:00.000Z',
    state,
    ...(state === 'completed' ? { completedAt: '2026-11-10T08:05:00.000Z', completion: 'fault-cleared' as const } : {}),
    steps: Object.fromEntries(doneSteps.map((n) => [String(n), { doneAt: '2026-11-10T08:01:00.000Z' }])),
  };
}

export function fakeRecheck(worked: boolean, view: GuideView): RecheckResult {
  return {
    ran: true,
    worked,
    readings: [
      worked
        ? {
            id: 'printer.queue',
            status: 'ok',
            summary: { key: 'check.printer.queue.ok', params: { printer: 'Invoice', jobs: 0 } },
          }
        : {
            id: 'printer.queue',
            status: 'fault',
            summary: { key: 'check.printer.queue.paused', params: { printer: 'Invoice' } },
          },
    ],
    view,
  };
}

export function fakePractice(active: string | null = null): PracticeState {
  return {
    scenarios: [
      { id: 'printer-paused', titleKey: 'scenario.printer-paused.title' },
      { id: 'tax-device-missing', titleKey: 'scenario.tax-device-missing.title' },
    ],
    active,
  };
}

export const restarting: CoreStatus = { state: 'restarting', restarts: 2, retryInMs: 1000, lastExit: 'exit code 1' };
export const running: CoreStatus = { state: 'running', restarts: 2 };
