import os from 'node:os';
import path from 'node:path';
import { existsSync } from 'node:fs';
import type { FilingRecord } from '../../../shared/guides/flow-schema';
import type { Snapshot } from '../../../shared/model/snapshot';
import type { FleetPolicy } from '../../../shared/policy/fleet-policy';
import { computeReadiness, withoutCalendar } from '../../../shared/readiness/readiness';
import { errorMessage } from '../../../shared/error-message';
import { createTranslator } from '../../../shared/i18n/translator';
import type { AreaFactory, CoreServices } from '../probe';
import { runCommand, type CommandRunner } from '../exec/run-command';
import { writeAtomically } from './atomic-write';
import { diffIncidents } from './incident-diff';
import { atLeast, openMinutes, type FleetEvent } from './fleet-event';
import { commandSink, tcpSink, udpSink, type EventSink } from './event-sinks';
import { eventCreateCommand, journalCommand, loggerCommand, type LocalTools } from './event-commands';
import { formatRfc5424 } from './syslog-format';
import { metricsText, type BackupMetricsInput, type FleetIdentity, type OpenIncident } from './metrics-text';
import { startMetricsServer, type MetricsServer } from './metrics-server';
import { sightTaxDevice } from './tax-device-seen';
import { throttled } from './throttle';
import type { FleetStateStore } from './fleet-state';

/** The file node_exporter's and windows_exporter's textfile collectors read (`*.prom`). */
export const textfileName = 'invoiceguard.prom';

export interface FleetAreaOptions {
  /**
   * False: no textfile, no /metrics server, no events, whatever the policy says (the CLI's
   * short-lived cores, practice drills); getMetrics still answers.
   */
  outputs: boolean;
  state: FleetStateStore;
  filingRecords: () => Readonly<Record<string, FilingRecord>>;
  /** When this PC first saw a tax device (the invoicing mode's memory). */
  taxDeviceFirstSeen?: () => string | undefined;
  /** Until the backup area (issue 13) is wired in: none, so no backup series. */
  backupStatus?: () => BackupMetricsInput | undefined;
  /** Until the journal (issue 12) is wired in: none, so open faults count as open incidents. */
  openIncidents?: () => readonly OpenIncident[] | undefined;
  log: (line: string) => void;
  now?: () => number;
  hostname?: () => string;
  run?: CommandRunner;
  tools?: LocalTools;
  /** The metrics wait for every check's first reading, or this long after start (default 60 s). */
  warmUpMs?: number;
  /** At most one metrics refresh per this many milliseconds (default 1000). */
  minIntervalMs?: number;
  /** Told the /metrics server's address once it listens (tests). */
  onServing?: (address: { address: string; port: number }) => void;
}

/**
 * The fleet "area": no probes and no checks; it turns each snapshot into what IT's monitoring
 * reads (docs/fleet.md): Prometheus metrics in the textfile collector's folder and optionally on
 * /metrics, and incidents opened and closed to syslog, the journal or the Windows Event Log.
 */
