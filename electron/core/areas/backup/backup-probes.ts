import type { BackupPolicy } from '../../../../shared/policy/backup-policy';
import type { Probe, ProbeOutcome } from '../../probe';
import type { BackupStateSource } from './backup-state';
import {
  evaluateDestinations,
  evaluateDrill,
  evaluateFreshness,
  evaluateLastRun,
  evaluateSources,
  evaluateVerification,
  policySources,
} from './evaluate-backup';
import type { DestinationLookSource, SourceLookSource } from './look-sources';

export interface BackupProbeInputs {
  policy: BackupPolicy;
  state: BackupStateSource;
  destinations: DestinationLookSource;
  sources: SourceLookSource;
  now: () => number;
  /** Push hooks: the scheduler and finished jobs (all probes), the folder watcher (`backup.sources`). */
  watchJobs: (onChange: () => void) => () => void;
  watchSources: (onChange: () => void) => () => void;
}

/** The six backup checks, each a thin call of a pure evaluate function over the state file and a look. */
export function backupProbes(inputs: BackupProbeInputs): Probe[] {
  const { policy, state, now } = inputs;
  const intervalMs = policy.checkIntervalSeconds * 1000;
  const probe = (id: string, run: () => Promise<ProbeOutcome>, watch = inputs.watchJobs): Probe => ({
    id,
    area: 'backup',
    intervalMs,
    timeoutMs: 20_000,
    run,
    watch,
  });
  // Source folders this monitor has seen: one that disappears is lost even before its first backup.
  const seenSources = new Set<string>();
  return [
    probe('backup.freshness', async () => evaluateFreshness(policy, await state.read(), now())),
    probe('backup.last-run', async () => evaluateLastRun(policy, await state.read())),
    probe('backup.verification', async () => evaluateVerification(policy, await state.read(), now())),
    probe('backup.destination', async () =>
      evaluateDestinations(
        policy,
        await state.read(),
        await inputs.destinations(policy.destinations.map((d) => d.path)),
      ),
    ),
    probe('backup.drill', async () => evaluateDrill(policy, await state.read(), now())),
    probe(
      'backup.sources',
      async () => {
        const looks = await inputs.sources(policySources(policy));
        const outcome = evaluateSources(policy, await state.read(), looks, seenSources);
        for (const l of looks) if (l.exists) seenSources.add(l.name);
        return outcome;
      },
      (onChange) => {
        const a = inputs.watchJobs(onChange);
        const b = inputs.watchSources(onChange);
        return () => {
          a();
          b();
        };
      },
    ),
  ];
}
