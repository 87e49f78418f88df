import dgram from 'node:dgram';
import { createCore, type Core } from '../../../electron/core/core';
import { setUpCore, type CoreSetup } from '../../../electron/core/core-setup';
import { usbArea } from '../../../electron/core/areas/usb/usb-area';
import { scriptedUsbSource, type ScriptedUsbSource } from '../../../electron/core/areas/usb/scripted-usb-source';
import type { UsbDeviceFacts } from '../../../shared/devices/device-types';
import { validatePolicy } from '../../../shared/policy/parse-policy';
import type { PolicyInput } from '../../../shared/policy/policy-schema';
import type { AreaFactory } from '../../../electron/core/probe';
import loopbackPolicy from '../../fixtures/policy/loopback.json';

/** The Aisino 税务UKey of the healthy scenario. */
export const taxUKey: UsbDeviceFacts = {
  vid: 0x101d,
  pid: 0x0003,
  manufacturer: 'Aisino',
  product: 'Tax UKey',
  deviceClass: 0,
  interfaceClasses: null,
  numConfigurations: 1,
};

export interface FleetCore {
  core: Core;
  setup: CoreSetup;
  usb: ScriptedUsbSource;
  stop(): Promise<void>;
}

/**
 * A real core as the app composes it (setUpCore's real path, so the fleet area with its outputs on),
 * with the USB area on a scripted USB stack the test plugs and pulls, over the loopback policy.
 */
export async function startFleetCore(options: {
  dataDir: string;
  policy: PolicyInput;
  deviceConnected: boolean;
  log?: (line: string) => void;
  /** More real areas beside the USB one (the network area for loopback endpoints). */
  extraAreas?: AreaFactory[];
}): Promise<FleetCore> {
  const usb = scriptedUsbSource(options.deviceConnected ? [{ port: '1-2', facts: taxUKey }] : []);
  const log = options.log ?? (() => {});
  const setup = await setUpCore({
    dataDir: options.dataDir,
    env: {},
    platform: 'linux',
    log,
    areas: (env) => [
      usbArea({ source: () => usb, detectResume: false, taxDevice: env.taxDevice }),
      ...(options.extraAreas ?? []),
    ],
  });
  const parsed = validatePolicy({ ...loopbackPolicy, ...options.policy });
  if (!parsed.ok) throw new Error(`test policy invalid: ${JSON.stringify(parsed.issues)}`);
  const core = createCore({
    loaded: { policy: parsed.policy, status: { source: 'default', issues: [] } },
    areas: setup.areas,
    platform: 'linux',
    version: 'test',
    simulated: setup.simulated,
    now: setup.now,
    taxDevice: setup.taxDevice,
    log,
  });
  core.start();
  return {
    core,
    setup,
    usb,
    async stop() {
      await core.stop();
      await setup.cleanup();
    },
  };
}

/** A UDP syslog receiver the test owns on 127.0.0.1: every datagram as text. */
export async function udpReceiver(): Promise<{ port: number; messages: string[]; close(): Promise<void> }> {
  const socket = dgram.createSocket('udp4');
  const messages: string[] = [];
  socket.on('message', (m) => messages.push(m.toString('utf8')));
  socket.on('error', () => {});
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', () => resolve()));
  return {
    port: socket.address().port,
    messages,
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}
