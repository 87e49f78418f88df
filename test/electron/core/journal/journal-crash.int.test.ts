import { fork, type ChildProcess } from 'node:child_process';
import { appendFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createProtocolClient, type ProtocolClient } from '../../../../shared/protocol/client';
import { nodeIpcTransport } from '../../../../electron/core/process/node-ipc-transport';
import { parseSegment } from '../../../../electron/core/journal/read-segment';

const childPath = path.resolve('test/support/journal-core-child.ts');
const children: ChildProcess[] = [];
let dataDir: string;

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

interface Running {
  child: ChildProcess;
  client: ProtocolClient;
  exited: Promise<void>;
}

function start(): Running {
  const child = fork(childPath, [dataDir], {
    execArgv: ['--import', 'tsx'],
    serialization: 'json',
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    timeout: 120_000,
    killSignal: 'SIGKILL',
  });
  children.push(child);
  const client = createProtocolClient(nodeIpcTransport(child), { timeoutMs: 30_000 });
  const exited = new Promise<void>((resolve) => child.once('exit', () => (client.close('core exited'), resolve())));
  child.on('error', () => {});
  return { child, client, exited };
}

/** The open incident once the child's first checks ran (asked again until it is there, a bounded number of times). */
async function openIncident(client: ProtocolClient): Promise<string> {
  for (let i = 0; i < 200; i++) {
    await client.request('runChecks', {});
    const [open] = (await client.request('listIncidents', { status: 'open' })).incidents;
    if (open) return open.id;
  }
  throw new Error('no incident opened');
}

/** Every note text on disk, straight from the segment files. */
async function notesOnDisk(): Promise<{ texts: string[]; skipped: number; torn: boolean }> {
  const folder = path.join(dataDir, 'journal');
  const texts: string[] = [];
  let skipped = 0;
  let torn = false;
  for (const name of (await readdir(folder)).filter((n) => n.endsWith('.jsonl')).sort()) {
    const content = parseSegment(await readFile(path.join(folder, name)));
    skipped += content.skipped;
    torn ||= content.torn;
    for (const r of content.records) if (r.type === 'incident.note') texts.push(r.text);
  }
  return { texts, skipped, torn };
}

describe('the journal survives kill -9 of the core (a real child process)', () => {
  it('keeps every acknowledged record; a torn last record is reported and skipped', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ig-journal-crash-'));
    const first = start();
    const incident = await openIncident(first.client);

    // Eight writers add notes as fast as the core acknowledges them; the core is killed mid-stream.
    const acked: string[] = [];
    let next = 0;
    let killed = false;
    const writer = async (): Promise<void> => {
      while (!killed) {
        const text = `note ${next++}`;
        try {
          const result = await first.client.request('addIncidentNote', { id: incident, text });
          if (result.saved) acked.push(text);
          if (acked.length >= 2500 && !killed) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        } catch {
          return; // the core is gone: this request was never acknowledged
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, writer));
    await first.exited;
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acked.length).toBeGreaterThanOrEqual(2500);

    const onDisk = await notesOnDisk();
    const present = new Set(onDisk.texts);
    expect(acked.filter((t) => !present.has(t))).toEqual([]);
    expect(new Set(onDisk.texts).size).toBe(onDisk.texts.length);

    // The restarted core opens the same journal, notes the unclean end, and goes on writing.
    const second = start();
    const overview = await second.client.request('getIncidentOverview', {});
    expect(overview.status.mode).toBe('writing');
    expect(overview.open.map((i) => i.id)).toEqual([incident]);
    const after = await second.client.request('addIncidentNote', { id: incident, text: 'after the restart' });
    expect(after.saved).toBe(true);
    second.child.kill('SIGKILL');
    await second.exited;

    // What a power cut mid-write leaves: half a record at the end of the newest segment.
    const folder = path.join(dataDir, 'journal');
    const newest = (await readdir(folder))
      .filter((n) => n.endsWith('.jsonl'))
      .sort()
      .at(-1) as string;
    await appendFile(
      path.join(folder, newest),
      '{"v":1,"seq":999999,"at":"2026-11-27T08:00:00.000Z","type":"incident.no',
    );
    const third = start();
    const status = (await third.client.request('getIncidentOverview', {})).status;
    expect(status).toMatchObject({ mode: 'writing', tornAtOpen: true });
    expect(status.skippedAtOpen).toBeGreaterThanOrEqual(1);
    const list = await third.client.request('listIncidents', {});
    expect(list.skipped).toBeGreaterThanOrEqual(1);
    expect(list.incidents.map((i) => i.id)).toContain(incident);
    const final = await notesOnDisk();
    const finalSet = new Set(final.texts);
    expect([...acked, 'after the restart'].filter((t) => !finalSet.has(t))).toEqual([]);
    expect(final.torn).toBe(true);
    third.child.kill('SIGKILL');
    await third.exited;
  });
});
