// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { FakeNativeImage } from '../../support/fake-electron';
import { trayIconImage } from '../../../electron/main/tray-icon';
import { trayIconPngs, trayIconSizes, trayIconStates } from '../../../electron/main/tray-icons.generated';

vi.mock('electron', () => import('../../support/fake-electron'));

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('the tray icon image', () => {
  it.each(trayIconStates)('%s carries a PNG drawn for each of 16, 20, 24 and 32 px at its scale factor', (state) => {
    const image = trayIconImage(state) as unknown as FakeNativeImage;
    expect(image.representations.map((r) => [r.width, r.height, r.scaleFactor])).toEqual([
      [16, 16, 1],
      [20, 20, 1.25],
      [24, 24, 1.5],
      [32, 32, 2],
    ]);
    for (const [i, size] of trayIconSizes.entries()) {
      const buffer = image.representations[i]!.buffer!;
      expect(buffer.subarray(0, 8)).toEqual(pngSignature);
      expect(buffer.readUInt32BE(16)).toBe(size); // IHDR width
      expect(buffer.readUInt32BE(20)).toBe(size); // IHDR height
      expect(buffer.toString('base64')).toBe(trayIconPngs[state][size]);
    }
  });

  it('is a different picture for every state', () => {
    const pictures = trayIconStates.map((s) => trayIconPngs[s][16]);
    expect(new Set(pictures).size).toBe(trayIconStates.length);
  });
});
