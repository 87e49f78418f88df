import { describe, expect, it } from 'vitest';
import { buildRequest, readAnswer, writeNtpTime } from '../../../../../electron/core/areas/clock/sntp-packet';

function reply(request: Buffer, serverTime: number, patch: (b: Buffer) => void = () => {}): Buffer {
  const b = Buffer.alloc(48);
  b[0] = (4 << 3) | 4;
  b[1] = 2;
  request.copy(b, 24, 40, 48);
  writeNtpTime(b, 32, serverTime);
  writeNtpTime(b, 40, serverTime);
  patch(b);
  return b;
}

describe('SNTP answers', () => {
  const sentAt = Date.parse('2026-11-27T12:00:00Z');
  const request = buildRequest(sentAt);

  it('computes the offset and delay from the four timestamps', () => {
    const answer = readAnswer(reply(request, sentAt + 600_000 + 10), request, sentAt + 20);
    expect(answer).toMatchObject({ ok: true, stratum: 2 });
    if (answer.ok) {
      expect(answer.offsetMs).toBeCloseTo(600_000, -1);
      expect(answer.delayMs).toBeCloseTo(20, 0);
    }
  });

  it('rejects a reply that does not echo our request (spoofed or stale)', () => {
    const other = buildRequest(sentAt - 5000);
    expect(readAnswer(reply(other, sentAt), request, sentAt)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('does not answer'),
    });
  });

  it('rejects client-mode packets, unsynchronized servers and short packets', () => {
    expect(
      readAnswer(
        reply(request, sentAt, (b) => (b[0] = (4 << 3) | 3)),
        request,
        sentAt,
      ),
    ).toMatchObject({ ok: false });
    expect(
      readAnswer(
        reply(request, sentAt, (b) => (b[0] = (3 << 6) | (4 << 3) | 4)),
        request,
        sentAt,
      ),
    ).toMatchObject({ ok: false });
    expect(readAnswer(Buffer.alloc(12), request, sentAt)).toMatchObject({
      ok: false,
      reason: 'short reply (12 bytes)',
    });
  });
});
