// The tray icons as SVG, drawn for each pixel size on its own grid so they stay crisp at 16, 20, 24
// and 32 px (100 %, 125 %, 150 % and 200 % display scaling of a 16-point tray slot). Every state
// has its own silhouette and glyph, so it reads without colour (colour-blind users, a greyscale
// remote desktop): ok a circle with a tick, warning a triangle with "!", fault an octagon with a
// cross, offline (monitor not running or starting) a hollow ring with a bar, practice a rounded
// square with a "play" triangle. Every fill keeps 3:1 against both a light (#f3f3f3) and a dark
// (#202020) taskbar, so the shape reads on either; a darker rim sharpens the edge on light ones
// (test/build/icons.test.ts measures both).

export const trayIconStates = ['ok', 'warning', 'fault', 'offline', 'practice'] as const;
export type TrayIconState = (typeof trayIconStates)[number];
export const trayIconSizes = [16, 20, 24, 32] as const;
export type TrayIconSize = (typeof trayIconSizes)[number];

interface Palette {
  fill: string;
  rim: string;
  glyph: string;
}

export const trayPalettes: Record<TrayIconState, Palette> = {
  ok: { fill: '#1a7f37', rim: '#0b4a1f', glyph: '#ffffff' },
  // White on amber is hard to read: the "!" is near-black, as on a road sign.
  warning: { fill: '#c77700', rim: '#6b4000', glyph: '#1f2328' },
  fault: { fill: '#d32f2f', rim: '#6e1010', glyph: '#ffffff' },
  offline: { fill: '#6b7280', rim: '#6b7280', glyph: '#6b7280' },
  practice: { fill: '#0969da', rim: '#043a7a', glyph: '#ffffff' },
};

const n = (v: number): string => String(Math.round(v * 100) / 100);
const points = (list: readonly (readonly [number, number])[]): string =>
  list.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');

/** Glyph stroke width in whole px (so it stays sharp): 2 at 16 px, 3 at 20 and 24, 4 at 32. */
function glyphWidth(size: number): number {
  return Math.max(2, Math.round(size / 7.5));
}

function body(state: TrayIconState, s: number): string {
  const { fill, rim } = trayPalettes[state];
  const c = s / 2;
  const edge = `fill="${fill}" stroke="${rim}" stroke-width="1" stroke-linejoin="round"`;
  switch (state) {
    case 'ok':
      return `<circle cx="${n(c)}" cy="${n(c)}" r="${n(c - 0.5)}" ${edge}/>`;
    case 'warning':
      return `<polygon points="${points([
        [c, 0.5],
        [s - 0.5, s - 1.5],
        [0.5, s - 1.5],
      ])}" ${edge}/>`;
    case 'fault': {
      const r = c - 0.5;
      const k = r * Math.tan(Math.PI / 8);
      return `<polygon points="${points([
        [c - k, c - r],
        [c + k, c - r],
        [c + r, c - k],
        [c + r, c + k],
        [c + k, c + r],
        [c - k, c + r],
        [c - r, c + k],
        [c - r, c - k],
      ])}" ${edge}/>`;
    }
    case 'offline': {
      const w = glyphWidth(s);
      return `<circle cx="${n(c)}" cy="${n(c)}" r="${n(c - w / 2 - 0.25)}" fill="none" stroke="${fill}" stroke-width="${w}"/>`;
    }
    case 'practice':
      return `<rect x="0.5" y="0.5" width="${s - 1}" height="${s - 1}" rx="${n(s * 0.22)}" ${edge}/>`;
  }
}

function glyph(state: TrayIconState, s: number): string {
  const { glyph: colour } = trayPalettes[state];
  const w = glyphWidth(s);
  // Odd widths sit on pixel centres, even widths on pixel edges: either way the strokes are sharp.
  const mid = w % 2 === 1 ? Math.floor(s / 2) + 0.5 : s / 2;
  const line = `fill="none" stroke="${colour}" stroke-width="${w}"`;
  switch (state) {
    case 'ok':
      return `<polyline points="${points([
        [s * 0.27, s * 0.52],
        [s * 0.43, s * 0.68],
        [s * 0.73, s * 0.36],
      ])}" ${line} stroke-linecap="square" stroke-linejoin="miter"/>`;
    case 'warning': {
      const top = Math.round(s * 0.36);
      const bottom = Math.round(s * 0.66);
      const dot = Math.round(s * 0.74);
      return (
        `<line x1="${n(mid)}" y1="${top}" x2="${n(mid)}" y2="${bottom}" ${line}/>` +
        `<rect x="${n(mid - w / 2)}" y="${dot}" width="${w}" height="${w}" fill="${colour}"/>`
      );
    }
    case 'fault': {
      const a = s * 0.33;
      const b = s * 0.67;
      return `<path d="M${n(a)} ${n(a)}L${n(b)} ${n(b)}M${n(b)} ${n(a)}L${n(a)} ${n(b)}" ${line} stroke-linecap="square"/>`;
    }
    case 'offline': {
      const from = Math.round(s * 0.32);
      return `<line x1="${from}" y1="${n(mid)}" x2="${s - from}" y2="${n(mid)}" ${line}/>`;
    }
    case 'practice':
      return `<polygon points="${points([
        [s * 0.38, s * 0.27],
        [s * 0.38, s * 0.73],
        [s * 0.75, s * 0.5],
      ])}" fill="${colour}"/>`;
  }
}

/** The tray icon of one state at one pixel size, as an SVG document of exactly that size. */
export function trayIconSvg(state: TrayIconState, size: TrayIconSize): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
    `${body(state, size)}${glyph(state, size)}</svg>`
  );
}
