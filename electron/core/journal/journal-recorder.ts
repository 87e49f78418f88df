import { createHash } from 'node:crypto';
import type { Snapshot } from '../../../shared/model/snapshot';
import type { Policy } from '../../../shared/policy/policy-schema';
import type { PolicyStatus } from '../../../shared/policy/policy-status';
import type { Incident, UsbEventRecord } from '../../../shared/journal/incident';
import { applyRecord } from '../../../shared/journal/fold-incidents';
import type { JournalRecord, NewRecord } from '../../../shared/journal/record-schema';
import { errorMessage } from '../../../shared/error-message';
import type { GuideActivity } from '../guides/guide-activity';
import { diffIncidents, type IncidentChange } from './incident-diff';
import { JournalWriteError } from './journal-errors';
import type { JournalStore } from './journal-store';

export interface RecorderOptions {
  store: JournalStore;
  /** Set in practice mode: every record is marked `practice` and kept apart from real incidents. */
  practice?: { scenarioId: string };
  /** The USB area's raw event ring (usbArea's `rawEvents()`), when the integrator connects it. */
  usbEvents?: () => readonly UsbEventRecord[];
  usbWindowMs: number;
  version: string;
  platform: string;
  pid: number;
  policy: Policy;
  policyStatus?: PolicyStatus;
  now: () => number;
  log: (line: string) => void;
  /** Incidents changed (opened, closed, updated, annotated): the area pushes a new overview. */
  onChange: () => void;
  /** A network incident closed: the ticket queue tries again now instead of waiting for its timer. */
  onNetworkBack?: () => void;
}