export function fleetArea(options: FleetAreaOptions): AreaFactory {
  const now = options.now ?? Date.now;
  const log = (line: string): void => options.log(`fleet: ${line}`);
  return ({ policy, platform }) => {
    const fleet = policy.fleet;
    const identity: FleetIdentity = {
      ...(fleet.site ? { site: fleet.site } : {}),
      workstation: fleet.workstation ?? (options.hostname ?? os.hostname)(),
    };
    const textfile = options.outputs && fleet.textfileDir ? path.join(fleet.textfileDir, textfileName) : undefined;
    const sinks = options.outputs ? eventSinks(fleet, platform, identity, options, log) : [];
    const startedAt = now();
    let services: CoreServices | undefined;
    let unsubscribe: (() => void) | undefined;
    let warmTimer: ReturnType<typeof setTimeout> | undefined;
    let server: Promise<MetricsServer | undefined> = Promise.resolve(undefined);
    let lastSeen = options.state.state().taxDeviceLastSeenAt;
    let lastSeenSavedAt = 0;
    let wasPresent: boolean | null = null;
    let written: string | undefined;
    let cached: string | undefined;
    let lastError: string | undefined;

    const warm = (snapshot: Snapshot): boolean =>
      now() - startedAt >= (options.warmUpMs ?? 60_000) || snapshot.checks.every((c) => c.checkedAt !== '');

    function compose(snapshot: Snapshot, phase: 'running' | 'stopped' = 'running'): string {
      const app = services!.appInfo();
      const backup = options.backupStatus?.();
      const incidents = options.openIncidents?.();
      const sighting = sightTaxDevice(snapshot, lastSeen, options.taxDeviceFirstSeen?.());
      const hasUsb = snapshot.checks.some((c) => c.id === 'usb.tax-device');
      return metricsText(snapshot, {
        identity,
        app: {
          version: app.version,
          platform: app.platform,
          coreBuild: app.coreBuild,
          coreStartedAt: app.coreStartedAt,
        },
        phase: phase === 'stopped' ? 'stopped' : warm(snapshot) ? 'running' : 'starting',
        ...(hasUsb ? { taxDevice: sighting } : {}),
        readiness: {
          readiness: computeReadiness(snapshot, policy.calendar, now(), options.filingRecords()),
          timeZone: policy.calendar.timeZone,
        },
        ...(backup ? { backup } : {}),
        ...(incidents ? { incidents } : {}),
      });
    }

    async function write(text: string): Promise<void> {
      if (!textfile || text === written) return;
      try {
        await writeAtomically(textfile, text);
        written = text;
        lastError = undefined;
      } catch (error) {
        const reason = errorMessage(error);
        if (reason !== lastError) log(`cannot write ${textfile}: ${reason}`);
        lastError = reason;
      }
    }

    const refresh = throttled(
      async () => {
        if (!services) return;
        cached = compose(services.snapshot());
        await write(cached);
      },
      options.minIntervalMs ?? 1000,
      now,
    );

    function announce(snapshot: Snapshot): void {
      const store = options.state;
      const changes = diffIncidents(store.state().incidents, withoutCalendar(snapshot));
      const at = new Date(now()).toISOString();
      const events: FleetEvent[] = [
        ...changes.closed.map((incident) => ({ kind: 'closed' as const, incident, at })),
        ...changes.opened.map((incident) => ({ kind: 'opened' as const, incident, at })),
      ];
      if (JSON.stringify(changes.open) !== JSON.stringify(store.state().incidents)) {
        void store.save((s) => void (s.incidents = changes.open));
      }
      for (const event of events)
        for (const s of sinks) if (atLeast(event.incident.severity, s.minSeverity)) s.sink.send(event);
    }

    function noteTaxDevice(snapshot: Snapshot): void {
      const sighting = sightTaxDevice(snapshot, lastSeen, options.taxDeviceFirstSeen?.());
      if (sighting.present === true) lastSeen = sighting.lastSeenAt;
      // Saved when the device goes away, and every ten minutes while it stays (a crash loses little).
      const due =
        (sighting.present === false && wasPresent === true) ||
        (sighting.present === true && now() - lastSeenSavedAt >= 600_000);
      if (sighting.present !== null) wasPresent = sighting.present;
      if (due && lastSeen) {
        lastSeenSavedAt = now();
        const at = lastSeen;
        void options.state.save((s) => void (s.taxDeviceLastSeenAt = at));
      }
    }

    return {
      probes: [],
      rules: [],
      serve(core) {
        services = core;
        unsubscribe = core.onSnapshot((snapshot) => {
          if (snapshot.simulated) return;
          noteTaxDevice(snapshot);
          if (options.outputs) announce(snapshot);
          refresh.request();
        });
        warmTimer = setTimeout(() => refresh.request(), options.warmUpMs ?? 60_000);
        warmTimer.unref();
        if (options.outputs && fleet.serve.enabled) {
          server = startMetricsServer({
            address: fleet.serve.address,
            port: fleet.serve.port,
            text: () => cached ?? compose(core.snapshot()),
            log,
          }).then(
            (s) => {
              options.onServing?.(s.address());
              return s;
            },
            (error: unknown) => {
              log(`cannot serve /metrics on ${fleet.serve.address}:${fleet.serve.port}: ${errorMessage(error)}`);
              return undefined;
            },
          );
        }
        return { getMetrics: async () => ({ text: compose(core.snapshot()) }) };
      },
      async dispose() {
        unsubscribe?.();
        clearTimeout(warmTimer);
        refresh.cancel();
        await refresh.idle();
        // What the collector serves until the watcher runs again says so, instead of a stale state.
        if (services && textfile) await write(compose(services.snapshot(), 'stopped'));
        if (lastSeen && lastSeen !== options.state.state().taxDeviceLastSeenAt) {
          const at = lastSeen;
          void options.state.save((s) => void (s.taxDeviceLastSeenAt = at));
        }
        await Promise.all([
          server.then((s) => s?.close()),
          ...sinks.map((s) => s.sink.close()),
          options.state.flushed(),
        ]);
      },
    };
  };
}

