import dgram from 'node:dgram';

export interface SntpResponder {
  port: number;
  /** Requests received so far. */
  requests(): number;
  close(): Promise<void>;
}

const ntpEpochOffsetSeconds = 2_208_988_800;

function writeTime(buf: Buffer, offset: number, ms: number): void {
  buf.writeUInt32BE(Math.floor(ms / 1000) + ntpEpochOffsetSeconds, offset);
  buf.writeUInt32BE(Math.floor(((ms % 1000) / 1000) * 2 ** 32), offset + 4);
}

/**
 * A real SNTP server on a loopback UDP port, written from RFC 4330 independently of the client
 * under test. `mode` picks its behaviour: answer with its clock `skewMs` off, never answer, or
 * answer garbage.
 */
export async function startSntpResponder(
  mode: { kind: 'answer'; skewMs: number } | { kind: 'silent' } | { kind: 'garbage' } | { kind: 'kiss' },
): Promise<SntpResponder> {
  const socket = dgram.createSocket('udp4');
  let count = 0;
  socket.on('message', (request, from) => {
    count++;
    if (mode.kind === 'silent') return;
    if (mode.kind === 'garbage') {
      socket.send(Buffer.from('HTTP/1.1 400 Bad Request\r\n\r\n'), from.port, from.address);
      return;
    }
    const reply = Buffer.alloc(48);
    reply[0] = (0 << 6) | (4 << 3) | 4; // no leap warning, version 4, server
    reply[1] = mode.kind === 'kiss' ? 0 : 2;
    if (mode.kind === 'kiss') reply.write('RATE', 12, 'latin1');
    request.copy(reply, 24, 40, 48); // originate = the client's transmit time
    const now = Date.now() + (mode.kind === 'answer' ? mode.skewMs : 0);
    writeTime(reply, 16, now - 60_000); // reference time
    writeTime(reply, 32, now); // receive
    writeTime(reply, 40, now); // transmit
    socket.send(reply, from.port, from.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    port: socket.address().port,
    requests: () => count,
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}
