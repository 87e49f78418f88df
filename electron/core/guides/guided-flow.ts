import { ProtocolError } from '../../../shared/protocol/envelope';
import { guideFor } from '../../../shared/guides/catalog';
import { faultChecks, type Guide, type GuideStep } from '../../../shared/guides/define-guide';
import type { GuideView, IncidentFlow, RecheckResult } from '../../../shared/guides/flow-schema';
import { localDate } from '../../../shared/readiness/filing-calendar';
import type { Snapshot } from '../../../shared/model/snapshot';
import type { CoreServices } from '../probe';
import type { FlowStore } from './flow-store';

/** Completed incidents kept in the file; older ones are dropped so it never grows without bound. */
const keepCompleted = 200;

export interface GuidedFlowOptions {
  store: FlowStore;
  services: CoreServices;
  now: () => number;
  /** The calendar's time zone, for filing records ("this month" is the tax calendar's month). */
  timeZone: string;
  /** Told after a step is marked done or undone (scenario timelines react to it). */
  onStepDone?: (guideId: string, step: number, done: boolean) => void;
}

export interface GuidedFlow {
  getGuide(guideId: string): GuideView;
  markStepDone(guideId: string, step: number, done: boolean): Promise<GuideView>;
  recheckStep(guideId: string, step: number): Promise<RecheckResult>;
  /** Opens incidents for new faults and completes those whose fault cleared. */
  sync(snapshot: Snapshot): Promise<void>;
}

/**
 * The guided flow: one incident per open fault (or per guide the user opened by hand), the steps
 * done, re-checks through the real monitor, and completion when the fault clears. Every change is
 * saved to the flow-state file and pushed as a `guideFlow` event.
 */
