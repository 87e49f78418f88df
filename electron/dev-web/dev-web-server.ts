import { createServer, type IncomingMessage, type Server } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { serveOverTransport, type ServedConnection } from '../../shared/protocol/serve';
import { contentSecurityPolicy } from '../../shared/security/content-security-policy';
import { createCoreRelay } from '../host/core-relay';
import { superviseCore, type CoreHandle, type Supervisor, type SupervisorOptions } from '../host/supervisor';
import { createPracticeHost, type ScenarioFile } from '../host/practice-host';
import { readStaticFile } from '../util/static-files';
import { serverWebSocketTransport } from './websocket-transport';

export interface DevWebOptions {
  port: number;
  rendererDir: string;
  /** Starts a core with these extra arguments (practice mode adds `--simulate FILE`). */
  startCore(args: string[]): CoreHandle;
  /** The shipped practice scenarios, and the one to start with (`--simulate`). */
  scenarioDir: string;
  initialScenario?: ScenarioFile;
  /** The supervisor's restart delays (tests lengthen them to act during a backoff). */
  restartBackoff?: Pick<SupervisorOptions, 'initialDelayMs' | 'maxDelayMs'>;
  /** Where refused connections and socket errors are reported (the harness's stderr). */
  log?(line: string): void;
}

export interface DevWebServer {
  url: string;
  token: string;
  supervisor: Supervisor;
  close(): Promise<void>;
}

const host = '127.0.0.1';
/** The largest WebSocket message accepted; a bigger frame closes that connection with 1009. */
const maxMessageBytes = 1024 * 1024;

/**
 * The browser harness: the built renderer over loopback HTTP and the real core behind a loopback
 * WebSocket speaking the app's protocol. Only this machine, only pages it served (Host and Origin
 * checked against its own address, against DNS rebinding), only holders of the random token.
 * Development and e2e only: never part of the installer.
 */
export async function startDevWebServer(options: DevWebOptions): Promise<DevWebServer> {
  const log = options.log ?? (() => {});
  const token = randomBytes(24).toString('base64url');
  const connections = new Set<ServedConnection>();
  const practice = createPracticeHost({
    scenarioDir: options.scenarioDir,
    initial: options.initialScenario,
    restartCore: () => supervisor.restart(),
  });
  const relay = createCoreRelay({
    current: () => supervisor.current(),
    // A page that connects while the core restarts asks for it with getCoreStatus (core-relay.ts).
    status: () => supervisor.status(),
    broadcast: (name, payload) => connections.forEach((c) => c.emit(name, payload)),
    local: practice.handlers,
  });
  const supervisor = superviseCore({
    ...options.restartBackoff,
    start: () => options.startCore(practice.coreArgs()),
    onClient: (client) => relay.attach(client),
    onStatus: (status) => connections.forEach((c) => c.emit('coreStatus', status)),
  });

  let origin = '';
  const server: Server = createServer((req, res) => {
    // A client that goes away mid-answer is its own business, never the harness's end.
    res.on('error', (error) => log(`http response: ${error.message}`));
    if (req.headers.host !== origin.replace('http://', '') || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(403).end();
      return;
    }
    void readStaticFile(options.rendererDir, req.url ?? '/').then((file) => {
      if (!file) return void res.writeHead(404).end();
      res.writeHead(200, {
        'Content-Type': file.type,
        'Content-Security-Policy': contentSecurityPolicy({ connectSrc: `ws://${origin.replace('http://', '')}` }),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : file.body);
    });
  });

  // Malformed HTTP (not HTTP at all, broken headers): Node answers 400 and closes, the server goes on.
  server.on('clientError', (error, socket) => {
    log(`bad HTTP request: ${error.message}`);
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes });
  // Errors of the server object itself (not of one connection) are reported, never thrown.
  wss.on('error', (error) => log(`websocket server: ${error.message}`));
  server.on('upgrade', (req, socket, head) => {
    // First, before anything can fail: a reset right after our answer makes the socket emit
    // 'error', which unheard would be thrown and end the harness (and its core).
    socket.on('error', (error) => log(`upgrade socket: ${error.message}`));
    const verdict = checkUpgrade(req, origin, token);
    if (verdict !== 'ok') {
      log(`refused WebSocket upgrade (${verdict === 'malformed' ? 400 : 403}): ${verdict}`);
      socket.end(
        verdict === 'malformed'
          ? 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n'
          : 'HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n',
      );
      return;
    }
    // handleUpgrade answers a malformed handshake (bad key or version) with 400 itself.
    wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      // Invalid UTF-8, an oversize frame, a bad opcode or an unmasked frame: ws closes this one
      // connection with 1007, 1009 or 1002 and emits 'error' on it, which is only logged here.
      ws.on('error', (error) => log(`websocket closed: ${error.message}`));
      const connection = serveOverTransport(serverWebSocketTransport(ws), relay.handlers);
      connections.add(connection);
      ws.on('close', () => {
        connection.close();
        connections.delete(connection);
      });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  // Once listening, a server error (out of file descriptors on accept) is reported, not thrown.
  server.on('error', (error) => log(`http server: ${error.message}`));

  return {
    url: `${origin}/#token=${token}`,
    token,
    supervisor,
    async close() {
      wss.clients.forEach((c) => c.terminate());
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await supervisor.stop();
    },
  };
}

/** Whether an upgrade may become a WebSocket: `malformed` (400) when its URL cannot be read, `refused` (403) otherwise. */
function checkUpgrade(req: IncomingMessage, origin: string, token: string): 'ok' | 'malformed' | 'refused' {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', origin);
  } catch {
    return 'malformed'; // "//", "http://[": Invalid URL
  }
  if (url.pathname !== '/ws' || req.headers.origin !== origin || req.headers.host !== origin.replace('http://', ''))
    return 'refused';
  const given = Buffer.from(url.searchParams.get('token') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'ok' : 'refused';
}
