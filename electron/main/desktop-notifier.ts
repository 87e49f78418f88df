import { Notification } from 'electron';
import type { Translator } from '../../shared/i18n/translator';
import type { Fault } from '../../shared/model/fault';
import type { Snapshot } from '../../shared/model/snapshot';
import type { Verdict } from '../../shared/model/verdict';
import type { Navigate } from '../../shared/protocol/contract';
import {
  flush,
  initialPlannerState,
  observe,
  rebaseline,
  type NotifiableFault,
  type PlannerSettings,
} from './notification-planner';
import { noteText } from './notification-text';

export interface DesktopNotifierOptions {
  /** Policy app.notifications: `enabled: false` shows nothing. */
  enabled: boolean;
  settings: PlannerSettings;
  t: Translator;
  /** The verdict now, for the text of recoveries and summaries. */
  verdict(): Verdict;
  /** A click on a pop-up: open the dashboard there. */
  open(route: Navigate): void;
  now?: () => number;
}

/**
 * A snapshot in which every check has been read at least once. A core that just (re)started has
 * most checks still pending (the core's placeholder reading says `check.pending`): its faults are
 * not yet the workstation's, and would otherwise "recover" and reopen within seconds.
 */
export function isSettled(snapshot: Snapshot): boolean {
  return snapshot.checks.every((c) => c.summary.key !== 'check.pending');
}

/** Critical faults pop up; warnings stay in the tray colour, so month-end is not a stream of pop-ups. */
export function notifiableFaults(faults: readonly Fault[]): NotifiableFault[] {
  return faults.filter((f) => f.severity === 'critical').map((f) => ({ id: f.id, guide: f.guide }));
}

/**
 * Desktop notifications for new faults and recoveries: the pure planner decides (coalescing, rate
 * limit, quiet hours), this shows its notes and wakes it up when it asked to be.
 */
export function createDesktopNotifier(options: DesktopNotifierOptions) {
  const now = options.now ?? Date.now;
  let state = initialPlannerState();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Windows drops the click of a notification that was garbage-collected: keep the recent ones.
  const live = new Set<Notification>();

  function show(title: string, body: string, route: Navigate): void {
    if (!options.enabled || !Notification.isSupported()) return;
    const note = new Notification({ title, body });
    live.add(note);
    if (live.size > 10) live.delete(live.values().next().value!);
    note.on('click', () => {
      live.delete(note);
      options.open(route);
    });
    note.on('close', () => live.delete(note));
    note.show();
  }

  function wake(): void {
    clearTimeout(timer);
    timer = undefined;
    const result = flush(state, now(), options.settings);
    state = result.state;
    if (result.note) {
      const text = noteText(result.note, options.verdict(), options.t);
      show(text.title, text.body, text.route);
    }
    if (result.wakeAt !== undefined && Number.isFinite(result.wakeAt)) {
      timer = setTimeout(wake, Math.max(0, result.wakeAt - now()));
    }
  }

  return {
    /** The faults open in a settled, real (not practice) snapshot. */
    observe(faults: readonly Fault[]): void {
      state = observe(state, notifiableFaults(faults), now(), options.settings);
      if (state.dueAt !== undefined && timer === undefined) timer = setTimeout(wake, Math.max(0, state.dueAt - now()));
    },
    /** Practice began or ended: what the user was told no longer compares with what comes next. */
    rebaseline(): void {
      clearTimeout(timer);
      timer = undefined;
      state = rebaseline(state);
    },
    /** A one-off that bypasses coalescing (the monitor stopped): still none when disabled. */
    showNow: show,
    dispose(): void {
      clearTimeout(timer);
      live.clear();
    },
  };
}
