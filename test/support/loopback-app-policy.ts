import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A policy file for a real-mode harness that checks only this computer: the loopback fixture
 * (link, gateway, DNS, printers, NTP off) plus whatever a test adds. Every address a test puts in
 * must be 127.0.0.1, so no packet leaves loopback.
 */
export function writeLoopbackPolicy(extra: (base: Record<string, unknown>) => Record<string, unknown>): {
  file: string;
  remove(): void;
} {
  const base = JSON.parse(readFileSync('test/fixtures/policy/loopback.json', 'utf8')) as Record<string, unknown>;
  const dir = mkdtempSync(path.join(tmpdir(), 'ig-e2e-policy-'));
  const file = path.join(dir, 'policy.json');
  writeFileSync(file, JSON.stringify(extra(base), null, 2));
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A TCP endpoint on 127.0.0.1 a test closes and opens again on the same port (a platform going down and up). */
export async function loopbackEndpoint(): Promise<{ port: number; close(): Promise<void>; open(): Promise<void> }> {
  let server: Server | undefined;
  let port = 0;
  const open = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const s = createServer((socket) => socket.destroy());
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        port = (s.address() as { port: number }).port;
        server = s;
        resolve();
      });
    });
  const close = (): Promise<void> =>
    new Promise((resolve) => {
      if (!server) return resolve();
      server.close(() => resolve());
      server = undefined;
    });
  await open();
  return { port, close, open };
}
