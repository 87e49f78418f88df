// The icons, rendered from their SVG with resvg and compared pixel by pixel: every tray state has
// its own shape (not only its own hue), each stands out on a light and on a dark taskbar, and the
// committed files are what a fresh render gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderIcons, renderSvg } from '../../scripts/render-icons';
import { appIconSizes, icoSizes } from '../../scripts/icons/app-icon-svg';
import {
  trayIconSizes,
  trayIconStates,
  trayIconSvg,
  type TrayIconSize,
  type TrayIconState,
} from '../../scripts/icons/tray-icon-svg';

const repo = new URL('../../', import.meta.url);

type Rgba = [number, number, number, number];
const pixels = (rgba: Buffer): Rgba[] =>
  Array.from({ length: rgba.length / 4 }, (_, i) => [
    rgba[i * 4]!,
    rgba[i * 4 + 1]!,
    rgba[i * 4 + 2]!,
    rgba[i * 4 + 3]!,
  ]);
const render = (state: TrayIconState, size: TrayIconSize) => pixels(renderSvg(trayIconSvg(state, size), size).rgba);

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}
const contrast = (a: readonly number[], b: readonly number[]) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
};

/**
 * What the icon looks like without its hue: per pixel, empty (mostly transparent), ink (the
 * shape's dominant colour) or mark (a clearly lighter or darker glyph on it). Two states whose
 * pictures only differ in colour get the same shape map.
 */
function shapeMap(icon: Rgba[]): ('empty' | 'ink' | 'mark')[] {
  const solid = icon.filter((p) => p[3] >= 128);
  const counts = new Map<string, number>();
  for (const p of solid) counts.set(p.slice(0, 3).join(), (counts.get(p.slice(0, 3).join()) ?? 0) + 1);
  const dominant = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])[0]![0]
    .split(',')
    .map(Number);
  return icon.map((p) => (p[3] < 128 ? 'empty' : contrast(p, dominant) >= 2 ? 'mark' : 'ink'));
}

/** Composites a pixel over an opaque background. */
const over = (p: Rgba, bg: readonly number[]) => [0, 1, 2].map((i) => (p[i]! * p[3] + bg[i]! * (255 - p[3])) / 255);

const taskbars = {
  'light (Windows 11 light, UOS light)': [0xf3, 0xf3, 0xf3],
  'dark (Windows 11 dark, Kylin, UOS dark)': [0x20, 0x20, 0x20],
};

describe('the tray icons', () => {
  it.each(trayIconSizes)('are drawn at exactly %i px with transparent corners', (size) => {
    for (const state of trayIconStates) {
      const icon = render(state, size);
      expect(icon).toHaveLength(size * size);
      expect(icon[0]![3], `${state} top-left`).toBe(0);
      expect(icon[size * size - 1]![3], `${state} bottom-right`).toBe(0);
    }
  });

  it.each(trayIconSizes)('differ in shape, not only in hue, at %i px', (size) => {
    const maps = new Map(trayIconStates.map((s) => [s, shapeMap(render(s, size))]));
    for (const a of trayIconStates) {
      for (const b of trayIconStates) {
        if (a >= b) continue;
        const differing = maps.get(a)!.filter((cell, i) => cell !== maps.get(b)![i]).length;
        expect(differing / (size * size), `${a} vs ${b}`).toBeGreaterThanOrEqual(0.12);
      }
    }
  });

  it.each(trayIconSizes)('each has a glyph or a hole: its picture is more than a coloured blob at %i px', (size) => {
    for (const state of trayIconStates) {
      const map = shapeMap(render(state, size));
      const inside = map.filter((c) => c !== 'empty').length;
      const marks = map.filter((c) => c === 'mark').length;
      // The offline ring is hollow: transparent between the ring and its bar.
      const hole = state === 'offline' && render(state, size)[Math.round(size * 0.3) * size + size / 2]![3] < 128;
      expect(marks / inside > 0.1 || hole, state).toBe(true);
    }
  });

  describe.each(Object.entries(taskbars))('stand out on a %s taskbar', (_name, background) => {
    it.each(trayIconStates)('%s', (state) => {
      for (const size of trayIconSizes) {
        const icon = render(state, size);
        const visible = icon.filter((p) => contrast(over(p, background), background) >= 3).length;
        // At least a fifth of the icon's area at 3:1 or better (WCAG's contrast for graphics).
        expect(visible / (size * size), `${state} at ${size} px`).toBeGreaterThanOrEqual(0.2);
      }
    });
  });

  it('keep their colours: green, amber, red, grey, blue (the tray colour users already know)', () => {
    const centreOf = (state: TrayIconState) => {
      const icon = render(state, 32);
      return state === 'offline' ? icon[16 * 32 + 2]! : icon[4 * 32 + 16 + 32 * 4]!;
    };
    const hue = ([r, g, b]: readonly number[]) => {
      const max = Math.max(r!, g!, b!);
      return max === r ? 'red-ish' : max === g ? 'green-ish' : 'blue-ish';
    };
    expect(hue(centreOf('ok'))).toBe('green-ish');
    expect(hue(centreOf('fault'))).toBe('red-ish');
    expect(hue(centreOf('practice'))).toBe('blue-ish');
  });
});

describe('the generated icon files', () => {
  const fresh = renderIcons();

  it('are what a fresh render gives (run `npm run gen:icons` after changing an SVG)', () => {
    for (const [file, bytes] of fresh) {
      expect(readFileSync(new URL(file, repo)).equals(bytes), file).toBe(true);
    }
  });

  it('give the installers every size: Linux PNGs 16–512, a Windows .ico with 16–256', () => {
    for (const size of appIconSizes) expect(fresh.has(`build/icons/${size}x${size}.png`)).toBe(true);
    const ico = fresh.get('build/icon.ico')!;
    expect(ico.readUInt16LE(2)).toBe(1); // an icon
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico[6 + i * 16] || 256);
    expect(sizes).toEqual([...icoSizes]);
  });
});
