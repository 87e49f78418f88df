import { nativeImage, type NativeImage } from 'electron';
import { trayIconPngs, trayIconSizes, type TrayIconState } from './tray-icons.generated';

/** The tray slot is 16 points: 16, 20, 24 and 32 px are its 100, 125, 150 and 200 % scales. */
const traySlotPoints = 16;

/**
 * One image per state holding every pixel size as its own representation, so Windows and Linux pick
 * the one drawn for the display's scale instead of blurring a resized bitmap.
 */
export function trayIconImage(state: TrayIconState): NativeImage {
  const image = nativeImage.createEmpty();
  for (const size of trayIconSizes) {
    image.addRepresentation({
      scaleFactor: size / traySlotPoints,
      width: size,
      height: size,
      buffer: Buffer.from(trayIconPngs[state][size], 'base64'),
    });
  }
  return image;
}
