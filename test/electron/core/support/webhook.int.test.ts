import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTicketOutbox, type OutboxEntry } from '../../../../electron/core/support/ticket-outbox';
import {
  createTicketSender,
  type TicketEvent,
  type TicketSender,
} from '../../../../electron/core/support/ticket-sender';
import { startJournalCore } from '../../../support/journal-core';

/** One request as the receiving ticket system saw it. */
interface Received {
  key: string | undefined;
  authorization: string | undefined;
  ticket: Record<string, unknown>;
  bundle: Uint8Array;
  bundleName: string;
}

/** A ticket receiver on 127.0.0.1 that dedups by Idempotency-Key, as the contract asks (docs/support.md). */
class Receiver {
  server: Server;
  requests: Received[] = [];
  tickets = new Map<string, Received>();
  /** How to answer the next requests, in order; after the list runs out: 201. */
  script: ('ok' | 'fail500' | 'hang' | 'reject400')[] = [];
  private hanging: ServerResponse[] = [];

  constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('clientError', (_e, socket) => socket.destroy());
  }
  async listen(port = 0): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => resolve());
    });
    return (this.server.address() as AddressInfo).port;
  }
  async close(): Promise<void> {
    this.hanging.forEach((r) => r.destroy());
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    req.on('error', () => {});
    res.on('error', () => {});
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const form = await new Response(Buffer.concat(chunks), {
      headers: { 'content-type': req.headers['content-type'] ?? '' },
    }).formData();
    const bundle = form.get('bundle') as File;
    const received: Received = {
      key: req.headers['idempotency-key'] as string | undefined,
      authorization: req.headers.authorization,
      ticket: JSON.parse(await (form.get('ticket') as File).text()),
      bundle: new Uint8Array(await bundle.arrayBuffer()),
      bundleName: bundle.name,
    };
    this.requests.push(received);
    // The ticket system keeps one ticket per key, whatever happens to the answer.
    if (received.key && !this.tickets.has(received.key)) this.tickets.set(received.key, received);
    const action = this.script.shift() ?? 'ok';
    if (action === 'hang') return void this.hanging.push(res);
    res.statusCode = action === 'fail500' ? 500 : action === 'reject400' ? 400 : 201;
    res.end();
  }
}

let dir: string;
let receiver: Receiver;
const senders: TicketSender[] = [];

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ig-webhook-'));
  receiver = new Receiver();
});
afterEach(async () => {
  await Promise.all(senders.splice(0).map((s) => s.stop()));
  await receiver.close().catch(() => {});
  await rm(dir, { recursive: true, force: true });
});

function sender(port: number, events: TicketEvent[] = [], timeoutMs = 5_000): TicketSender {
  const s = createTicketSender({
    outbox: openTicketOutbox(path.join(dir, 'outbox')),
    webhook: { url: `http://127.0.0.1:${port}/tickets`, token: 'hook-token-123', timeoutMs, giveUpMs: 86_400_000 },
    userAgent: 'InvoiceGuard/test',
    delaysMs: [20],
    random: () => 0.5,
    onEvent: (_entry, event) => events.push(event),
  });
  senders.push(s);
  return s;
}

function ticket(id = '00000000-0000-4000-8000-000000000001'): OutboxEntry {
  const createdAt = new Date().toISOString();
  return {
    version: 1,
    id,
    createdAt,
    ticket: { version: 1, id, subject: '开票卫士求助：未插税控设备', summary: 'UKey 不见了' },
    state: 'pending',
    attempts: 0,
    nextAttemptAt: createdAt,
  };
}
const zip = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);

