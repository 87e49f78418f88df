// The built browser harness (dist/dev-web.cjs, a real process with its real core) against raw TCP:
// malformed upgrade requests, a reset after the refusal, and frames a browser would never send.
// Before these fixes each of them killed the harness, and its core with it.
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startHarness, type RunningHarness } from '../../support/dev-web-harness';
import { commandLine, descendantsOf, isRunning } from '../../support/processes';

let harness: RunningHarness;
let origin: string;
let host: string;
let token: string;

beforeAll(async () => {
  harness = await startHarness(['--policy', 'test/fixtures/policy/loopback.json']);
  const url = new URL(harness.url);
  origin = url.origin;
  host = url.host;
  token = url.hash.replace('#token=', '');
});
afterAll(async () => {
  await harness?.stop();
});

const corePids = (): number[] =>
  descendantsOf(harness.process.pid!).filter((pid) => commandLine(pid).includes('dist/core.cjs'));

/** Sends raw bytes on a fresh connection; resolves everything the server sent until it closed (or 3 s). */
function raw(request: string | Buffer, options: { reset?: boolean } = {}): Promise<Buffer> {
  return new Promise((resolve) => {
    const socket = net.connect(Number(new URL(origin).port), '127.0.0.1');
    const chunks: Buffer[] = [];
    const done = (): void => resolve(Buffer.concat(chunks));
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', done);
    socket.on('close', done);
    socket.setTimeout(3_000, () => socket.destroy());
    socket.on('connect', () => {
      socket.write(request);
      // A TCP reset right after the request: the server's answer then meets a dead socket.
      if (options.reset) socket.resetAndDestroy();
    });
  });
}

