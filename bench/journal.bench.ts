// Incident journal and support bundle (issue 12), on the real disk of this machine:
//  - append: one record at a time, each acknowledged only after write + fdatasync
//  - open: the last 1,000 of 100,000 incidents (the History view's first page), cold and cached
//  - bundle: a support bundle with a 10 MB log (collect, redact, zip, fsync, rename)
import { mkdtemp, mkdir, rm, writeFile, open as openFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openJournalStore } from '../electron/core/journal/journal-store';
import { queryIncidents, type SegmentCache } from '../electron/core/journal/journal-query';
import { segmentFileName } from '../electron/core/journal/segment-names';
import { collectBundle } from '../electron/core/support/bundle-contents';
import { gatherHostFacts } from '../electron/core/support/host-facts';
import { writeZip } from '../electron/core/support/zip-file';
import { incidentQuerySchema } from '../shared/journal/incident-query';
import type { JournalRecord } from '../shared/journal/record-schema';
import { createTranslator } from '../shared/i18n/translator';
import { defaultPolicy } from '../shared/policy/policy-schema';
import { composeSnapshot } from '../shared/model/snapshot';
import { repeat } from './support/stats';
import { recordFigure } from './support/record';

// The data folder lives on the system disk (os.tmpdir() here is on it, not a tmpfs: fsync is real).
const root = await mkdtemp(path.join(os.tmpdir(), 'ig-bench-journal-'));
const reading = {
  id: 'usb.tax-device',
  area: 'usb',
  status: 'fault' as const,
  summary: { key: 'check.usb.tax-device.missing', params: { role: 'tax-device' } },
  details: { expected: ['101d:0003'], present: [], mode: 'hotplug' },
  checkedAt: new Date().toISOString(),
  durationMs: 2,
};
const fault = {
  id: 'tax-device.missing',
  category: 'hardware' as const,
  severity: 'critical' as const,
  guide: 'tax-device.missing',
  checkIds: ['usb.tax-device'],
  since: new Date().toISOString(),
};

// 1. Append latency with durability.
const store = openJournalStore({
  folder: path.join(root, 'append'),
  segmentBytes: 4 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
  retentionMs: 365 * 86_400_000,
});
await store.opened;
const first = (await store.append((seq) => ({
  type: 'incident.opened',
  incident: `i${seq}`,
  fault,
  readings: [reading],
  usb: [],
}))) as {
  incident: string;
};
// The floor under the same load: the same size of line written and fdatasync'd by hand, each
// measurement taken right after a journal append (others share this disk, so absolute tails move
// from run to run; the ratio between the two, taken side by side, much less).
const raw = await openFile(path.join(root, 'raw.jsonl'), 'a');
const appends: number[] = [];
const floor: number[] = [];
for (let i = 0; i < 2000; i++) {
  const text = `note ${i}: 开票软件提示 0x0963c2，已重插 UKey`;
  let t0 = performance.now();
  await store.append({ type: 'incident.note', incident: first.incident, text });
  appends.push(performance.now() - t0);
  const line = Buffer.from(
    `${JSON.stringify({ v: 1, seq: i, at: new Date().toISOString(), type: 'incident.note', incident: first.incident, text })}\n`,
  );
  t0 = performance.now();
  await raw.write(line, 0, line.length, null);
  await raw.datasync();
  floor.push(performance.now() - t0);
}
await raw.close();
await store.close();

