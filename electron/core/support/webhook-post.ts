import { errorMessage } from '../../../shared/error-message';

export type PostOutcome =
  | { kind: 'delivered'; status: number }
  | { kind: 'retry'; status?: number; reason: string; retryAfterMs?: number }
  | { kind: 'rejected'; status: number; reason: string };

export interface TicketPost {
  url: string;
  token?: string;
  timeoutMs: number;
  /** The ticket's id, sent as the `Idempotency-Key` header: a receiver that saw it already must not open a second ticket. */
  idempotencyKey: string;
  ticket: unknown;
  bundle: Uint8Array;
  bundleName: string;
  userAgent: string;
  signal?: AbortSignal;
}

/** The longest Retry-After honoured; a receiver asking for more is asked again after this. */
const maxRetryAfterMs = 60 * 60 * 1000;

/**
 * One delivery attempt (docs/support.md, "Webhook contract"): a multipart/form-data POST with the
 * ticket as JSON (`ticket`) and the bundle as a zip (`bundle`), the ticket id as Idempotency-Key,
 * the policy's token as a bearer token, no redirects followed (the bundle must not travel on to
 * another host), a hard timeout. 2xx or 409 (already have it) is delivered; 408, 425, 429 and 5xx
 * and every network failure are retried; any other answer is a rejection that retrying will not fix.
 */
export async function postTicket(post: TicketPost): Promise<PostOutcome> {
  const form = new FormData();
  form.append('ticket', new Blob([JSON.stringify(post.ticket)], { type: 'application/json' }), 'ticket.json');
  form.append('bundle', new Blob([post.bundle], { type: 'application/zip' }), post.bundleName);
  const signals = [AbortSignal.timeout(post.timeoutMs), ...(post.signal ? [post.signal] : [])];
  let response: Response;
  try {
    response = await fetch(post.url, {
      method: 'POST',
      body: form,
      redirect: 'manual',
      signal: AbortSignal.any(signals),
      headers: {
        'Idempotency-Key': post.idempotencyKey,
        'User-Agent': post.userAgent,
        ...(post.token ? { Authorization: `Bearer ${post.token}` } : {}),
      },
    });
  } catch (error) {
    return { kind: 'retry', reason: networkReason(error) };
  }
  // Only the status matters: the body is dropped so the connection is released.
  await response.body?.cancel().catch(() => {});
  const status = response.status;
  if ((status >= 200 && status < 300) || status === 409) return { kind: 'delivered', status };
  if (status === 408 || status === 425 || status === 429 || status >= 500) {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now());
    return { kind: 'retry', status, reason: `HTTP ${status}`, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }
  return {
    kind: 'rejected',
    status,
    reason: status >= 300 && status < 400 ? `redirect (HTTP ${status})` : `HTTP ${status}`,
  };
}

/** Retry-After as seconds or an HTTP date, in milliseconds from now (capped); undefined if absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const seconds = /^\s*\d+\s*$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, maxRetryAfterMs) : undefined;
}

function networkReason(error: unknown): string {
  const e = error as { name?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError') return 'timeout';
  if (e?.name === 'AbortError') return 'aborted';
  return e?.cause?.code ?? e?.cause?.message ?? errorMessage(error);
}