const upgrade = (target: string, headers: Record<string, string> = {}): string =>
  [
    `GET ${target} HTTP/1.1`,
    `Host: ${host}`,
    `Origin: ${origin}`,
    'Upgrade: websocket',
    'Connection: Upgrade',
    `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
    'Sec-WebSocket-Version: 13',
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    '',
    '',
  ].join('\r\n');

/** One client frame (masked, as RFC 6455 requires of clients). */
function frame(opcode: number, payload: Buffer, options: { claimLength?: number } = {}): Buffer {
  const length = options.claimLength ?? payload.length;
  const header =
    length < 126
      ? Buffer.from([0x80 | opcode, 0x80 | length])
      : length < 65_536
        ? Buffer.from([0x80 | opcode, 0x80 | 126, length >> 8, length & 0xff])
        : Buffer.concat([Buffer.from([0x80 | opcode, 0x80 | 127]), bigLength(length)]);
  const mask = randomBytes(4);
  const masked = Buffer.from(payload.map((b, i) => b ^ (mask[i % 4] as number)));
  return Buffer.concat([header, mask, masked]);
}
function bigLength(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
}

/** Opens a WebSocket over a raw socket with the token, sends `bytes`, resolves the close code the server sent. */
function closeCodeFor(bytes: Buffer): Promise<number | undefined> {
  return new Promise((resolve) => {
    const socket = net.connect(Number(new URL(origin).port), '127.0.0.1');
    let received = Buffer.alloc(0);
    let upgraded = false;
    socket.setTimeout(5_000, () => socket.destroy());
    socket.on('error', () => {});
    socket.on('close', () => resolve(undefined));
    socket.on('connect', () => socket.write(upgrade(`/ws?token=${encodeURIComponent(token)}`)));
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (!upgraded) {
        const end = received.indexOf('\r\n\r\n');
        if (end < 0) return;
        expect(received.subarray(0, 12).toString()).toBe('HTTP/1.1 101');
        upgraded = true;
        received = received.subarray(end + 4);
        socket.write(bytes);
      }
      // Server frames are unmasked: find the close frame (opcode 8) and read its status code.
      for (let at = 0; at + 2 <= received.length;) {
        const opcode = (received[at] as number) & 0x0f;
        let length = (received[at + 1] as number) & 0x7f;
        let start = at + 2;
        if (length === 126) {
          length = received.readUInt16BE(at + 2);
          start = at + 4;
        }
        if (start + length > received.length) break;
        if (opcode === 8) {
          resolve(length >= 2 ? received.readUInt16BE(start) : undefined);
          socket.destroy();
          return;
        }
        at = start + length;
      }
    });
  });
}

/** A well-behaved page's client: asks the core for its info over a real WebSocket. */
async function healthyClientAnswers(): Promise<boolean> {
  const ws = new WebSocket(`${origin.replace('http', 'ws')}/ws?token=${encodeURIComponent(token)}`, {
    headers: { Origin: origin },
  });
  try {
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const reply = new Promise<Record<string, unknown>>((resolve) =>
      ws.on('message', (data: Buffer) => {
        const m = JSON.parse(data.toString()) as Record<string, unknown>;
        if (m.type === 'response') resolve(m);
      }),
    );
    ws.send(JSON.stringify({ type: 'request', id: 1, method: 'getAppInfo', params: {} }));
    return (await reply).ok === true;
  } finally {
    ws.close();
  }
}

describe('the browser harness under hostile input (raw TCP against the built harness)', () => {
  it('answers malformed upgrade requests with 400 and lives on', async () => {
    const core = corePids();
    expect(core).toHaveLength(1);
    for (const target of ['//', '//@', 'http://[', 'http://a b/ws']) {
      // Before: new URL() threw "Invalid URL" uncaught, and the harness died with its core.
      expect((await raw(upgrade(target))).toString()).toMatch(/^HTTP\/1\.1 400/);
    }
    // A key ws cannot accept is a malformed handshake too.
    expect((await raw(upgrade(`/ws?token=${token}`, { 'Sec-WebSocket-Version': '7' }))).toString()).toMatch(
      /^HTTP\/1\.1 (400|426)/,
    );
    expect(harness.process.exitCode).toBeNull();
    expect(corePids()).toEqual(core);
    expect(await healthyClientAnswers()).toBe(true);
  });

  it('still refuses a wrong token with 403, and survives the client resetting the connection at once', async () => {
    expect((await raw(upgrade('/ws?token=wrong'))).toString()).toMatch(/^HTTP\/1\.1 403/);
    for (let i = 0; i < 20; i++) await raw(upgrade('/ws?token=wrong'), { reset: true });
    for (let i = 0; i < 5; i++) await raw(upgrade('//'), { reset: true });
    expect(harness.process.exitCode).toBeNull();
    expect(await healthyClientAnswers()).toBe(true);
  });

  it.each([
    ['a text frame that is not UTF-8', 1007, frame(0x1, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]))],
    ['a frame over 1 MiB', 1009, frame(0x1, Buffer.alloc(16), { claimLength: 2 * 1024 * 1024 })],
    ['an opcode that does not exist', 1002, frame(0x3, Buffer.from('x'))],
    ['an unmasked frame', 1002, Buffer.from([0x81, 0x02, 0x7b, 0x7d])],
  ])(
    'closes the connection that sends %s with code %i, and serves every other client on',
    async (_what, code, bytes) => {
      const core = corePids();
      const other = new WebSocket(`${origin.replace('http', 'ws')}/ws?token=${encodeURIComponent(token)}`, {
        headers: { Origin: origin },
      });
      await new Promise((resolve, reject) => other.once('open', resolve).once('error', reject));
      try {
        expect(await closeCodeFor(bytes)).toBe(code);
        expect(harness.process.exitCode).toBeNull();
        expect(corePids()).toEqual(core);
        expect(other.readyState).toBe(WebSocket.OPEN);
        expect(await healthyClientAnswers()).toBe(true);
      } finally {
        other.close();
      }
    },
  );

  it('serves plain HTTP requests with broken URLs without falling over', async () => {
    for (const target of ['//', '/%E0%A4%A', '/..%2f..%2fetc%2fpasswd']) {
      const answer = (await raw(`GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`)).toString();
      expect(answer).toMatch(/^HTTP\/1\.1 (400|403|404)/);
    }
    expect((await raw('NOT HTTP AT ALL\r\n\r\n')).toString()).toMatch(/^HTTP\/1\.1 400/);
    expect(harness.process.exitCode).toBeNull();
  });
});

describe('a harness that is killed', () => {
  it('takes its core with it (checked by pid)', async () => {
    const own = await startHarness(['--policy', 'test/fixtures/policy/loopback.json']);
    const cores = descendantsOf(own.process.pid!).filter((pid) => commandLine(pid).includes('dist/core.cjs'));
    expect(cores).toHaveLength(1);
    own.process.kill('SIGKILL');
    await expect.poll(() => cores.filter(isRunning), { timeout: 20_000, interval: 100 }).toEqual([]);
  });
});