// 2. A journal of 100,000 incidents (opened + closed), written as the store writes it (segments
// of 4 MiB, each starting with a checkpoint), then the newest 1,000 asked for.
const big = path.join(root, 'big');
await mkdir(big, { recursive: true });
const t = Date.parse('2025-01-01T00:00:00Z');
let seq = 0;
let lines: string[] = [];
let bytes = 0;
let segmentFirst = { seq: 1, at: t };
const flushSegment = async (lastAt: number | undefined): Promise<void> => {
  await writeFile(path.join(big, segmentFileName(segmentFirst.seq, segmentFirst.at, lastAt)), lines.join(''));
  lines = [];
  bytes = 0;
};
const push = (record: Omit<JournalRecord, 'v' | 'seq'>): void => {
  const line = `${JSON.stringify({ v: 1, seq: ++seq, ...record })}\n`;
  lines.push(line);
  bytes += line.length;
};
push({ type: 'journal.checkpoint', at: new Date(t).toISOString(), open: [], policy: null } as never);
for (let i = 0; i < 100_000; i++) {
  const at = t + i * 300_000;
  const id = `i${seq + 1}`;
  push({
    type: 'incident.opened',
    at: new Date(at).toISOString(),
    incident: id,
    fault,
    readings: [reading],
    usb: [],
  } as never);
  push({
    type: 'incident.closed',
    at: new Date(at + 60_000).toISOString(),
    incident: id,
    how: 'cleared',
    readings: [{ ...reading, status: 'ok' }],
    usb: [],
  } as never);
  if (bytes > 4 * 1024 * 1024) {
    await flushSegment(at + 60_000);
    segmentFirst = { seq: seq + 1, at: at + 60_001 };
    push({ type: 'journal.checkpoint', at: new Date(at + 60_001).toISOString(), open: [], policy: null } as never);
  }
}
await flushSegment(undefined);
const query = incidentQuerySchema.parse({ limit: 1000 });
const readOptions = { maxSegmentBytes: 6 * 1024 * 1024 };
const cold = await repeat(10, async () => {
  const t0 = performance.now();
  const result = await queryIncidents(big, query, readOptions);
  if (result.incidents.length !== 1000) throw new Error(`got ${result.incidents.length}`);
  return performance.now() - t0;
});
const cache: SegmentCache = new Map();
await queryIncidents(big, query, { ...readOptions, cache });
const warm = await repeat(10, async () => {
  const t0 = performance.now();
  await queryIncidents(big, query, { ...readOptions, cache });
  return performance.now() - t0;
});
const segmentsRead = (await queryIncidents(big, query, readOptions)).segmentsRead;

// 3. A support bundle with a 10 MB log.
const dataDir = path.join(root, 'bundle');
await mkdir(path.join(dataDir, 'logs'), { recursive: true });
const logFile = path.join(dataDir, 'logs', 'core.log');
const handle = await openFile(logFile, 'w');
let logBytes = 0;
for (let i = 0; logBytes < 10 * 1024 * 1024; i++) {
  const line = `2026-11-27T08:${String(i % 60).padStart(2, '0')}:00.000Z [4242] network endpoint etax: connect 10.0.0.${i % 255}:443 took ${i % 900} ms${i % 500 === 0 ? ' password=hunter2' : ''}\n`;
  await handle.write(line);
  logBytes += line.length;
}
await handle.close();
const policy = defaultPolicy();
const snapshot = composeSnapshot({
  checks: [reading],
  faults: [fault],
  policy: { source: 'default' as const, issues: [] },
  simulated: false,
  updatedAt: new Date().toISOString(),
  invoicing: { mode: 'tax-device', because: 'policy' },
});
const bundles = await repeat(5, async (i) => {
  const t0 = performance.now();
  const collected = await collectBundle({
    t: createTranslator('zh-CN'),
    snapshot,
    policy,
    policyStatus: { source: 'default', issues: [] },
    host: gatherHostFacts('bench'),
    incidents: [],
    events: [],
    logFiles: [logFile],
    now: Date.now(),
  });
  await writeZip(path.join(dataDir, `bundle-${i}.zip`), collected.files);
  return performance.now() - t0;
});
await rm(root, { recursive: true, force: true });

recordFigure({
  id: 'journal.append',
  title: 'Journal: append one record, acknowledged after write + fdatasync (2,000 in a row)',
  unit: 'ms',
  samples: appends,
  target: { statistic: 'p99', comparison: '<=', value: 5, note: 'issue 12' },
});
recordFigure({
  id: 'journal.append.disk-floor',
  title: 'Journal: a bare write + fdatasync of the same size on the same disk (the floor)',
  unit: 'ms',
  samples: floor,
});
recordFigure({
  id: 'journal.open-last-1000',
  title: 'Journal: open the last 1,000 of 100,000 incidents (cold: every segment read from disk)',
  unit: 'ms',
  samples: cold,
  target: { statistic: 'median', comparison: '<=', value: 100, note: 'issue 12' },
  context: { segmentsRead },
});
recordFigure({
  id: 'journal.open-last-1000.cached',
  title: 'Journal: the same with closed segments cached (the History view paging)',
  unit: 'ms',
  samples: warm,
});
recordFigure({
  id: 'support.bundle',
  title: 'Support bundle with a 10 MB log (collect, redact, zip, fsync)',
  unit: 'ms',
  samples: bundles,
  target: { statistic: 'median', comparison: '<=', value: 2000, note: 'issue 12' },
  context: { logMiB: logBytes / 1024 / 1024 },
});
