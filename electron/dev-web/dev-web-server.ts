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
}

export interface DevWebServer {
  url: string;
  token: string;
  supervisor: Supervisor;
  close(): Promise<void>;
}

const host = '127.0.0.1';

/**
 * The browser harness: the built renderer over loopback HTTP and the real core behind a loopback
 * WebSocket speaking the app's protocol. Only this machine, only pages it served (Host and Origin
 * checked against its own address, against DNS rebinding), only holders of the random token.
 * Development and e2e only: never part of the installer.
 */
export async function startDevWebServer(options: DevWebOptions): Promise<DevWebServer> {
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

  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    if (!isAllowedUpgrade(req, origin, token)) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
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

function isAllowedUpgrade(req: IncomingMessage, origin: string, token: string): boolean {
  const url = new URL(req.url ?? '/', origin);
  if (url.pathname !== '/ws' || req.headers.origin !== origin || req.headers.host !== origin.replace('http://', ''))
    return false;
  const given = Buffer.from(url.searchParams.get('token') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
