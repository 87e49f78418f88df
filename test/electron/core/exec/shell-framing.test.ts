import { describe, expect, it } from 'vitest';
import {
  createFrameDecoder,
  decodeResponseLine,
  encodeRequest,
  encodeResponse,
  type ShellFrame,
} from '../../../../electron/core/exec/shell-framing';

describe('PowerShell session framing', () => {
  it('round-trips Chinese text, newlines and quotes through one ASCII line each way', () => {
    const text = '打印机 "DASCOM"\r\n第二行';
    const line = encodeResponse(7, true, text);
    expect(line).toMatch(/^@@IG 7 ok [A-Za-z0-9+/=]+\n$/);
    expect(decodeResponseLine(line.trimEnd())).toEqual({ id: 7, ok: true, text });
    expect(encodeRequest(1, 'Get-Printer')).toMatch(/^1 [A-Za-z0-9+/=]+\n$/);
  });

  it('reassembles frames split across chunks and skips noise lines', () => {
    const frames: ShellFrame[] = [];
    const noise: string[] = [];
    const decoder = createFrameDecoder(
      (f) => frames.push(f),
      (n) => noise.push(n),
      1000,
    );
    const line = encodeResponse(3, false, 'Access denied');
    decoder.push('WARNING: banner\n' + line.slice(0, 5));
    decoder.push(line.slice(5, 12));
    decoder.push(line.slice(12) + '@@IG x ok !!\n');
    expect(frames).toEqual([{ id: 3, ok: false, text: 'Access denied' }]);
    expect(noise).toEqual(['WARNING: banner', '@@IG x ok !!']);
  });

  it('drops an over-long line without keeping it in memory', () => {
    const frames: ShellFrame[] = [];
    const noise: string[] = [];
    const decoder = createFrameDecoder(
      (f) => frames.push(f),
      (n) => noise.push(n),
      100,
    );
    decoder.push('@@IG 1 ok ' + 'A'.repeat(500));
    decoder.push('AAAA\n' + encodeResponse(2, true, 'ok'));
    expect(frames).toEqual([{ id: 2, ok: true, text: 'ok' }]);
    expect(noise).toHaveLength(1);
  });
});
