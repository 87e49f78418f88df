import { execFile } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { startJournalCore, type JournalCore } from './journal-core';
import { coreLogPath } from '../../electron/core/log/core-log';

const run = promisify(execFile);

/** Secrets planted in the policy, the readings, a note and the log: none may be in the bundle. */
export const planted = [
  'PLANTED-WEBHOOK-TOKEN-1',
  'PLANTED-QUERY-TOKEN-2',
  'PLANTED-READING-PASSWORD-3',
  'PLANTED-URL-PASS-4',
  'PLANTED-NOTE-PIN-5',
  'PLANTED-LOG-PASSWORD-6',
  'PLANTEDBEARERTOKEN7777',
  '91310000MA1FL0XX8X',
  '86421357',
];

/** A data folder with a journal holding one incident, a log with secrets, and a core to bundle it. */
export async function bundleFixture(dataDir: string): Promise<JournalCore> {
  await mkdir(path.dirname(coreLogPath(dataDir)), { recursive: true });
  await writeFile(
    coreLogPath(dataDir),
    [
      '2026-11-27T08:00:00.000Z [1] network: proxy login password=PLANTED-LOG-PASSWORD-6 refused',
      '2026-11-27T08:00:01.000Z [1] webhook: Authorization: Bearer PLANTEDBEARERTOKEN7777',
      '2026-11-27T08:00:02.000Z [1] ukey: PIN 86421357 rejected',
      '2026-11-27T08:00:03.000Z [1] 纳税人识别号 91310000MA1FL0XX8X 上传失败',
      '2026-11-27T08:00:04.000Z [1] rule disk.space ok',
      '',
    ].join('\n'),
  );
  const c = await startJournalCore({
    dataDir,
    policy: {
      support: {
        it: { name: '财务 IT', mail: 'it@example.com', phone: '010-8888 6666' },
        webhook: { url: 'http://127.0.0.1:9/hook?token=PLANTED-QUERY-TOKEN-2', token: 'PLANTED-WEBHOOK-TOKEN-1' },
        redact: ['纳税人识别号\\s*[0-9A-Z]{15,20}'],
      },
    },
  });
  await c.client.request('runChecks', {});
  c.board.set('usb.tax-device', 'fault', {
    proxyPassword: 'PLANTED-READING-PASSWORD-3',
    endpoint: 'https://user:PLANTED-URL-PASS-4@tax.example/x',
  });
  await c.client.request('runChecks', { ids: ['usb.tax-device'] });
  await c.journal.settled();
  const [open] = (await c.client.request('listIncidents', { status: 'open' })).incidents;
  await c.client.request('addIncidentNote', { id: open!.id, text: '试了证书口令：PLANTED-NOTE-PIN-5，还是不行' });
  await c.client.request('explainCode', { text: '0x0963c2' });
  await c.journal.settled();
  return c;
}

/** Unzips with Info-ZIP's unzip (an independent tool) and returns every file's path and text. */
export async function unzip(file: string, into: string): Promise<Map<string, string>> {
  await run('unzip', ['-q', '-o', file, '-d', into], { timeout: 30_000, killSignal: 'SIGKILL' });
  const files = new Map<string, string>();
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else files.set(path.relative(into, full).split(path.sep).join('/'), await readFile(full, 'utf8'));
    }
  };
  await walk(into);
  return files;
}
