// SNTP (RFC 4330) packets: just enough of NTP to read a server's clock with one datagram each way.

const ntpEpochOffsetSeconds = 2_208_988_800; // 1900-01-01 to 1970-01-01
export const ntpPacketSize = 48;

/** ms since the Unix epoch to the 64-bit NTP timestamp at `offset` in `buf`. */
export function writeNtpTime(buf: Buffer, offset: number, ms: number): void {
  const seconds = Math.floor(ms / 1000) + ntpEpochOffsetSeconds;
  const fraction = Math.floor(((ms % 1000) / 1000) * 2 ** 32);
  buf.writeUInt32BE(seconds >>> 0, offset);
  buf.writeUInt32BE(fraction >>> 0, offset + 4);
}

/** The 64-bit NTP timestamp at `offset` as ms since the Unix epoch. */
export function readNtpTime(buf: Buffer, offset: number): number {
  const seconds = buf.readUInt32BE(offset);
  const fraction = buf.readUInt32BE(offset + 4);
  return (seconds - ntpEpochOffsetSeconds) * 1000 + (fraction / 2 ** 32) * 1000;
}

/** A client request (version 4, mode 3) carrying our send time, which the server echoes back. */
export function buildRequest(sentAt: number): Buffer {
  const buf = Buffer.alloc(ntpPacketSize);
  buf[0] = (0 << 6) | (4 << 3) | 3;
  writeNtpTime(buf, 40, sentAt);
  return buf;
}

export type SntpAnswer =
  { ok: true; offsetMs: number; delayMs: number; stratum: number } | { ok: false; reason: string };

/**
 * Checks a reply against our request and computes the clock offset (server minus us) and the
 * round-trip delay. A reply that is short, not from a server, a kiss-o'-death, or does not echo
 * our send time (spoofed or stale) is rejected with the reason.
 */
export function readAnswer(reply: Buffer, request: Buffer, receivedAt: number): SntpAnswer {
  if (reply.length < ntpPacketSize) return { ok: false, reason: `short reply (${reply.length} bytes)` };
  const first = reply[0] ?? 0;
  const mode = first & 0x7;
  const version = (first >> 3) & 0x7;
  const leap = first >> 6;
  const stratum = reply[1] ?? 0;
  if (mode !== 4 && mode !== 5) return { ok: false, reason: `not a server reply (mode ${mode})` };
  if (version < 1 || version > 4) return { ok: false, reason: `unknown NTP version ${version}` };
  if (stratum === 0)
    return { ok: false, reason: `server refused (kiss code ${reply.subarray(12, 16).toString('latin1')})` };
  if (leap === 3 || stratum > 15) return { ok: false, reason: 'server clock is not synchronized' };
  if (!reply.subarray(24, 32).equals(request.subarray(40, 48)))
    return { ok: false, reason: 'reply does not answer our request' };
  const t1 = readNtpTime(request, 40);
  const t2 = readNtpTime(reply, 32);
  const t3 = readNtpTime(reply, 40);
  if (reply.readUInt32BE(40) === 0) return { ok: false, reason: 'reply has no transmit time' };
  const t4 = receivedAt;
  return {
    ok: true,
    offsetMs: (t2 - t1 + (t3 - t4)) / 2,
    delayMs: Math.max(0, t4 - t1 - (t3 - t2)),
    stratum,
  };
}
