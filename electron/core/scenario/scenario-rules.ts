import type { DiagnosisRule } from '../probe';
import { usbRules } from '../areas/usb/usb-rules';
import { printerQueueRule } from '../areas/printer/printer-rules';
import { networkVerdictRule } from '../areas/network/network-rules';
import { diskFailingRule, diskLowSpaceRule } from '../areas/disk/disk-rules';
import { clockOffsetRule, timeZoneRule } from '../areas/clock/clock-rules';
import { memoryLowRule } from '../areas/memory/memory-area';

/**
 * The real, pure diagnosis rules of the production areas. A scenario's scripted readings go
 * through these exactly as real readings do, so practice mode shows what the product would really
 * conclude. An area whose rules are added here no longer needs `faults` in scenario files.
 */
export const realRules: readonly DiagnosisRule[] = [
  ...usbRules,
  printerQueueRule,
  networkVerdictRule,
  diskLowSpaceRule,
  diskFailingRule,
  clockOffsetRule,
  timeZoneRule,
  memoryLowRule,
];