interface RoutedSink {
  sink: EventSink;
  minSeverity: FleetPolicy['syslog']['minSeverity'];
}

/** The event sinks the policy switches on, for this platform. */
function eventSinks(
  fleet: FleetPolicy,
  platform: NodeJS.Platform,
  identity: FleetIdentity,
  options: FleetAreaOptions,
  log: (line: string) => void,
): RoutedSink[] {
  const run = options.run ?? runCommand;
  const tools = options.tools ?? localTools();
  const sinks: RoutedSink[] = [];
  const { syslog, eventLog } = fleet;
  if (syslog.enabled) {
    const t = createTranslator(syslog.language);
    const message = (e: FleetEvent): string => eventMessage(e, t);
    const hostname = identity.workstation ?? os.hostname();
    const format = (e: FleetEvent): string =>
      formatRfc5424(e, {
        facility: syslog.facility,
        hostname,
        procId: String(process.pid),
        identity,
        message: message(e),
      });
    let sink: EventSink | undefined;
    if (syslog.transport === 'udp') sink = udpSink({ host: syslog.host!, port: syslog.port, format, log });
    else if (syslog.transport === 'tcp') sink = tcpSink({ host: syslog.host!, port: syslog.port, format, log });
    else if (platform === 'win32')
      log(`syslog transport "${syslog.transport}" does not exist on Windows: use eventLog, udp or tcp`);
    else if (syslog.transport === 'journal') {
      sink = commandSink({
        shape: (e) => journalCommand(e, { facility: syslog.facility, identity, message: message(e) }, tools),
        run,
        log,
      });
    } else {
      sink = commandSink({
        shape: (e) =>
          loggerCommand(
            e,
            { socket: syslog.socket, facility: syslog.facility, identity, message: message(e), pid: process.pid },
            tools,
          ),
        run,
        log,
      });
    }
    if (sink) sinks.push({ sink, minSeverity: syslog.minSeverity });
  }
  if (eventLog.enabled) {
    if (platform !== 'win32') log('eventLog is the Windows Event Log: ignored on this system (use syslog)');
    else {
      const t = createTranslator(eventLog.language);
      const shape = (e: FleetEvent): ReturnType<typeof eventCreateCommand> =>
        eventCreateCommand(e, { identity, message: eventMessage(e, t) });
      sinks.push({ sink: commandSink({ shape, run, log }), minSeverity: eventLog.minSeverity });
    }
  }
  return sinks;
}

function eventMessage(event: FleetEvent, t: ReturnType<typeof createTranslator>): string {
  const i = event.incident;
  const title = t.has(`fault.${i.faultId}.title`) ? t.t(`fault.${i.faultId}.title`) : i.faultId;
  return event.kind === 'opened'
    ? t.t('fleet.event.opened', {
        title,
        fault: i.faultId,
        category: t.t(`category.${i.category}`),
        severity: t.t(`severity.${i.severity}`),
      })
    : t.t('fleet.event.closed', { title, fault: i.faultId, minutes: openMinutes(event) });
}

/** util-linux's logger, wrapped in setpriv (so it dies with the core) where there is one. */
function localTools(): LocalTools {
  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));
  return { logger: 'logger', ...(setpriv ? { setpriv } : {}) };
}