export function createGuidedFlow(options: GuidedFlowOptions): GuidedFlow {
  const { store, services, now } = options;
  const iso = (): string => new Date(now()).toISOString();

  const openIncident = (guideId: string): IncidentFlow | undefined =>
    store.state().incidents.find((i) => i.guideId === guideId && i.state === 'open');
  const latestIncident = (guideId: string): IncidentFlow | undefined =>
    openIncident(guideId) ?? store.state().incidents.findLast((i) => i.guideId === guideId);

  function requireGuide(guideId: string): Guide {
    const guide = guideFor(guideId);
    if (!guide) throw new ProtocolError('bad-request', `unknown guide "${guideId}"`);
    return guide;
  }
  function requireStep(guide: Guide, n: number): GuideStep {
    const step = guide.steps[n - 1];
    if (!step) throw new ProtocolError('bad-request', `guide "${guide.id}" has no step ${n}`);
    return step;
  }

  function view(guideId: string, snapshot: Snapshot = services.snapshot()): GuideView {
    const fault = snapshot.faults.find((f) => f.guide === guideId);
    // While the fault is open only its own incident counts; a completed one belongs to an earlier time.
    const incident = fault ? openIncident(guideId) : latestIncident(guideId);
    const notice = store.notice();
    return {
      guideId,
      ...(incident ? { incident: structuredClone(incident) } : {}),
      ...(fault ? { fault } : {}),
      ...(notice ? { notice } : {}),
    };
  }

  /** The open incident of a guide, started now (in memory; the caller saves) when there is none. */
  function ensureIncident(guideId: string): IncidentFlow {
    const open = openIncident(guideId);
    if (open) return open;
    const fault = services.snapshot().faults.find((f) => f.guide === guideId);
    const openedAt = fault?.since ?? iso();
    const incident: IncidentFlow = {
      id: `${guideId}@${openedAt}`,
      guideId,
      origin: fault ? 'fault' : 'manual',
      checkIds: fault ? [...fault.checkIds] : [],
      openedAt,
      state: 'open',
      steps: {},
    };
    store.state().incidents.push(incident);
    return incident;
  }

  function emit(incident: IncidentFlow): void {
    services.emit('guideFlow', structuredClone(incident));
  }

  function complete(incident: IncidentFlow, how: NonNullable<IncidentFlow['completion']>): void {
    incident.state = 'completed';
    incident.completedAt = iso();
    incident.completion = how;
  }

  function prune(): void {
    const incidents = store.state().incidents;
    const completed = incidents.filter((i) => i.state === 'completed');
    if (completed.length <= keepCompleted) return;
    const drop = new Set(completed.slice(0, completed.length - keepCompleted));
    store.state().incidents = incidents.filter((i) => !drop.has(i));
  }

  async function sync(snapshot: Snapshot): Promise<void> {
    const changed: IncidentFlow[] = [];
    const readings = new Map(snapshot.checks.map((c) => [c.id, c]));
    await store.update((state) => {
      for (const fault of snapshot.faults) {
        if (!guideFor(fault.guide)) continue;
        // Incidents are created when the user starts on a guide (so a one-shot `check` writes
        // nothing); an existing one follows its fault, and a restart keeps its steps.
        const existing = openIncident(fault.guide);
        if (existing && (existing.origin === 'manual' || existing.checkIds.join() !== fault.checkIds.join())) {
          existing.origin = 'fault';
          existing.checkIds = [...fault.checkIds];
          changed.push(existing);
        }
      }
      for (const incident of state.incidents) {
        if (incident.state !== 'open' || incident.origin !== 'fault') continue;
        if (snapshot.faults.some((f) => f.guide === incident.guideId)) continue;
        // Only a fresh reading of the fault's own checks may close it: right after a restart every
        // check is still pending and no fault is open yet, which must not complete anything.
        const fresh = incident.checkIds.length > 0 && incident.checkIds.every((id) => readings.get(id)?.checkedAt);
        if (!fresh) continue;
        complete(incident, 'fault-cleared');
        changed.push(incident);
      }
      if (!changed.length) return false;
      prune();
      return true;
    });
    changed.forEach(emit);
  }

  return {
    getGuide(guideId) {
      requireGuide(guideId);
      return view(guideId);
    },

    async markStepDone(guideId, n, done) {
      const guide = requireGuide(guideId);
      const step = requireStep(guide, n);
      const incident = ensureIncident(guideId);
      await store.update((state) => {
        const key = String(n);
        const current = incident.steps[key] ?? {};
        if (done) incident.steps[key] = { ...current, doneAt: iso() };
        else {
          const { doneAt: _dropped, ...rest } = current;
          incident.steps[key] = rest;
        }
        if (step.records) {
          const month = localDate(now(), options.timeZone).slice(0, 7);
          const record = { ...state.filing[month] };
          if (done) record[step.records] = iso();
          else delete record[step.records];
          state.filing[month] = record;
        }
        // A guide opened by hand has no fault to clear: it is complete once every step before
        // the support step is marked done.
        if (incident.origin === 'manual') {
          const allDone = guide.steps.filter((s) => !s.support).every((s) => incident.steps[String(s.n)]?.doneAt);
          if (allDone) complete(incident, 'all-steps-done');
        }
      });
      emit(incident);
      options.onStepDone?.(guideId, n, done);
      return view(guideId);
    },

    async recheckStep(guideId, n) {
      const guide = requireGuide(guideId);
      const step = requireStep(guide, n);
      // The latest incident, even a completed one: its fault may have cleared a moment ago.
      const fault = services.snapshot().faults.find((f) => f.guide === guideId);
      // Recorded on the incident open when the user pressed re-check (started now if the fault is
      // open), even if the re-run clears its fault and completes it.
      const target = fault ? ensureIncident(guideId) : openIncident(guideId);
      const incident = target ?? latestIncident(guideId);
      const known = new Set(services.checkIds());
      const wanted = (step.check?.checkIds ?? []).flatMap((id) =>
        id === faultChecks ? (fault?.checkIds ?? incident?.checkIds ?? []) : [id],
      );
      const ids = [...new Set(wanted)].filter((id) => known.has(id));
      if (!step.check || ids.length === 0) return { ran: false, worked: false, readings: [], view: view(guideId) };
      const snapshot = await services.runChecks(ids);
      const readings = snapshot.checks
        .filter((c) => ids.includes(c.id))
        .map((c) => ({ id: c.id, status: c.status, summary: c.summary }));
      const expect = step.check.worked;
      const worked =
        'faultCleared' in expect
          ? !snapshot.faults.some((f) => f.guide === guideId)
          : readings.every((r) => expect.status.includes(r.status));
      if (target) {
        await store.update(() => {
          const key = String(n);
          const at = iso();
          target.steps[key] = {
            ...target.steps[key],
            lastCheck: { at, worked },
            ...(worked ? { doneAt: target.steps[key]?.doneAt ?? at } : {}),
          };
        });
        emit(target);
      }
      await sync(snapshot);
      return { ran: true, worked, readings, view: view(guideId, snapshot) };
    },

    sync,
  };
}
