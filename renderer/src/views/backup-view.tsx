import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BackupStatus, ListSnapshotsResult } from '../../../shared/backup/backup-schema';
import { useTranslator } from '../i18n/use-translator';
import { useAppState, useCoreApi } from '../store/store-context';
import { useCoreRequest } from '../requests/use-core-request';
import { RequestFailureBanner } from '../components/request-failure-banner';
import { StatusBadge } from '../components/status-badge';
import { ViewHeader } from '../components/view-header';
import { BackupProgress } from '../components/backup-progress';
import { localTime } from '../components/format';
import { renderTimed } from '../components/timed-message';
import { backupStatusModel } from './backup-model';
import {
  idleJob,
  jobAnswered,
  jobEvent,
  jobFollowed,
  jobLost,
  jobOutcome,
  jobRequested,
  jobRunning,
  progressBar,
} from './backup-job-model';
import { snapshotListModel, type SnapshotRow } from './snapshot-list-model';
import { RestoreDialog } from './restore-dialog';

/**
 * "数据备份": how fresh the backup is against the RPO, the last drill's RTO, backing up and
 * practising a restore now with their progress, the snapshots kept, and restoring one of them.
 */
export default function BackupView() {
  const t = useTranslator();
  const api = useCoreApi();
  const checks = useAppState((s) => s.snapshot?.checks);
  const route = useAppState((s) => s.route);
  const getStatus = useCoreRequest('getBackupStatus');
  const getList = useCoreRequest('listSnapshots');
  const backup = useCoreRequest('startBackup');
  const drill = useCoreRequest('startRestoreDrill');
  const [status, setStatus] = useState<BackupStatus>();
  const [list, setList] = useState<ListSnapshotsResult>();
  const [job, setJob] = useState(idleJob);
  const [verify, setVerify] = useState(false);
  const [restoring, setRestoring] = useState<SnapshotRow>();
  const { run: runStatus } = getStatus;
  const { run: runList } = getList;

  const backupChecks = useMemo(() => (checks ?? []).filter((c) => c.area === 'backup'), [checks]);
  const refresh = useCallback(() => {
    void runStatus({}).then((s) => s && setStatus(s));
    void runList({}).then((l) => l && setList(l));
  }, [runStatus, runList]);

  useEffect(refresh, [refresh]);
  useEffect(
    () =>
      api.on('backupProgress', (p) => {
        setJob((j) => jobEvent(j, p));
        // Any job that ended (ours, the schedule's, the CLI's) changed the status and maybe the
        // list: ask again, which also clears a `running` the status said when the view opened.
        if (p.phase === 'done' || p.phase === 'failed') refresh();
      }),
    [api, refresh],
  );

  const running = jobRunning(job) || Boolean(status?.running);
  const start = async (kind: 'backup' | 'drill'): Promise<void> => {
    if (running) return;
    setJob(jobRequested(kind));
    const answer = kind === 'backup' ? await backup.run({ verify }) : await drill.run({});
    setJob((j) => (answer ? jobAnswered(j, answer) : jobLost()));
  };

  // The tray's "立即备份" opens this view asking for a backup: started once per such visit.
  const startedFor = useRef<unknown>(null);
  useEffect(() => {
    if (route.params?.start !== 'backup' || startedFor.current === route || !status?.configured) return;
    startedFor.current = route;
    void start('backup');
  });

  const statusModel = backupStatusModel({
    ...(status ? { status } : {}),
    checks: backupChecks,
    ...(getStatus.failure ? { failure: getStatus.failure } : {}),
  });
  const listModel = snapshotListModel({
    ...(list ? { list } : {}),
    ...(status ? { status } : {}),
    ...(getList.failure ? { failure: getList.failure } : {}),
  });
  const bar = progressBar(job);
  const outcome = jobOutcome(job);
  const actionFailure = backup.failure ?? drill.failure;
  const configured = statusModel.kind === 'ready';

  return (
    <div className="backup">
      <ViewHeader title={t.t('ui.backup.heading')} lead={t.t('ui.backup.intro')} />
      {statusModel.kind === 'failed' && <RequestFailureBanner failure={statusModel.failure} />}
      {statusModel.kind === 'loading' && <p className="muted">{t.t('ui.loading')}</p>}
      {statusModel.kind === 'not-configured' && (
        <p className="banner info" data-backup-configured="false">
          {t.t('ui.backup.notConfigured')}
        </p>
      )}
      {configured && (
        <section className="panel" aria-labelledby="backup-actions-heading" data-backup-actions>
          <h2 id="backup-actions-heading">{t.t('ui.backup.actions.heading')}</h2>
          <div className="backup-actions">
            <button
              type="button"
              className="primary"
              data-action="backup-now"
              aria-disabled={running || undefined}
              onClick={() => void start('backup')}
            >
              {t.t('ui.backup.actions.backup')}
            </button>
            <label className="choice">
              <input type="checkbox" checked={verify} onChange={(e) => setVerify(e.target.checked)} />
              {t.t('ui.backup.actions.verify')}
            </label>
            <button
              type="button"
              data-action="restore-drill"
              aria-disabled={running || undefined}
              aria-describedby="backup-drill-hint"
              onClick={() => void start('drill')}
            >
              {t.t('ui.backup.actions.drill')}
            </button>
          </div>
          <p id="backup-drill-hint" className="muted hint">
            {t.t('ui.backup.actions.drillHint')}
          </p>
          {bar && <BackupProgress model={bar} />}
          <div role="status" aria-live="polite" aria-atomic="true">
            {outcome && (
              <p
                className={`banner ${outcome.tone === 'ok' ? 'info' : 'warning'}`}
                data-job-outcome={job.ended?.outcome ?? 'refused'}
              >
                {t.render(outcome.message)}
              </p>
            )}
          </div>
          {actionFailure && <RequestFailureBanner failure={actionFailure} />}
        </section>
      )}
      {statusModel.kind === 'ready' && (
        <section className="panel" aria-labelledby="backup-status-heading">
          <h2 id="backup-status-heading">{t.t('ui.backup.status.heading')}</h2>
          <ul className="check-rows">
            {statusModel.rows.map((row) => (
              <li key={row.id} className={`check-row tone-${row.tone ?? 'info'}`} data-backup-row={row.id}>
                <span className="check-name">{t.t(row.labelKey)}</span>
                <span className="badge-cell">{row.tone && <StatusBadge tone={row.tone} />}</span>
                <span className="check-summary">{renderTimed(t, row.value)}</span>
              </li>
            ))}
          </ul>
          <h3>{t.t('ui.backup.dest.heading')}</h3>
          <ul className="check-rows">
            {statusModel.destinations.map((d) => (
              <li key={d.key} className={`check-row tone-${d.tone}`} data-destination>
                <span className="check-name">
                  {t.render(d.name)}
                  <span className="muted kind"> · {t.t(d.kindKey)}</span>
                </span>
                <span className="badge-cell">
                  <StatusBadge tone={d.tone} />
                </span>
                <span className="check-summary">
                  {renderTimed(t, d.space)}
                  {d.newest && <span className="muted"> · {renderTimed(t, d.newest)}</span>}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {configured && (
        <section className="panel" aria-labelledby="backup-snapshots-heading">
          <h2 id="backup-snapshots-heading">{t.t('ui.backup.snap.heading')}</h2>
          {listModel.kind === 'failed' && <RequestFailureBanner failure={listModel.failure} />}
          {listModel.kind === 'loading' && <p className="muted">{t.t('ui.loading')}</p>}
          {listModel.kind === 'ready' && (
            <>
              {listModel.errors.map((e, i) => (
                <p key={i} className="banner warning">
                  {t.render(e)}
                </p>
              ))}
              {listModel.rows.length === 0 ? (
                <p className="muted">{t.t('ui.backup.snap.none')}</p>
              ) : (
                <table className="snapshots">
                  <thead>
                    <tr>
                      <th scope="col">{t.t('ui.backup.snap.time')}</th>
                      <th scope="col">{t.t('ui.backup.snap.state')}</th>
                      <th scope="col">{t.t('ui.backup.snap.check')}</th>
                      <th scope="col" className="num">
                        {t.t('ui.backup.snap.size')}
                      </th>
                      <th scope="col" className="num">
                        {t.t('ui.backup.snap.files')}
                      </th>
                      <th scope="col">
                        <span className="visually-hidden">{t.t('ui.backup.snap.restore')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {listModel.rows.map((row) => {
                      const time = localTime(row.createdAt, t);
                      return (
                        <tr key={`${row.destination}/${row.id}`} data-snapshot-id={row.id} data-status={row.status}>
                          <td>
                            {time}
                            {row.where && <span className="muted"> · {t.render(row.where)}</span>}
                            {row.preRestore && <span className="tag">{t.t('ui.backup.snap.preRestore')}</span>}
                          </td>
                          <td>{t.t(row.statusKey)}</td>
                          <td>{t.t(row.verifiedKey)}</td>
                          <td className="num">{t.render(row.size)}</td>
                          <td className="num">{row.files}</td>
                          <td>
                            <button
                              type="button"
                              className="small"
                              data-action="open-restore"
                              aria-label={t.t('ui.backup.snap.restoreNamed', { time })}
                              aria-disabled={running || undefined}
                              onClick={() => !running && setRestoring(row)}
                            >
                              {t.t('ui.backup.snap.restore')}
                            </button>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              )}
              {listModel.incomplete && <p className="muted">{t.render(listModel.incomplete)}</p>}
            </>
          )}
        </section>
      )}
      {restoring && (
        <RestoreDialog
          snapshot={restoring}
          time={localTime(restoring.createdAt, t)}
          onClose={() => setRestoring(undefined)}
          onStarted={(jobId) => {
            setRestoring(undefined);
            setJob((j) => jobFollowed(j, 'restore', jobId));
          }}
        />
      )}
    </div>
  );
}
