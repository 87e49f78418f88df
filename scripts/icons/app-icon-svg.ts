// The application icon (installer, Start menu, taskbar, Linux menus): an invoice sheet on a blue
// tile with a green "all good" badge. Drawn on a 512 grid; at 32 px and below the sheet loses its
// text lines and the badge grows, so the small sizes stay legible rather than turn to mush.

export const appIconSizes = [16, 24, 32, 48, 64, 128, 256, 512] as const;
export type AppIconSize = (typeof appIconSizes)[number];

/** Sizes that go into the Windows .ico (Windows shows 16–256; 512 is for Linux and the store). */
export const icoSizes = [16, 24, 32, 48, 64, 128, 256] as const;

export function appIconSvg(size: AppIconSize): string {
  const small = size <= 32;
  const lines = small
    ? ''
    : [176, 232, 288]
        .map((y, i) => `<rect x="148" y="${y}" width="${i === 2 ? 120 : 196}" height="24" rx="12" fill="#9aa4b2"/>`)
        .join('');
  const badge = small
    ? { cx: 356, cy: 356, r: 140, stroke: 56, tick: 'M280 358 L336 414 L432 306' }
    : { cx: 364, cy: 364, r: 112, stroke: 40, tick: 'M304 366 L348 410 L424 324' };
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 512 512">` +
    `<rect x="0" y="0" width="512" height="512" rx="104" fill="#0b5cad"/>` +
    `<path d="M108 72 H316 L404 160 V440 H108 Z" fill="#ffffff"/>` +
    `<path d="M316 72 V160 H404 Z" fill="#c9d1dc"/>` +
    lines +
    `<circle cx="${badge.cx}" cy="${badge.cy}" r="${badge.r}" fill="#1a7f37" stroke="#ffffff" stroke-width="20"/>` +
    `<path d="${badge.tick}" fill="none" stroke="#ffffff" stroke-width="${badge.stroke}" stroke-linecap="round" stroke-linejoin="round"/>` +
    `</svg>`
  );
}
