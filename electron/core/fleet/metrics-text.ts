import { faultCategories, severities, type FaultCategory, type Severity } from '../../../shared/model/fault';
import type { CheckStatus, Reading } from '../../../shared/model/reading';
import type { Snapshot } from '../../../shared/model/snapshot';
import { invoicingModes } from '../../../shared/model/invoicing';
import type { Readiness } from '../../../shared/readiness/readiness';
import { withoutCalendar } from '../../../shared/readiness/readiness';
import { exposition, stateSet, type Family, type Labels } from './exposition';
import { zonedDayEnd } from './zoned-time';

/** Who this workstation is, on every series (docs/fleet.md "Labels"). */
export interface FleetIdentity {
  site?: string;
  workstation?: string;
}

/**
 * What the backup area reports (its `BackupStatus`, issue 13): the fields the metrics read, so the
 * backup status can be passed as it is once that area lands.
 */
export interface BackupMetricsInput {
  configured: boolean;
  rpo: { targetHours: number; newestAt: string | null };
  rto: { seconds: number | null; at: string | null; ok: boolean | null };
}

/** An open incident as the metrics count it (the journal's incidents, once it lands; open faults until then). */
export interface OpenIncident {
  category: FaultCategory;
  severity: Severity;
}

export interface MetricsExtras {
  identity: FleetIdentity;
  app: { version: string; platform: string; coreBuild: string; coreStartedAt: string };
  /**
   * `running` (the default): the state series; `starting`: not every check has been read yet since
   * the core started, so only the build and start series; `stopped`: the file a stopping core leaves
   * behind (app closed, practice drill started), with `invoiceguard_running 0`.
   */
  phase?: 'running' | 'starting' | 'stopped';
  /** The tax device: connected now (null: USB could not be read) and when it was last seen here. */
  taxDevice?: { present: boolean | null; lastSeenAt?: string };
  /** Month-end readiness (computeReadiness), with the calendar's time zone for the deadline instant. */
  readiness?: { readiness: Readiness; timeZone: string };
  /** Emitted only when the backup area reports a status. */
  backup?: BackupMetricsInput;
  /** Open incidents; default: the snapshot's open faults. */
  incidents?: readonly OpenIncident[];
}

/** The numeric encoding of `invoiceguard_check_status`: worse is higher, so max() is the worst. */
export const checkStatusValue: Record<CheckStatus | 'not-checked', number> = {
  'not-checked': -1,
  ok: 0,
  unknown: 1,
  warning: 2,
  fault: 3,
};

const deadlineOutlooks = ['not-required', 'done', 'on-track', 'at-risk', 'missed'] as const;
const seconds = (iso: string): number => Date.parse(iso) / 1000;
const endpointPrefix = 'network.endpoint.';

/**
 * Pure: the Prometheus exposition text for one snapshot (names, types and labels documented in
 * docs/fleet.md, stable). The workstation's state is the one `invoiceguard check` reports (the
 * filing calendar apart, in its own series). A practice snapshot carries no state at all, only
 * `invoiceguard_practice 1`: IT never sees a drill as an outage.
 */
