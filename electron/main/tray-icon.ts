import type { Overall } from '../../shared/model/snapshot';

export type TrayState = Overall | 'unknown';

const colours: Record<TrayState, [number, number, number]> = {
  ok: [0x1a, 0x7f, 0x37],
  warning: [0xe0, 0x8a, 0x00],
  fault: [0xc6, 0x28, 0x28],
  unknown: [0x6b, 0x72, 0x80],
};

/**
 * A filled circle in the state's colour as raw BGRA pixels (what nativeImage.createFromBitmap
 * takes), so the tray needs no image files and the colour is unit-testable.
 */
export function trayIconBitmap(state: TrayState, size = 16): Buffer {
  const [r, g, b] = colours[state];
  const pixels = Buffer.alloc(size * size * 4);
  const centre = (size - 1) / 2;
  const radius = size / 2 - 0.5;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const inside = Math.hypot(x - centre, y - centre) <= radius;
      const i = (y * size + x) * 4;
      pixels[i] = b;
      pixels[i + 1] = g;
      pixels[i + 2] = r;
      pixels[i + 3] = inside ? 255 : 0;
    }
  }
  return pixels;
}