/** Waits (a bounded number of turns) until the sender settles the ticket or gives the given event. */
async function until(s: TicketSender, done: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !done(); i++) {
    await s.idle();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function freePort(): Promise<number> {
  const probe = new Receiver();
  const port = await probe.listen();
  await probe.close();
  return port;
}

describe('the webhook ticket queue against a real HTTP server on loopback', () => {
  it('delivers a ticket once: multipart ticket and bundle, bearer token, idempotency key', async () => {
    const port = await receiver.listen();
    const events: TicketEvent[] = [];
    const s = sender(port, events);
    await s.start();
    await s.enqueue(ticket(), zip);
    await until(s, () => events.some((e) => e.state === 'delivered'));
    expect(events).toEqual([{ state: 'delivered', attempt: 1, status: 201 }]);
    const [got] = receiver.requests;
    expect(got).toMatchObject({
      key: '00000000-0000-4000-8000-000000000001',
      authorization: 'Bearer hook-token-123',
      ticket: { id: '00000000-0000-4000-8000-000000000001', subject: '开票卫士求助：未插税控设备' },
      bundleName: 'invoiceguard-support-00000000-0000-4000-8000-000000000001.zip',
    });
    expect([...got!.bundle]).toEqual([...zip]);
    // Delivered on disk: the envelope says so, the bundle is gone.
    const entries = await openTicketOutbox(path.join(dir, 'outbox')).list();
    expect(entries.map((e) => e.state)).toEqual(['delivered']);
    expect((await readdir(path.join(dir, 'outbox'))).filter((n) => n.endsWith('.zip'))).toEqual([]);
  });

  it('retries after a 500 and delivers on the next attempt', async () => {
    const port = await receiver.listen();
    receiver.script = ['fail500'];
    const events: TicketEvent[] = [];
    const s = sender(port, events);
    await s.enqueue(ticket(), zip);
    await until(s, () => events.some((e) => e.state === 'delivered'));
    expect(events).toEqual([
      { state: 'attempt-failed', attempt: 1, status: 500, reason: 'HTTP 500' },
      { state: 'delivered', attempt: 2, status: 201 },
    ]);
    expect(receiver.requests.map((r) => r.key)).toEqual([ticket().id, ticket().id]);
  });

  it('gives up an attempt that gets no answer in time, retries with the same key, and leaves one ticket', async () => {
    const port = await receiver.listen();
    receiver.script = ['hang'];
    const events: TicketEvent[] = [];
    const s = sender(port, events, 300);
    await s.enqueue(ticket(), zip);
    await until(s, () => events.some((e) => e.state === 'delivered'));
    expect(events[0]).toEqual({ state: 'attempt-failed', attempt: 1, reason: 'timeout' });
    expect(events.at(-1)).toMatchObject({ state: 'delivered' });
    // The first request did reach the server: the repeat carries the same key, so it is one ticket.
    expect(receiver.requests).toHaveLength(2);
    expect(receiver.tickets.size).toBe(1);
  });

  it('keeps a ticket queued while the connection is refused, and sends it after a restart', async () => {
    const port = await freePort();
    const events: TicketEvent[] = [];
    const first = sender(port, events);
    await first.enqueue(ticket(), zip);
    await until(first, () => events.length > 0);
    expect(events[0]).toMatchObject({ state: 'attempt-failed', attempt: 1, reason: 'ECONNREFUSED' });
    await first.stop();
    const queued = await openTicketOutbox(path.join(dir, 'outbox')).list();
    expect(queued).toMatchObject([{ state: 'pending', attempts: 1, lastError: 'ECONNREFUSED' }]);

    // The app restarts, and the network (the webhook) is back.
    await receiver.listen(port);
    const after: TicketEvent[] = [];
    const second = sender(port, after);
    await second.start();
    second.kick();
    await until(second, () => after.some((e) => e.state === 'delivered'));
    expect(after.at(-1)).toMatchObject({ state: 'delivered', attempt: 2 });
    expect(receiver.tickets.size).toBe(1);

    // Delivered is final: another restart sends nothing again.
    await second.stop();
    const third = sender(port);
    await third.start();
    third.kick();
    await third.idle();
    expect(receiver.requests).toHaveLength(1);
  });

  it('does not retry an answer that retrying will not fix', async () => {
    const port = await receiver.listen();
    receiver.script = ['reject400'];
    const events: TicketEvent[] = [];
    const s = sender(port, events);
    await s.enqueue(ticket(), zip);
    await until(s, () => events.length > 0);
    await s.idle();
    s.kick();
    await s.idle();
    expect(events).toEqual([{ state: 'rejected', attempt: 1, status: 400, reason: 'HTTP 400' }]);
    expect(receiver.requests).toHaveLength(1);
  });
});

describe('sending a ticket from the app', () => {
  it('queues the bundle, delivers it and writes the outcome to the journal', async () => {
    const port = await receiver.listen();
    const c = await startJournalCore({
      dataDir: dir,
      policy: { support: { webhook: { url: `http://127.0.0.1:${port}/hook`, token: 'tok-abcdef-123456' } } },
      retryDelaysMs: [20],
    });
    try {
      await c.client.request('runChecks', {});
      const sent = await c.client.request('sendSupportTicket', {
        language: 'zh-CN',
        note: '打印机卡纸了，password=hunter2',
      });
      expect(sent.state).toBe('queued');
      for (let i = 0; i < 500 && receiver.requests.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      const [got] = receiver.requests;
      expect(got?.key).toBe(sent.ticket);
      expect(got?.ticket).toMatchObject({ language: 'zh-CN', subject: expect.stringContaining('开票卫士求助') });
      expect(JSON.stringify(got?.ticket)).not.toContain('hunter2');
      expect(got!.bundle.slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
      let delivered = false;
      for (let i = 0; i < 500 && !delivered; i++) {
        const { tickets } = await c.client.request('listSupportTickets', {});
        delivered = tickets.some((t) => t.id === sent.ticket && t.state === 'delivered');
        if (!delivered) await new Promise((r) => setTimeout(r, 10));
      }
      expect(delivered).toBe(true);
    } finally {
      await c.stop();
    }
    // The journal has the ticket's story: queued, then delivered.
    const { readdir: list, readFile } = await import('node:fs/promises');
    const folder = path.join(dir, 'journal');
    const text = (
      await Promise.all(
        (await list(folder)).filter((n) => n.endsWith('.jsonl')).map((n) => readFile(path.join(folder, n), 'utf8')),
      )
    ).join('');
    const states = text
      .split('\n')
      .filter((l) => l.includes('"support.ticket"'))
      .map((l) => JSON.parse(l).state);
    expect(states).toEqual(['queued', 'delivered']);
  });
});