export function metricsText(snapshot: Snapshot, extras: MetricsExtras): string {
  const common: Labels = {
    ...(extras.identity.site ? { site: extras.identity.site } : {}),
    ...(extras.identity.workstation ? { workstation: extras.identity.workstation } : {}),
  };
  const phase = extras.phase ?? 'running';
  const families: Family[] = [
    {
      name: 'invoiceguard_build_info',
      help: 'InvoiceGuard build running on this workstation (always 1).',
      type: 'gauge',
      samples: [
        {
          labels: { version: extras.app.version, platform: extras.app.platform, core_build: extras.app.coreBuild },
          value: 1,
        },
      ],
    },
    {
      name: 'invoiceguard_core_start_time_seconds',
      help: 'Start time of the watcher core since the Unix epoch; a change is a restart.',
      type: 'gauge',
      samples: [{ value: seconds(extras.app.coreStartedAt) }],
    },
    {
      name: 'invoiceguard_running',
      help: '1 while the watcher runs; 0 in the file a stopped watcher leaves (app closed, practice drill).',
      type: 'gauge',
      samples: [{ value: phase === 'stopped' ? 0 : 1 }],
    },
    {
      name: 'invoiceguard_practice',
      help: '1 while a practice drill drives the checks: no workstation state is reported then.',
      type: 'gauge',
      samples: [{ value: snapshot.simulated ? 1 : 0 }],
    },
  ];
  if (phase !== 'running' || snapshot.simulated) return exposition(families, common);

  const state = withoutCalendar(snapshot);
  const incidents = extras.incidents ?? state.faults;
  families.push(
    {
      name: 'invoiceguard_snapshot_timestamp_seconds',
      help: 'When the state below was last updated, since the Unix epoch.',
      type: 'gauge',
      samples: [{ value: seconds(snapshot.updatedAt) }],
    },
    {
      name: 'invoiceguard_verdict',
      help: 'Can this workstation invoice: 1 for the current answer (yes, attention, no), 0 for the others.',
      type: 'gauge',
      samples: stateSet('can_invoice', ['yes', 'attention', 'no'], state.verdict.canInvoice),
    },
    {
      name: 'invoiceguard_invoicing_mode',
      help: 'How this workstation invoices: 1 for the mode in force (tax-device, digital).',
      type: 'gauge',
      samples: stateSet('mode', invoicingModes, snapshot.invoicing.mode),
    },
    {
      name: 'invoiceguard_check_status',
      help: 'Each check: -1 not checked, 0 ok, 1 could not be read, 2 warning, 3 fault.',
      type: 'gauge',
      samples: state.checks.map((c) => ({ labels: { check: c.id, area: c.area }, value: statusValue(c) })),
    },
    {
      name: 'invoiceguard_incidents_open',
      help: 'Open incidents by category and severity.',
      type: 'gauge',
      samples: faultCategories.flatMap((category) =>
        severities.map((severity) => ({
          labels: { category, severity },
          value: incidents.filter((i) => i.category === category && i.severity === severity).length,
        })),
      ),
    },
    {
      name: 'invoiceguard_fault_open_since_timestamp_seconds',
      help: 'Each open fault: when it was first seen, since the Unix epoch.',
      type: 'gauge',
      samples: state.faults.map((f) => ({
        labels: { fault: f.id, category: f.category, severity: f.severity },
        value: seconds(f.since),
      })),
    },
    {
      name: 'invoiceguard_endpoint_latency_seconds',
      help: 'TCP connect time of the latest check of each tax-platform endpoint (absent while it cannot connect).',
      type: 'gauge',
      samples: state.checks.flatMap((c) => {
        const ms = c.details.latencyMs;
        if (!c.id.startsWith(endpointPrefix) || typeof ms !== 'number' || c.details.tcpOk !== true) return [];
        return [{ labels: { endpoint: c.id.slice(endpointPrefix.length) }, value: ms / 1000 }];
      }),
    },
  );
  const device = extras.taxDevice;
  if (device) {
    families.push(
      {
        name: 'invoiceguard_tax_device_present',
        help: '1 while a tax device (金税盘, 税控盘, 税务UKey) is connected, 0 when none is (absent when USB cannot be read).',
        type: 'gauge',
        samples: device.present === null ? [] : [{ value: device.present ? 1 : 0 }],
      },
      {
        name: 'invoiceguard_tax_device_last_seen_timestamp_seconds',
        help: 'When a tax device was last seen connected here, since the Unix epoch (time() minus this = seconds since).',
        type: 'gauge',
        samples: device.lastSeenAt ? [{ value: seconds(device.lastSeenAt) }] : [],
      },
    );
  }
  if (extras.readiness) {
    const { readiness, timeZone } = extras.readiness;
    families.push(
      {
        name: 'invoiceguard_filing_deadline_timestamp_seconds',
        help: "End of this month's filing deadline day (抄报/清卡) in the calendar's time zone, since the Unix epoch.",
        type: 'gauge',
        samples: [{ value: zonedDayEnd(readiness.filing.deadline, timeZone) / 1000 }],
      },
      {
        name: 'invoiceguard_filing_deadline_outlook',
        help: "Will this month's filing be done by the deadline: 1 for the current outlook.",
        type: 'gauge',
        samples: stateSet('outlook', deadlineOutlooks, readiness.deadline),
      },
    );
  }
  if (extras.backup) families.push(...backupFamilies(extras.backup));
  return exposition(families, common);
}

function statusValue(reading: Reading): number {
  return checkStatusValue[reading.notChecked ? 'not-checked' : reading.status];
}

function backupFamilies(backup: BackupMetricsInput): Family[] {
  const { rpo, rto } = backup;
  return [
    {
      name: 'invoiceguard_backup_configured',
      help: '1 when the policy configures a backup of the invoicing data.',
      type: 'gauge',
      samples: [{ value: backup.configured ? 1 : 0 }],
    },
    {
      name: 'invoiceguard_backup_rpo_seconds',
      help: 'The recovery point objective: the oldest the newest backup may be.',
      type: 'gauge',
      samples: backup.configured ? [{ value: rpo.targetHours * 3600 }] : [],
    },
    {
      name: 'invoiceguard_backup_newest_snapshot_timestamp_seconds',
      help: 'When the newest complete backup was taken, since the Unix epoch (absent: none yet).',
      type: 'gauge',
      samples: rpo.newestAt ? [{ value: seconds(rpo.newestAt) }] : [],
    },
    {
      name: 'invoiceguard_backup_drill_rto_seconds',
      help: "The measured recovery time: how long the last restore drill's restore took.",
      type: 'gauge',
      samples: rto.seconds !== null ? [{ value: rto.seconds }] : [],
    },
    {
      name: 'invoiceguard_backup_drill_timestamp_seconds',
      help: 'When the last restore drill ran, since the Unix epoch.',
      type: 'gauge',
      samples: rto.at ? [{ value: seconds(rto.at) }] : [],
    },
    {
      name: 'invoiceguard_backup_drill_success',
      help: '1 when the last restore drill restored everything, 0 when it failed.',
      type: 'gauge',
      samples: rto.ok !== null ? [{ value: rto.ok ? 1 : 0 }] : [],
    },
  ];
}
