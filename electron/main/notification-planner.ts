import { quietUntil, type QuietHours } from './quiet-hours';
import { hourMs, nextSlotAt, withinWindow } from './rate-limit';

/** A fault worth a pop-up, with the guide its click opens. */
export interface NotifiableFault {
  id: string;
  guide: string;
}

/** One desktop notification to show. */
export type Note =
  /** Faults that opened (most severe first), and any that closed in the same window. */
  | { kind: 'opened'; faults: NotifiableFault[]; recovered: string[] }
  | { kind: 'recovered'; faultIds: string[] }
  /** News held back by the rate limit or quiet hours, told in one: how many changes, and what is open now. */
  | { kind: 'summary'; changes: number; open: NotifiableFault[] };

export interface PlannerSettings {
  /** Pop-ups in any sliding hour (policy app.notifications.maxPerHour); 0: none at all. */
  maxPerHour: number;
  onRecovery: boolean;
  quietHours?: QuietHours;
  /** Changes within this long of the first one make one pop-up (a network outage opens several faults). */
  coalesceMs: number;
}

export interface PlannerState {
  /** What the user was last told (or saw at start): undefined until the first state is observed. */
  told?: ReadonlyMap<string, NotifiableFault>;
  current: ReadonlyMap<string, NotifiableFault>;
  /** Faults opened or closed since `told`, counting every flap. */
  changes: number;
  /** When to look again: the end of the coalescing window, of quiet hours, or of the rate limit. */
  dueAt?: number;
  /** The news waits for the rate limit or quiet hours, so it goes out as a summary. */
  held: boolean;
  /** When the pop-ups of the last hour were shown. */
  shown: number[];
}

export const initialPlannerState = (): PlannerState => ({ current: new Map(), changes: 0, held: false, shown: [] });

const toMap = (faults: readonly NotifiableFault[]): Map<string, NotifiableFault> =>
  new Map(faults.map((f) => [f.id, f]));

/**
 * Pure: takes the faults open now. The first call sets what the user knows (the tray shows it; no
 * burst of pop-ups at start); after that a change opens a coalescing window, unless one is open.
 */
export function observe(
  state: PlannerState,
  faults: readonly NotifiableFault[],
  now: number,
  settings: PlannerSettings,
): PlannerState {
  const next = toMap(faults);
  if (!state.told) return { ...state, told: next, current: next };
  let changed = 0;
  for (const id of next.keys()) if (!state.current.has(id)) changed++;
  for (const id of state.current.keys()) if (!next.has(id)) changed++;
  if (changed === 0) return { ...state, current: next };
  return {
    ...state,
    current: next,
    changes: state.changes + changed,
    dueAt: state.dueAt ?? now + settings.coalesceMs,
  };
}

/** Forgets what the user was told (practice mode began or ended): the next state is a fresh start. */
export function rebaseline(state: PlannerState): PlannerState {
  return { ...initialPlannerState(), shown: state.shown };
}

/**
 * Pure: at or after `dueAt`, decides what to tell. Nothing when the faults are back to what the user
 * last heard (a blip inside the coalescing window); held until the end of quiet hours or until the
 * rate limit has room, then one summary of everything held; otherwise the opened faults, or the
 * recovered ones.
 */
export function flush(
  state: PlannerState,
  now: number,
  settings: PlannerSettings,
): { state: PlannerState; note?: Note; wakeAt?: number } {
  if (state.dueAt === undefined || now < state.dueAt || !state.told) return { state, wakeAt: state.dueAt };
  const told = state.told;
  const opened = [...state.current.values()].filter((f) => !told.has(f.id));
  const recovered = [...told.keys()].filter((id) => !state.current.has(id));
  const shown = withinWindow(state.shown, now, hourMs);
  const settled: PlannerState = { ...state, told: state.current, changes: 0, dueAt: undefined, held: false, shown };
  // Back to what the user last heard within the window (a blip): nothing to tell. News already held
  // back is told even so: a cable that flapped all hour is worth knowing about though it works now.
  const news = opened.length > 0 || (recovered.length > 0 && settings.onRecovery);
  if (!news && !state.held) return { state: settled };

  const wait = quietUntil(now, settings.quietHours) ?? nextSlotAt(shown, now, settings.maxPerHour, hourMs);
  if (wait > now) {
    // Infinity (no pop-ups at all by policy): keep nothing pending, the tray says it all.
    if (!Number.isFinite(wait)) return { state: settled };
    return { state: { ...state, shown, held: true, dueAt: wait }, wakeAt: wait };
  }
  const note: Note = state.held
    ? { kind: 'summary', changes: state.changes, open: [...state.current.values()] }
    : opened.length > 0
      ? { kind: 'opened', faults: opened, recovered: settings.onRecovery ? recovered : [] }
      : { kind: 'recovered', faultIds: recovered };
  return { state: { ...settled, shown: [...shown, now] }, note };
}
