import dgram from 'node:dgram';
import net from 'node:net';
import { errorMessage } from '../../../shared/error-message';
import { describeOutcome, type CommandRunner } from '../exec/run-command';
import type { CommandShape } from './event-commands';
import type { FleetEvent } from './fleet-event';
import { octetCounted } from './syslog-format';

/** Where incident events go. `send` never throws and never waits; `close` flushes what it can. */
export interface EventSink {
  send(event: FleetEvent): void;
  close(): Promise<void>;
}

/** Events queued while a sink cannot deliver; older ones are dropped (and said so) beyond this. */
const maxQueued = 200;

/** RFC 5426: one message per datagram to a collector. Lost datagrams are UDP's nature; nothing is retried. */
export function udpSink(options: {
  host: string;
  port: number;
  format: (event: FleetEvent) => string;
  log: (line: string) => void;
}): EventSink {
  const socket = dgram.createSocket(net.isIPv6(options.host) ? 'udp6' : 'udp4');
  socket.on('error', (error) => options.log(`syslog udp: ${errorMessage(error)}`));
  socket.unref();
  let closed = false;
  return {
    send(event) {
      if (closed) return;
      socket.send(Buffer.from(options.format(event), 'utf8'), options.port, options.host, (error) => {
        if (error) options.log(`syslog udp ${options.host}:${options.port}: ${errorMessage(error)}`);
      });
    },
    close: () =>
      new Promise((resolve) => {
        if (closed) return resolve();
        closed = true;
        socket.close(() => resolve());
      }),
  };
}

/**
 * RFC 6587 octet-counted frames over one TCP connection to a collector, opened when there is
 * something to send and re-opened with backoff (1 s doubling to 60 s) after it fails.
 */
export function tcpSink(options: {
  host: string;
  port: number;
  format: (event: FleetEvent) => string;
  log: (line: string) => void;
  connectTimeoutMs?: number;
}): EventSink {
  const queue: Buffer[] = [];
  let socket: net.Socket | undefined;
  let connected = false;
  let closed = false;
  let retryMs = 1000;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let dropped = 0;

  function flush(): void {
    while (socket && connected && queue.length) socket.write(queue.shift()!);
  }
  function connect(): void {
    if (socket || closed || retryTimer) return;
    const s = net.connect({ host: options.host, port: options.port });
    socket = s;
    s.setTimeout(options.connectTimeoutMs ?? 5000, () => s.destroy(new Error('connect timed out')));
    s.on('connect', () => {
      connected = true;
      retryMs = 1000;
      s.setTimeout(0);
      s.setKeepAlive(true, 60_000);
      flush();
    });
    s.on('data', () => {}); // collectors send nothing; read and drop whatever comes
    s.on('error', (error) => options.log(`syslog tcp ${options.host}:${options.port}: ${errorMessage(error)}`));
    s.on('close', () => {
      socket = undefined;
      connected = false;
      if (closed || queue.length === 0) return;
      retryTimer = setTimeout(() => {
        retryTimer = undefined;
        connect();
      }, retryMs);
      retryTimer.unref();
      retryMs = Math.min(60_000, retryMs * 2);
    });
  }
  return {
    send(event) {
      if (closed) return;
      queue.push(octetCounted(options.format(event)));
      if (queue.length > maxQueued) {
        queue.shift();
        if (dropped++ % 50 === 0) options.log(`syslog tcp: collector unreachable, dropping old events (${dropped})`);
      }
      if (connected) flush();
      else connect();
    },
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      const s = socket;
      if (!s) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => s.destroy(), 2000);
        s.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
        if (connected) s.end();
        else s.destroy();
      });
    },
  };
}

/**
 * Runs one command per event (logger, eventcreate), one at a time so an incident storm never starts
 * two hundred processes, each with a timeout that kills it.
 */
export function commandSink(options: {
  shape: (event: FleetEvent) => CommandShape;
  run: CommandRunner;
  log: (line: string) => void;
  timeoutMs?: number;
}): EventSink {
  let chain: Promise<void> = Promise.resolve();
  let pending = 0;
  return {
    send(event) {
      if (pending >= maxQueued) {
        options.log(`event log: ${pending} events waiting, dropping ${event.kind} ${event.incident.faultId}`);
        return;
      }
      pending++;
      const shape = options.shape(event);
      chain = chain.then(async () => {
        const outcome = await options.run(shape.file, shape.args, {
          timeoutMs: options.timeoutMs ?? 5000,
          maxOutputBytes: 64 * 1024,
          ...(shape.input !== undefined ? { input: shape.input } : {}),
        });
        pending--;
        if (outcome.kind !== 'ok') options.log(`event log: ${shape.file}: ${describeOutcome(outcome)}`);
      });
    },
    close: () => chain,
  };
}
