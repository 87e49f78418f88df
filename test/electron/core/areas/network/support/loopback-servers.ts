// Real servers on 127.0.0.1 for the network tests: nothing here ever listens on or sends to
// anything but loopback.
import dgram from 'node:dgram';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import dnsPacket from 'dns-packet';

export interface Running {
  port: number;
  close(): Promise<void>;
}

const loopback = '127.0.0.1';

function listen(server: net.Server, sockets: Set<net.Socket>): Promise<Running> {
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return new Promise((resolve) =>
    server.listen(0, loopback, () =>
      resolve({
        port: (server.address() as net.AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            sockets.forEach((s) => s.destroy());
            server.close(() => done());
          }),
      }),
    ),
  );
}

/** Accepts every connection and closes it politely. */
export function acceptingServer(): Promise<Running> {
  return listen(
    net.createServer((s) => s.end()),
    new Set(),
  );
}

/** Accepts connections and never says a word (a hung service: TCP works, nothing above it does). */
export function silentServer(): Promise<Running> {
  return listen(
    net.createServer(() => {}),
    new Set(),
  );
}

/** A port nothing listens on: taken from the OS, then released, so connecting is refused. */
export async function closedPort(): Promise<number> {
  const s = await acceptingServer();
  await s.close();
  return s.port;
}

/** An HTTP server answering every request with `status`. */
export function httpServer(status: number): Promise<Running> {
  return listen(
    http.createServer((_req, res) => {
      res.writeHead(status, { Connection: 'close' }).end('x');
    }),
    new Set(),
  );
}

const tlsDir = path.resolve(__dirname, '../../../../../fixtures/tls');

/** An HTTPS server with a self-signed certificate a standard trust store rejects (like an SM2 one). */
export function selfSignedHttpsServer(): Promise<Running> {
  const options = {
    key: readFileSync(path.join(tlsDir, 'self-signed-key.pem')),
    cert: readFileSync(path.join(tlsDir, 'self-signed-cert.pem')),
  };
  return listen(
    https.createServer(options, (_req, res) => res.writeHead(200).end('ok')),
    new Set(),
  );
}

/** The answers the DNS responder gives, by name. */
export interface DnsZone {
  /** name → IPv4 address */
  a: Record<string, string>;
  /** names answered NXDOMAIN */
  nxdomain: string[];
  /** names that get no answer at all */
  silent: string[];
}

/** A real DNS server on a loopback UDP port, built with dns-packet. */
export function dnsResponder(zone: DnsZone): Promise<Running & { queries: string[] }> {
  const socket = dgram.createSocket('udp4');
  const queries: string[] = [];
  socket.on('message', (message, rinfo) => {
    let query;
    try {
      query = dnsPacket.decode(message);
    } catch {
      return;
    }
    const question = query.questions?.[0];
    if (!question) return;
    const name = question.name.toLowerCase();
    queries.push(`${question.type} ${name}`);
    if (zone.silent.includes(name)) return;
    const address = zone.a[name];
    const nx = zone.nxdomain.includes(name) || address === undefined;
    const answer = dnsPacket.encode({
      id: query.id,
      type: 'response',
      flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE | (nx ? 3 : 0), // rcode 3 = NXDOMAIN
      questions: [question],
      answers: !nx && question.type === 'A' ? [{ type: 'A', name: question.name, ttl: 60, data: address }] : [],
    });
    socket.send(answer, rinfo.port, rinfo.address);
  });
  return new Promise((resolve) =>
    socket.bind(0, loopback, () =>
      resolve({
        port: socket.address().port,
        queries,
        close: () => new Promise<void>((done) => socket.close(() => done())),
      }),
    ),
  );
}

/** An HTTP proxy on loopback that tunnels CONNECT only to loopback ports (and refuses anything else). */
export function connectProxy(): Promise<Running & { tunnels: string[] }> {
  const tunnels: string[] = [];
  const server = http.createServer((_req, res) => res.writeHead(405).end());
  server.on('connect', (req: http.IncomingMessage, client: net.Socket) => {
    const [host, port] = (req.url ?? '').split(':');
    tunnels.push(req.url ?? '');
    if (host !== loopback && host !== 'localhost') {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(Number(port), loopback);
    upstream.once('connect', () => {
      client.write('HTTP/1.1 200 Connection established\r\n\r\n');
      upstream.pipe(client).pipe(upstream);
    });
    upstream.once('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
    client.on('error', () => upstream.destroy());
  });
  return listen(server, new Set()).then((r) => ({ ...r, tunnels }));
}
