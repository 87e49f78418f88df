import type { AreaFactory } from '../probe';
import { defineArea, type AreaEnvironment, type AreaModule } from './define-area';
import { z } from 'zod';
import { diskArea } from './disk/disk-area';
import { diskScript, scriptedDiskSources } from './disk/disk-script';
import { usbArea } from './usb/usb-area';
import { scriptedUsb, usbScript } from './usb/usb-script';
import { networkArea } from './network/network-area';
import { networkScript, scriptedNetworkSources } from './network/network-script';
import { printerArea } from './printer/printer-area';
import { printerScript, scriptedPrinterSources } from './printer/printer-script';
import { memoryArea } from './memory/memory-area';
import { memoryScript, scriptedMemorySources } from './memory/memory-script';
import { clockArea } from './clock/clock-area';
import { clockScript, scriptedClockSources } from './clock/clock-script';
import { softwareArea } from './software/software-area';
import { scriptedSoftwareSources, softwareScript } from './software/software-script';
import { systemArea } from './system/system-area';
import { scriptedSystemSources, systemScript } from './system/system-script';
import { calendarArea } from './calendar/calendar-area';
import { backupArea } from './backup/backup-area';
import { backupScript, scriptedBackupSources } from './backup/backup-script';

/**
 * Every area the core runs, in the order their checks are listed. One registry serves the real
 * workstation and practice mode alike: the same probes and rules, real or scripted sources. An
 * area is added here (with its folder, policy section, faults, guides and catalog entries; the
 * registry test fails when one of those is missing).
 */
export const areaModules: readonly AreaModule[] = [
  defineArea({
    id: 'disk',
    policySection: 'disk',
    checks: ['disk.space', 'disk.smart'],
    faults: ['disk.low-space', 'disk.failing'],
    script: diskScript,
    real: () => diskArea(),
    scripted: (world) => diskArea(scriptedDiskSources(world)),
  }),
  defineArea({
    id: 'usb',
    policySection: 'devices',
    checks: ['usb.tax-device', 'usb.printer', 'usb.card-reader'],
    faults: [
      'tax-device.missing',
      'tax-device.multiple',
      'tax-device.bank-key-instead',
      'usb.flapping',
      'printer.usb-missing',
      'card-reader.missing',
    ],
    script: usbScript,
    real: (env) => usbArea({ taxDevice: env.taxDevice, ...(env.onUsbArea ? { onCreated: env.onUsbArea } : {}) }),
    // A scenario's clock may sit days away from real time: sleep detection would see a jump.
    scripted: (world, env) =>
      usbArea({
        source: () => scriptedUsb(world),
        detectResume: false,
        taxDevice: env.taxDevice,
        ...(env.onUsbArea ? { onCreated: env.onUsbArea } : {}),
      }),
  }),
  defineArea({
    id: 'network',
    policySection: 'network',
    checks: [
      'network.link',
      'network.gateway',
      'network.dns',
      'network.endpoint.*',
      'network.service.*',
      'network.verdict',
    ],
    faults: [
      'network.no-link',
      'network.no-gateway',
      'network.dns',
      'network.no-internet',
      'network.port-blocked',
      'network.service-down',
      'network.local-service-down',
    ],
    script: networkScript,
    real: () => networkArea(),
    scripted: (world) => (context) => networkArea(scriptedNetworkSources(world, context.policy.network))(context),
  }),
  defineArea({
    id: 'printer',
    policySection: 'printers',
    checks: ['printer.queue'],
    faults: ['printer.offline', 'printer.paused', 'printer.jobs-stuck', 'printer.not-found', 'printer.no-default'],
    script: printerScript,
    real: (env) => printerArea({ taxDevice: env.taxDevice }),
    scripted: (world, env) => printerArea({ ...scriptedPrinterSources(world), taxDevice: env.taxDevice }),
  }),
  defineArea({
    id: 'memory',
    policySection: 'memory',
    checks: ['memory.available'],
    faults: ['memory.low'],
    script: memoryScript,
    real: () => memoryArea(),
    scripted: (world) => memoryArea(scriptedMemorySources(world)),
  }),
  defineArea({
    id: 'clock',
    policySection: 'clock',
    checks: ['clock.offset', 'clock.timezone'],
    faults: ['clock.offset', 'clock.timezone'],
    script: clockScript,
    real: () => clockArea(),
    scripted: (world) => clockArea(scriptedClockSources(world)),
  }),
  defineArea({
    id: 'software',
    policySection: 'software',
    checks: ['software.processes', 'software.helper'],
    faults: ['software.not-running', 'software.outdated'],
    script: softwareScript,
    real: () => softwareArea(),
    scripted: (world) => softwareArea(scriptedSoftwareSources(world)),
  }),
  defineArea({
    id: 'system',
    policySection: 'system',
    checks: ['system.os', 'system.crashes', 'security.status'],
    faults: ['system.recent-crash', 'system.reboot-pending', 'security.av-off', 'security.firewall-off'],
    script: systemScript,
    real: () => systemArea(),
    // Antivirus and firewall are checked where they are checked for real: on Windows.
    scripted: (world) => (context) => {
      const { security, ...rest } = scriptedSystemSources(world);
      return systemArea(context.platform === 'win32' ? { ...rest, security } : rest)(context);
    },
  }),
  defineArea({
    id: 'backup',
    policySection: 'backup',
    checks: [
      'backup.freshness',
      'backup.last-run',
      'backup.verification',
      'backup.destination',
      'backup.drill',
      'backup.sources',
    ],
    faults: [
      'data.lost',
      'backup.stale',
      'backup.failed',
      'backup.partial',
      'backup.destination-missing',
      'backup.destination-full',
      'backup.verify-failed',
      'backup.drill-overdue',
      'backup.drill-failed',
    ],
    script: backupScript,
    real: (env) => backupArea({ ...(env.dataDir ? { dataDir: env.dataDir } : {}) }),
    scripted: (world) => backupArea(scriptedBackupSources(world)),
  }),
  defineArea({
    id: 'calendar',
    policySection: 'calendar',
    checks: ['calendar.filing'],
    faults: ['filing.not-reported'],
    script: z.object({}).strict(),
    real: (env) => calendarArea({ records: env.filingRecords, taxDevice: env.taxDevice }),
    scripted: (world, env) => calendarArea({ records: env.filingRecords, now: world.now, taxDevice: env.taxDevice }),
  }),
];

/** The real areas the core watches on a workstation. */
export function productionAreas(env: AreaEnvironment): AreaFactory[] {
  return areaModules.map((m) => m.real(env));
}
