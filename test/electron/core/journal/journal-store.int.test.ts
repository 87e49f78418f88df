import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  openJournalStore,
  type JournalStore,
  type JournalStoreOptions,
} from '../../../../electron/core/journal/journal-store';
import { queryIncidents } from '../../../../electron/core/journal/journal-query';
import { parseSegmentName } from '../../../../electron/core/journal/segment-names';
import { incidentQuerySchema } from '../../../../shared/journal/incident-query';
import type { NewRecord } from '../../../../shared/journal/record-schema';
import { canMountTmpfs, mountTmpfs } from '../../../support/tmpfs';

let folder: string;
const stores: JournalStore[] = [];
const tmpfsOk = canMountTmpfs();

beforeEach(async () => {
  folder = path.join(await mkdtemp(path.join(os.tmpdir(), 'ig-journal-store-')), 'journal');
});
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await rm(path.dirname(folder), { recursive: true, force: true });
});

function open(options: Partial<JournalStoreOptions> = {}): JournalStore {
  const store = openJournalStore({
    folder,
    segmentBytes: 1024 * 1024,
    maxTotalBytes: 64 * 1024 * 1024,
    retentionMs: 365 * 86_400_000,
    ...options,
  });
  stores.push(store);
  return store;
}

async function close(store: JournalStore): Promise<void> {
  await store.close();
  stores.splice(stores.indexOf(store), 1);
}

const opened = (seq: number, faultId = 'tax-device.missing'): NewRecord => ({
  type: 'incident.opened',
  incident: `i${seq}`,
  fault: {
    id: faultId,
    category: 'hardware',
    severity: 'critical',
    guide: faultId,
    checkIds: ['usb.tax-device'],
    since: new Date().toISOString(),
  },
  readings: [],
  usb: [],
});
const note = (incident: string, text: string): NewRecord => ({ type: 'incident.note', incident, text });

async function all(dir = folder) {
  return queryIncidents(dir, incidentQuerySchema.parse({ limit: 1000 }), { maxSegmentBytes: 8 * 1024 * 1024 });
}

describe('the journal store', () => {
  it('keeps every acknowledged record across a reopen, in order', async () => {
    const first = open();
    const start = await first.append((seq) => opened(seq));
    const acked = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        first.append(note(start.type === 'incident.opened' ? start.incident : '', `n${i}`)),
      ),
    );
    expect(acked.map((r) => r.seq)).toEqual([...acked.map((r) => r.seq)].sort((a, b) => a - b));
    expect(first.status().mode).toBe('writing');
    await close(first);
    const second = open();
    const state = await second.opened;
    expect(state.open.map((i) => i.notes.length)).toEqual([50]);
    const next = await second.append(note(state.open[0]!.id, 'after reopen'));
    expect(next.seq).toBeGreaterThan(acked.at(-1)!.seq);
    const { incidents } = await all();
    expect(incidents[0]!.notes.map((n) => n.text)).toEqual([...acked.map((_, i) => `n${i}`), 'after reopen']);
  });

  it('skips a torn last record with a warning, never failing to start, and writes on in a new segment', async () => {
    const first = open();
    const start = await first.append((seq) => opened(seq));
    await first.append(note((start as { incident: string }).incident, 'kept'));
    await close(first);
    const [segment] = (await readdir(folder)).filter((n) => n.endsWith('.jsonl'));
    // What a power cut in the middle of a write leaves: half a line, no newline.
    await appendFile(path.join(folder, segment!), '{"v":1,"seq":99,"at":"2026-11-27T08:00:0');
    const lines: string[] = [];
    const second = open({ log: (l) => lines.push(l) });
    const state = await second.opened;
    expect(state).toMatchObject({ torn: true, skipped: 1 });
    expect(second.status()).toMatchObject({ mode: 'writing', tornAtOpen: true, skippedAtOpen: 1 });
    expect(lines.join('\n')).toMatch(/skipped 1 unreadable line.*torn/);
    await second.append(note((start as { incident: string }).incident, 'after the cut'));
    expect((await readdir(folder)).filter((n) => n.endsWith('.jsonl'))).toHaveLength(2);
    const result = await all();
    expect(result.skipped).toBe(1);
    expect(result.incidents[0]!.notes.map((n) => n.text)).toEqual(['kept', 'after the cut']);
  });

  it('counts junk lines and reads every good record around them', async () => {
    const first = open();
    const start = (await first.append((seq) => opened(seq))) as { incident: string };
    await close(first);
    const [segment] = (await readdir(folder)).filter((n) => n.endsWith('.jsonl'));
    await appendFile(
      path.join(folder, segment!),
      'not json at all\n{"v":1,"type":"unknown.thing"}\n\u0000\u0001garbage\n',
    );
    const second = open();
    await second.opened;
    await second.append(note(start.incident, 'still here'));
    const result = await all();
    expect(result.skipped).toBe(3);
    expect(result.incidents[0]!.notes.map((n) => n.text)).toEqual(['still here']);
  });

  it('rotates by size into segments named by their first and last times, each starting with a checkpoint', async () => {
    const store = open({ segmentBytes: 4096 });
    const start = (await store.append((seq) => opened(seq))) as { incident: string };
    for (let i = 0; i < 200; i++) await store.append(note(start.incident, `note ${i} ${'x'.repeat(40)}`));
    const names = (await readdir(folder)).filter((n) => n.endsWith('.jsonl')).sort();
    expect(names.length).toBeGreaterThan(3);
    const parsed = names.map(parseSegmentName);
    expect(parsed.slice(0, -1).every((s) => s?.lastAt !== undefined)).toBe(true);
    expect(parsed.at(-1)?.lastAt).toBeUndefined();
    for (const name of names) {
      const first = JSON.parse((await readFile(path.join(folder, name), 'utf8')).split('\n')[0]!);
      expect(first.type).toBe('journal.checkpoint');
    }
    const result = await all();
    expect(result.incidents[0]!.notes).toHaveLength(200);
  });

  it('deletes the oldest segments past the size budget and the retention age, keeping open incidents', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const store = open({ segmentBytes: 4096, maxTotalBytes: 16 * 1024, retentionMs: 30 * 86_400_000, now: () => now });
    const start = (await store.append((seq) => opened(seq))) as { incident: string };
    await store.append(note(start.incident, 'the one that stays open'));
    // Many short incidents that open and close: the journal fills, the checkpoints stay small.
    const churn = async (count: number): Promise<void> => {
      for (let i = 0; i < count; i++) {
        const o = (await store.append((seq) => opened(seq, 'disk.low-space'))) as { incident: string };
        await store.append({ type: 'incident.closed', incident: o.incident, how: 'cleared', readings: [], usb: [] });
      }
    };
    await churn(150);
    const size = async (): Promise<number> => {
      const names = (await readdir(folder)).filter((n) => n.endsWith('.jsonl'));
      const sizes = await Promise.all(names.map(async (n) => (await readFile(path.join(folder, n))).length));
      return sizes.reduce((a, b) => a + b, 0);
    };
    expect(await size()).toBeLessThanOrEqual(16 * 1024 + 2 * 4096);
    now += 60 * 86_400_000;
    await churn(20);
    const names = (await readdir(folder)).filter((n) => n.endsWith('.jsonl'));
    expect(names.map(parseSegmentName).every((s) => (s?.lastAt ?? now) >= now - 30 * 86_400_000)).toBe(true);
    // The incident opened in a deleted segment lives on in the checkpoints, with its note.
    const result = await all();
    const kept = result.incidents.find((i) => i.id === start.incident);
    expect(kept).toMatchObject({ status: 'open', notes: [{ text: 'the one that stays open' }] });
  });

  it('lets one writer at a time write a folder; a second only reads, and takes over once the first is gone', async () => {
    const first = open();
    await first.opened;
    const second = open();
    await second.opened;
    expect(second.status()).toMatchObject({ mode: 'read-only', error: { key: 'journal.error.locked' } });
    await expect(second.append(opened(1))).rejects.toMatchObject({ reason: { key: 'journal.error.locked' } });
    await close(first);
    await second.append((seq) => opened(seq));
    expect(second.status().mode).toBe('writing');
  });

  it('takes over the lock of a writer that was killed', async () => {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'journal.lock'), '999999999\n');
    const store = open();
    await store.append((seq) => opened(seq));
    expect(store.status().mode).toBe('writing');
  });
});

