import { describe, expect, it } from 'vitest';
import {
  idleJob,
  jobAnswered,
  jobEvent,
  jobOutcome,
  jobRequested,
  jobRunning,
  progressBar,
} from '../../../renderer/src/views/backup-job-model';
import { fakeProgress } from '../support/backup-fixtures';

const done = fakeProgress({
  phase: 'done',
  outcome: 'ok',
  message: { key: 'backup.done.ok', params: { files: 40 } },
});

describe('the job the backup view follows', () => {
  it('takes events that arrive before the start answer, and keeps only its own once answered', () => {
    let job = jobEvent(jobRequested('backup'), fakeProgress());
    expect(job.progress?.files).toBe(10);
    job = jobAnswered(job, { accepted: true, jobId: 'backup-1' });
    expect(jobRunning(job)).toBe(true);
    expect(jobEvent(job, fakeProgress({ jobId: 'other', files: 99 })).progress?.files).toBe(10);
    job = jobEvent(job, done);
    expect(jobRunning(job)).toBe(false);
    expect(jobOutcome(job)).toEqual({ tone: 'ok', message: { key: 'backup.done.ok', params: { files: 40 } } });
  });

  it('drops early events of another job when the answer names its own', () => {
    const job = jobAnswered(jobEvent(jobRequested('drill'), fakeProgress()), { accepted: true, jobId: 'drill-9' });
    expect(job.progress).toBeUndefined();
    expect(progressBar(job)).toMatchObject({ titleKey: 'ui.backup.job.drill', phaseKey: 'ui.backup.job.starting' });
  });

  it('ends at once when the job was over before its answer came', () => {
    const job = jobAnswered(jobEvent(jobRequested('backup'), done), { accepted: true, jobId: 'backup-1' });
    expect(jobRunning(job)).toBe(false);
    expect(jobOutcome(job)?.tone).toBe('ok');
  });

  it('says why the area refused, in its own catalog sentence', () => {
    const job = jobAnswered(jobRequested('backup'), {
      accepted: false,
      error: { message: { key: 'backup.error.busy', params: { host: 'PC-01' } } },
    });
    expect(jobRunning(job)).toBe(false);
    expect(jobOutcome(job)).toEqual({
      tone: 'warning',
      message: { key: 'backup.error.busy', params: { host: 'PC-01' } },
    });
  });

  it('shows a job started elsewhere (schedule, tray) as it runs, but not the end of one it never saw', () => {
    expect(jobEvent(idleJob, done)).toBe(idleJob);
    const job = jobEvent(idleJob, fakeProgress({ jobId: 'backup-7' }));
    expect(job).toMatchObject({ jobId: 'backup-7', kind: 'backup' });
    expect(jobRunning(job)).toBe(true);
  });

  it('a failed end is a warning with the core’s sentence', () => {
    const job = jobEvent(
      jobAnswered(jobRequested('backup'), { accepted: true, jobId: 'backup-1' }),
      fakeProgress({ phase: 'failed', outcome: 'failed', message: { key: 'backup.error.destination-missing' } }),
    );
    expect(jobOutcome(job)).toEqual({ tone: 'warning', message: { key: 'backup.error.destination-missing' } });
  });
});

describe('the progress bar', () => {
  it('counts files and bytes together, as the core’s ETA does, with the numbers in words', () => {
    const job = jobAnswered(jobEvent(jobRequested('backup'), fakeProgress()), { accepted: true, jobId: 'backup-1' });
    const bar = progressBar(job)!;
    // (2 MiB + 10 × 64 KiB) / (8 MiB + 40 × 64 KiB) = 2.625 / 10.5
    expect(bar.percent).toBe(25);
    expect(bar.phaseKey).toBe('backup.phase.copy');
    expect(bar.text).toMatchObject({
      key: 'ui.backup.progress.eta',
      params: { files: 10, totalFiles: 40, seconds: 12 },
      parts: { bytes: { key: 'ui.backup.size.mb', params: { n: 2 } } },
    });
  });

  it('is indeterminate while scanning, and has no ETA for the first second', () => {
    const scan = progressBar(
      jobEvent(
        jobRequested('backup'),
        fakeProgress({ phase: 'scan', totalFiles: 0, totalBytes: 0, files: 120, bytes: 0, etaSeconds: null }),
      ),
    )!;
    expect(scan.percent).toBeUndefined();
    expect(scan.text).toEqual({ key: 'ui.backup.progress.scanning', params: { files: 120 } });
    const early = progressBar(jobEvent(jobRequested('backup'), fakeProgress({ etaSeconds: null })))!;
    expect(early.text.key).toBe('ui.backup.progress.counting');
  });

  it('is gone when nothing runs', () => {
    expect(progressBar(idleJob)).toBeUndefined();
  });
});