export interface JournalRecorder {
  /** Resolves once the start records (core.started, policy.changed, practice.started) were tried. */
  ready: Promise<void>;
  sync(snapshot: Snapshot): void;
  activity(activity: GuideActivity): void;
  /** Appends a record (marked practice in practice mode); rejects if the disk refuses it. */
  record(record: NewRecord | ((seq: number) => NewRecord)): Promise<JournalRecord>;
  isPractice(): boolean;
  /** Open incidents of the current kind (practice in practice mode, real otherwise). */
  open(): Incident[];
  /** The most recent incident this run closed (for "last problem: …"). */
  lastClosed(): Incident | undefined;
  /** Resolves when the snapshots given so far are recorded. */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

/** Identical code lookups this close together are one lookup (a double click, a re-submit). */
const codeRepeatMs = 60_000;
/** A re-check that closed its incident a moment ago still belongs to it. */
const closedGraceMs = 120_000;
const maxUsbEvents = 200;
const maxPending = 100;

/**
 * Turns what the core sees into journal records: incidents open and close with the fault list
 * (diffIncidents), the user's guide steps, re-checks and code lookups go into the open incident,
 * and the core's starts and stops, policy changes and practice sessions are noted. Snapshots are
 * recorded one at a time, in order; a record the disk refused is retried with the next
 * snapshot, because the incident is only taken as open once its record is on disk.
 */
export function createJournalRecorder(options: RecorderOptions): JournalRecorder {
  const { store, now, log } = options;
  const recentlyClosed = new Map<string, { id: string; at: number }>();
  /** Snapshots not yet recorded, oldest first: a fault that shows in only one of them still makes an incident. */
  const pending: Snapshot[] = [];
  let syncing: Promise<void> | undefined;
  let simulated = false;
  let lastClosed: Incident | undefined;
  let lastCode: { text: string; at: number } | undefined;

  const practice = (): boolean => options.practice !== undefined || simulated;

  function record(make: NewRecord | ((seq: number) => NewRecord)): Promise<JournalRecord> {
    const mark = (r: NewRecord): NewRecord => (practice() ? { ...r, practice: true } : r);
    return store.append(typeof make === 'function' ? (seq) => mark(make(seq)) : mark(make));
  }

  /** Records and swallows the failure (the store reports it through its status and the log). */
  async function tryRecord(make: NewRecord | ((seq: number) => NewRecord)): Promise<JournalRecord | undefined> {
    try {
      return await record(make);
    } catch (error) {
      if (!(error instanceof JournalWriteError)) log(`journal: ${errorMessage(error)}`);
      return undefined;
    }
  }

  const ready = (async () => {
    const state = await store.opened;
    const previous = !state.lastRecord ? 'first' : state.lastRecord.type === 'core.stopped' ? 'clean' : 'unclean';
    if (previous === 'unclean') log('journal: the previous run of the core did not stop cleanly');
    await tryRecord({
      type: 'core.started',
      pid: options.pid,
      version: options.version,
      platform: options.platform,
      previous,
    });
    if (options.practice) await tryRecord({ type: 'practice.started', scenarioId: options.practice.scenarioId });
    else {
      const sections = sectionHashes(options.policy);
      const hash = digest(JSON.stringify(sections));
      if (state.policy?.hash !== hash) {
        const before = state.policy?.sections ?? {};
        const changed = Object.keys(sections).filter((k) => before[k] !== sections[k]);
        await tryRecord({
          type: 'policy.changed',
          source: options.policyStatus?.source ?? 'default',
          ...(options.policyStatus?.path ? { path: options.policyStatus.path } : {}),
          hash,
          sections,
          changed,
        });
      }
    }
    // A drill that ended with a crash left its incidents open: they end with the session.
    for (const incident of store.openIncidents().filter((i) => i.practice)) {
      await tryRecord({
        type: 'incident.closed',
        incident: incident.id,
        how: 'practice-ended',
        readings: [],
        usb: [],
        practice: true,
      });
    }
  })().catch((error: unknown) => log(`journal: start records failed: ${errorMessage(error)}`));

  function usbFrom(fromMs: number): UsbEventRecord[] {
    const events = options.usbEvents?.() ?? [];
    return events
      .filter((e) => Date.parse(e.at) >= fromMs)
      .slice(-maxUsbEvents)
      .map((e) => ({ ...e }));
  }

  async function apply(change: IncidentChange): Promise<boolean> {
    if (change.kind === 'open') {
      const since = Date.parse(change.fault.since) || now();
      return (
        (await tryRecord((seq) => ({
          type: 'incident.opened',
          incident: `i${seq}`,
          fault: change.fault,
          readings: change.readings.slice(0, 50),
          usb: usbFrom(Math.min(since, now()) - options.usbWindowMs),
        }))) !== undefined
      );
    }
    if (change.kind === 'update') {
      const { kind: _k, ...rest } = change;
      return (await tryRecord({ type: 'incident.updated', ...rest })) !== undefined;
    }
    const incident = store.openIncidents().find((i) => i.id === change.incident);
    const written = await tryRecord({
      type: 'incident.closed',
      incident: change.incident,
      how: change.how,
      readings: change.readings.slice(0, 50),
      usb: usbFrom(Date.parse(incident?.openedAt ?? '') || now()).filter(
        (e) => !incident?.usbEvents.some((u) => u.at === e.at && u.key === e.key && u.type === e.type),
      ),
    });
    if (!written || !incident) return written !== undefined;
    const map = new Map([[incident.id, incident]]);
    applyRecord(map, written);
    lastClosed = map.get(incident.id);
    recentlyClosed.set(incident.guide, { id: incident.id, at: now() });
    if (incident.category === 'network') options.onNetworkBack?.();
    return true;
  }

  async function drain(): Promise<void> {
    await ready;
    for (let snapshot = pending.shift(); snapshot; snapshot = pending.shift()) {
      simulated = snapshot.simulated;
      const changes = diffIncidents(store.openIncidents(), snapshot, practice());
      let changed = false;
      for (const change of changes) changed = (await apply(change)) || changed;
      if (changed) options.onChange();
    }
  }

  /** The incident a guide activity belongs to: the open one of that guide, or one it closed a moment ago. */
  function incidentFor(guideId: string): string | undefined {
    const open = store.openIncidents().find((i) => i.guide === guideId && i.practice === practice());
    if (open) return open.id;
    const closed = recentlyClosed.get(guideId);
    return closed && now() - closed.at < closedGraceMs ? closed.id : undefined;
  }

  async function onActivity(activity: GuideActivity): Promise<void> {
    await ready;
    if (activity.kind === 'step' || activity.kind === 'recheck') {
      const incident = incidentFor(activity.guideId);
      const common = { guide: activity.guideId, step: activity.step, ...(incident ? { incident } : {}) };
      const written =
        activity.kind === 'step'
          ? await tryRecord({ type: 'incident.step', ...common, done: activity.done })
          : await tryRecord({
              type: 'incident.recheck',
              ...common,
              worked: activity.worked,
              readings: activity.readings.slice(0, 50),
            });
      if (written && incident) options.onChange();
      return;
    }
    const text = activity.text.trim().slice(0, 200);
    if (lastCode && lastCode.text === text && now() - lastCode.at < codeRepeatMs) return;
    lastCode = { text, at: now() };
    const { result } = activity;
    const details = result.recognised
      ? { recognised: true, code: result.code, key: result.key, ...(result.guide ? { guide: result.guide } : {}) }
      : { recognised: false };
    const open = store.openIncidents().filter((i) => i.practice === practice());
    const byGuide = result.recognised && result.guide ? open.filter((i) => i.guide === result.guide) : [];
    // A code that names the open fault's guide belongs to it; otherwise to whatever is open now.
    const targets = byGuide.length ? byGuide : open;
    if (!targets.length) {
      await tryRecord({ type: 'incident.code', text, ...details });
      return;
    }
    for (const target of targets) await tryRecord({ type: 'incident.code', incident: target.id, text, ...details });
    options.onChange();
  }

  return {
    ready,
    sync(snapshot) {
      pending.push(snapshot);
      // A journal that cannot keep up (a disk that hangs) keeps the first and the newest snapshots.
      if (pending.length > maxPending) pending.splice(1, pending.length - maxPending);
      syncing ??= drain()
        .catch((error: unknown) => log(`journal: ${errorMessage(error)}`))
        .finally(() => {
          syncing = undefined;
        });
    },
    activity(activity) {
      onActivity(activity).catch((error: unknown) => log(`journal: ${errorMessage(error)}`));
    },
    record,
    isPractice: practice,
    open: () => store.openIncidents().filter((i) => i.practice === practice()),
    lastClosed: () => lastClosed,
    async settled() {
      while (syncing) await syncing;
    },
    async stop() {
      await ready;
      while (syncing) await syncing;
      if (options.practice) await tryRecord({ type: 'practice.ended', scenarioId: options.practice.scenarioId });
      await tryRecord({ type: 'core.stopped' });
    },
  };
}

/** A hash of each policy section (canonical JSON), so a later start can name the sections that changed. */
export function sectionHashes(policy: Policy): Record<string, string> {
  return Object.fromEntries(
    Object.entries(policy)
      .filter(([key]) => key !== '$schema')
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => [key, digest(canonical(value))]),
  );
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
