import { errorMessage } from '../../../shared/error-message';
import { postTicket, type PostOutcome, type TicketPost } from './webhook-post';
import type { OutboxEntry, TicketOutbox } from './ticket-outbox';

export interface WebhookTarget {
  url: string;
  token?: string;
  timeoutMs: number;
  giveUpMs: number;
}

export type TicketEvent =
  | { state: 'attempt-failed'; attempt: number; status?: number; reason: string }
  | { state: 'delivered'; attempt: number; status: number }
  | { state: 'rejected'; attempt: number; status?: number; reason: string }
  | { state: 'expired'; attempt: number; reason: string };

export interface TicketSenderOptions {
  outbox: TicketOutbox;
  webhook: WebhookTarget | null;
  userAgent: string;
  /** Waits between attempts: the n-th failure waits the n-th entry (the last repeats), ±20 % jitter. */
  delaysMs?: readonly number[];
  post?: (post: TicketPost) => Promise<PostOutcome>;
  now?: () => number;
  random?: () => number;
  onEvent?: (entry: OutboxEntry, event: TicketEvent) => void;
  log?: (line: string) => void;
}

export interface TicketSender {
  /** Loads the tickets from the outbox and tries the pending ones now. */
  start(): Promise<void>;
  /**
   * Queues a new ticket on disk and tries it at once; resolves when it is queued (not sent).
   * `onQueued` runs between the two, so "queued" is journaled before any outcome.
   */
  enqueue(entry: OutboxEntry, bundle: Uint8Array, onQueued?: () => Promise<unknown>): Promise<void>;
  /** Tries every pending ticket now (the network just came back). */
  kick(): void;
  entries(): OutboxEntry[];
  /** Resolves when no attempt is running (tests). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** 30 s, 1, 2, 5, 10, 20 min, then every 30 min until the policy's give-up time. */
export const defaultDelaysMs = [30_000, 60_000, 120_000, 300_000, 600_000, 1_200_000, 1_800_000];

/**
 * Delivers queued tickets to the webhook with backoff. The network may be the very fault, so a
 * failed attempt is never an error for the user: the ticket waits on disk and is tried again, also
 * right after a restart. Each ticket is in flight at most once at a time, carries its own id as the
 * idempotency key on every attempt, and is marked delivered on disk before anything else happens.
 */
export function createTicketSender(options: TicketSenderOptions): TicketSender {
  const post = options.post ?? postTicket;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const delays = options.delaysMs?.length ? options.delaysMs : defaultDelaysMs;
  const log = options.log ?? (() => {});
  const entries = new Map<string, OutboxEntry>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const inFlight = new Map<string, Promise<void>>();
  const abort = new AbortController();
  let stopped = false;

  function schedule(entry: OutboxEntry): void {
    clearTimeout(timers.get(entry.id));
    if (stopped || entry.state !== 'pending' || !options.webhook) return;
    const wait = Math.max(0, Date.parse(entry.nextAttemptAt) - now());
    const timer = setTimeout(() => void attempt(entry.id), wait);
    timer.unref?.();
    timers.set(entry.id, timer);
  }

  function attempt(id: string): Promise<void> {
    const running = inFlight.get(id);
    if (running) return running;
    const task = run(id).finally(() => inFlight.delete(id));
    inFlight.set(id, task);
    return task;
  }

  async function settle(entry: OutboxEntry, state: OutboxEntry['state'], event: TicketEvent): Promise<void> {
    entry.state = state;
    entry.settledAt = new Date(now()).toISOString();
    try {
      await options.outbox.save(entry);
      await options.outbox.dropBundle(entry.id);
    } catch (error) {
      // Kept as settled in memory, so this run never sends it again; after a restart the same
      // idempotency key lets the receiver drop the repeat.
      log(`outbox: cannot record ticket ${entry.id} as ${state}: ${errorMessage(error)}`);
    }
    options.onEvent?.(entry, event);
  }

  async function run(id: string): Promise<void> {
    const entry = entries.get(id);
    const webhook = options.webhook;
    if (!entry || entry.state !== 'pending' || stopped || !webhook) return;
    clearTimeout(timers.get(id));
    if (now() - Date.parse(entry.createdAt) > webhook.giveUpMs) {
      return settle(entry, 'expired', {
        state: 'expired',
        attempt: entry.attempts,
        reason: entry.lastError ?? 'not delivered in time',
      });
    }
    let bundle: Uint8Array;
    try {
      bundle = await options.outbox.bundle(id);
    } catch (error) {
      return settle(entry, 'rejected', {
        state: 'rejected',
        attempt: entry.attempts,
        reason: `bundle unreadable: ${errorMessage(error)}`,
      });
    }
    const attemptNo = entry.attempts + 1;
    const outcome = await post({
      url: webhook.url,
      ...(webhook.token ? { token: webhook.token } : {}),
      timeoutMs: webhook.timeoutMs,
      idempotencyKey: entry.id,
      ticket: entry.ticket,
      bundle,
      bundleName: `invoiceguard-support-${entry.id}.zip`,
      userAgent: options.userAgent,
      signal: abort.signal,
    });
    if (stopped && outcome.kind === 'retry') return;
    entry.attempts = attemptNo;
    if (outcome.kind === 'delivered') {
      return settle(entry, 'delivered', { state: 'delivered', attempt: attemptNo, status: outcome.status });
    }
    if (outcome.kind === 'rejected') {
      entry.lastError = outcome.reason;
      return settle(entry, 'rejected', {
        state: 'rejected',
        attempt: attemptNo,
        status: outcome.status,
        reason: outcome.reason,
      });
    }
    const base = delays[Math.min(attemptNo - 1, delays.length - 1)] as number;
    const wait = Math.max(outcome.retryAfterMs ?? 0, Math.round(base * (0.8 + 0.4 * random())));
    entry.lastError = outcome.reason;
    entry.nextAttemptAt = new Date(now() + wait).toISOString();
    try {
      await options.outbox.save(entry);
    } catch (error) {
      log(`outbox: cannot save ticket ${id}: ${errorMessage(error)}`);
    }
    options.onEvent?.(entry, {
      state: 'attempt-failed',
      attempt: attemptNo,
      reason: outcome.reason,
      ...(outcome.status !== undefined ? { status: outcome.status } : {}),
    });
    schedule(entry);
  }

  return {
    async start() {
      // A restart is a good moment to try: the network may be what was fixed.
      for (const entry of await options.outbox.list()) {
        entries.set(entry.id, entry);
        if (entry.state === 'pending') void attempt(entry.id);
      }
    },
    async enqueue(entry, bundle, onQueued) {
      await options.outbox.add(entry, bundle);
      entries.set(entry.id, entry);
      await onQueued?.().catch(() => {});
      void attempt(entry.id);
    },
    kick() {
      for (const entry of entries.values()) if (entry.state === 'pending') void attempt(entry.id);
    },
    entries: () => [...entries.values()].map((e) => ({ ...e })),
    async idle() {
      while (inFlight.size) await Promise.all(inFlight.values());
    },
    async stop() {
      stopped = true;
      timers.forEach((t) => clearTimeout(t));
      timers.clear();
      abort.abort();
      await Promise.all(inFlight.values());
    },
  };
}