describe.skipIf(!tmpfsOk)('the journal store on a disk that refuses (a real small tmpfs)', () => {
  it('on a full disk: rejects the append with a clear reason, keeps every earlier record, and resumes once there is space', async () => {
    const disk = mountTmpfs(256);
    try {
      folder = path.join(disk.dir, 'journal');
      const store = open();
      const start = (await store.append((seq) => opened(seq))) as { incident: string };
      const kept: string[] = [];
      for (let i = 0; i < 20; i++) {
        await store.append(note(start.incident, `kept ${i}`));
        kept.push(`kept ${i}`);
      }
      // Fill the disk with something else, then try to write.
      await writeFile(path.join(disk.dir, 'filler'), Buffer.alloc(1)).catch(() => {});
      let filled = 0;
      for (;;) {
        try {
          await appendFile(path.join(disk.dir, 'filler'), Buffer.alloc(4096));
          filled++;
        } catch {
          break;
        }
      }
      expect(filled).toBeGreaterThan(0);
      // The segment's last page may still take a note or two; the disk refuses soon after.
      let refused: unknown;
      for (let i = 0; i < 100 && !refused; i++) {
        const text = `more ${i} ${'x'.repeat(1500)}`;
        await store.append(note(start.incident, text)).then(
          () => kept.push(text),
          (error: unknown) => (refused = error),
        );
      }
      expect(refused).toMatchObject({ reason: { key: 'journal.error.diskFull' } });
      expect(store.status()).toMatchObject({ mode: 'failing', error: { key: 'journal.error.diskFull' } });
      let result = await all();
      expect(result.skipped).toBe(0);
      expect(result.incidents[0]!.notes.map((n) => n.text)).toEqual(kept);
      await rm(path.join(disk.dir, 'filler'));
      await store.append(note(start.incident, 'after space was freed'));
      expect(store.status().mode).toBe('writing');
      result = await all();
      expect(result.incidents[0]!.notes.map((n) => n.text)).toEqual([...kept, 'after space was freed']);
      await close(store);
    } finally {
      disk.unmount();
    }
  });

  it('on a read-only disk: opens failing with the reason, refuses appends, reads what is there', async () => {
    const disk = mountTmpfs(1024);
    try {
      folder = path.join(disk.dir, 'journal');
      const writer = open();
      await writer.append((seq) => opened(seq));
      await close(writer);
      disk.remount({ readOnly: true });
      const store = open();
      await store.opened;
      expect(store.status()).toMatchObject({ mode: 'failing', error: { key: 'journal.error.readOnly' } });
      await expect(store.append(opened(5))).rejects.toMatchObject({ reason: { key: 'journal.error.readOnly' } });
      expect((await all()).incidents).toHaveLength(1);
      disk.remount({ readOnly: false });
      await store.append((seq) => opened(seq, 'disk.low-space'));
      expect(store.status().mode).toBe('writing');
      expect((await all()).incidents).toHaveLength(2);
      await close(store);
    } finally {
      disk.unmount();
    }
  });
});
