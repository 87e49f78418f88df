// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { trayIconBitmap, type TrayState } from '../../../electron/main/tray-icon';

/** [r, g, b, a] of one pixel of a BGRA bitmap. */
function pixel(bitmap: Buffer, size: number, x: number, y: number): number[] {
  const i = (y * size + x) * 4;
  return [bitmap[i + 2]!, bitmap[i + 1]!, bitmap[i]!, bitmap[i + 3]!];
}

describe('the tray icon', () => {
  it.each<[TrayState, number[]]>([
    ['ok', [0x1a, 0x7f, 0x37]],
    ['warning', [0xe0, 0x8a, 0x00]],
    ['fault', [0xc6, 0x28, 0x28]],
    ['unknown', [0x6b, 0x72, 0x80]],
  ])('is an opaque %s-coloured dot with transparent corners', (state, rgb) => {
    const bitmap = trayIconBitmap(state);
    expect(bitmap.length).toBe(16 * 16 * 4);
    expect(pixel(bitmap, 16, 8, 8)).toEqual([...rgb, 255]);
    expect(pixel(bitmap, 16, 7, 7)).toEqual([...rgb, 255]);
    for (const [x, y] of [
      [0, 0],
      [15, 0],
      [0, 15],
      [15, 15],
    ] as const) {
      expect(pixel(bitmap, 16, x, y)[3]).toBe(0);
    }
    // The dot reaches (almost) the edge: one pixel in from each side is still painted.
    expect(pixel(bitmap, 16, 1, 8)[3]).toBe(255);
    expect(pixel(bitmap, 16, 14, 7)[3]).toBe(255);
  });

  it('tells the four states apart by colour', () => {
    const centres = (['ok', 'warning', 'fault', 'unknown'] as const).map((s) =>
      pixel(trayIconBitmap(s), 16, 8, 8).join(),
    );
    expect(new Set(centres).size).toBe(4);
  });

  it('scales to other sizes (high-DPI trays)', () => {
    const bitmap = trayIconBitmap('fault', 32);
    expect(bitmap.length).toBe(32 * 32 * 4);
    expect(pixel(bitmap, 32, 16, 16)).toEqual([0xc6, 0x28, 0x28, 255]);
    expect(pixel(bitmap, 32, 0, 0)[3]).toBe(0);
  });
});
