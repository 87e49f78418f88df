import { expandGuide, type Guide, type GuideDefinition } from './define-guide';
import { usbGuides } from './usb-guides';
import { networkGuides } from './network-guides';
import { printerGuides } from './printer-guides';
import { systemGuides } from './system-guides';
import { deviceGuides } from './device-guides';
import { dataGuides } from './data-guides';

/** Every guide by id (= the fault id it serves); an area adds its guides file here. */
export const guideDefinitions: Readonly<Record<string, GuideDefinition>> = {
  ...usbGuides,
  ...networkGuides,
  ...printerGuides,
  ...systemGuides,
  ...deviceGuides,
  ...dataGuides,
};

const expanded = new Map<string, Guide>();

/** The guide with numbered steps and text keys, or undefined for an unknown id. */
export function guideFor(id: string): Guide | undefined {
  if (!Object.hasOwn(guideDefinitions, id)) return undefined;
  let guide = expanded.get(id);
  if (!guide) {
    guide = expandGuide(id, guideDefinitions[id] as GuideDefinition);
    expanded.set(id, guide);
  }
  return guide;
}

export const guideIds = Object.keys(guideDefinitions);
