import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cupsSource } from '../../../../../electron/core/areas/printer/cups-source';
import { evaluateQueue } from '../../../../../electron/core/areas/printer/evaluate-queue';
import { printerArea } from '../../../../../electron/core/areas/printer/printer-area';
import type { PrinterSource } from '../../../../../electron/core/areas/printer/printer-model';
import { printersPolicySchema, type PrintersPolicy } from '../../../../../shared/policy/printers-policy';
import { privateCupsdUnavailable, startPrivateCupsd, type PrivateCupsd } from '../../../../support/cups/private-cupsd';
import { startInProcessCore } from '../../../../support/in-process-core';

// A real CUPS scheduler (cupsd from Debian) started by this test on a private Unix socket, with
// queues backed by file and socket devices. The socket devices point at loopback only.

const policy = (p: Partial<PrintersPolicy> = {}): PrintersPolicy => printersPolicySchema.parse(p);
const halfHourLater = (): number => Date.now() + 30 * 60_000;

let cups: PrivateCupsd;
let source: PrinterSource;
let holdingServer: net.Server; // accepts the job and never closes: the socket backend waits forever
const heldSockets = new Set<net.Socket>();
let closedPort: number; // nothing listens: the printer is "offline"

async function read(p: Partial<PrintersPolicy>, now = Date.now()) {
  return evaluateQueue(await source(new AbortController().signal), policy(p), now);
}

async function eventually<T>(probe: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const until = Date.now() + 20_000;
  let value = await probe();
  while (!ok(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 200));
    value = await probe();
  }
  return value;
}

const noCupsd = privateCupsdUnavailable();
describe.skipIf(noCupsd !== undefined)(
  `printer.queue against a real CUPS server${noCupsd ? ` (skipped: ${noCupsd})` : ''}`,
  () => {
    beforeAll(async () => {
      // allowHalfOpen: answering the backend's end-of-data with our own close would let the job finish.
      holdingServer = net.createServer({ allowHalfOpen: true }, (s) => {
        heldSockets.add(s);
        s.on('close', () => heldSockets.delete(s));
        s.resume();
      });
      await new Promise<void>((r) => holdingServer.listen(0, '127.0.0.1', r));
      const probe = net.createServer();
      await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
      closedPort = (probe.address() as net.AddressInfo).port;
      await new Promise((r) => probe.close(r));

      cups = await startPrivateCupsd();
      source = cupsSource({ env: cups.env });
      const holdPort = (holdingServer.address() as net.AddressInfo).port;
      // Raw queues are deprecated in CUPS 2.4 but still work, and need no driver.
      await cups.admin('lpadmin', ['-p', 'Invoice-DS1100', '-E', '-v', 'file:///dev/null', '-m', 'raw']);
      await cups.admin('lpadmin', ['-p', '发票打印机', '-E', '-v', 'file:///dev/null', '-m', 'raw']);
      await cups.admin('lpadmin', ['-p', 'Paused', '-E', '-v', 'file:///dev/null', '-m', 'raw']);
      await cups.admin('cupsdisable', ['-r', 'paper jam', 'Paused']);
      await cups.admin('lpadmin', ['-p', 'Rejecting', '-E', '-v', 'file:///dev/null', '-m', 'raw']);
      await cups.admin('cupsreject', ['-r', 'maintenance', 'Rejecting']);
      await cups.admin('lpadmin', ['-p', 'Busy', '-E', '-v', `socket://127.0.0.1:${holdPort}`, '-m', 'raw']);
      await cups.admin('lpadmin', ['-p', 'Unplugged', '-E', '-v', `socket://127.0.0.1:${closedPort}`, '-m', 'raw']);
      await cups.admin('lp', ['-d', 'Busy', '-t', 'invoice 00012345', '/etc/hostname']);
      await cups.admin('lp', ['-d', 'Unplugged', '-t', 'invoice 00012346', '/etc/hostname']);
    }, 60_000);

    afterAll(async () => {
      await cups?.stop();
      heldSockets.forEach((s) => s.destroy());
      await new Promise((r) => holdingServer?.close(r));
    });

    it('with no default printer and none named in the policy, says no default is set', async () => {
      const outcome = await read({});
      expect(outcome.status).toBe('warning');
      expect(outcome.details).toMatchObject({ problems: ['no-default'] });
    });

    it('reads an idle queue named by exact name as ready', async () => {
      const outcome = await read({ invoicePrinter: 'invoice-ds1100' });
      expect(outcome).toMatchObject({ status: 'ok', summary: { key: 'check.printer.queue.ok' } });
      expect(outcome.details).toMatchObject({
        printer: 'Invoice-DS1100',
        paused: false,
        accepting: true,
        offline: false,
      });
    });

    it('finds the invoice printer by pattern and keeps a Chinese queue name intact', async () => {
      expect((await read({ invoicePrinter: '*DS1100*' })).details).toMatchObject({ printer: 'Invoice-DS1100' });
      expect((await read({ invoicePrinter: '发票*' })).details).toMatchObject({ printer: '发票打印机', problems: [] });
    });

    it('uses the default printer when the policy names none', async () => {
      await cups.admin('lpadmin', ['-d', '发票打印机']);
      const outcome = await read({});
      expect(outcome.status).toBe('ok');
      expect(outcome.details).toMatchObject({ printer: '发票打印机', isDefault: true, defaultPrinter: '发票打印机' });
    });

    it('reports a disabled (paused) queue as paused, unlike systeminformation', async () => {
      const outcome = await read({ invoicePrinter: 'Paused' });
      expect(outcome).toMatchObject({ status: 'fault', summary: { key: 'check.printer.queue.paused' } });
      expect(outcome.details).toMatchObject({ paused: true, message: 'paper jam', problems: ['paused'] });
    });

    it('reports a queue that rejects jobs as paused (refusing new jobs)', async () => {
      const outcome = await read({ invoicePrinter: 'Rejecting' });
      expect(outcome).toMatchObject({ status: 'fault', summary: { key: 'check.printer.queue.rejecting' } });
      expect(outcome.details).toMatchObject({ accepting: false, problems: ['paused'] });
    });

    it('flags a job that has been waiting longer than the policy allows as stuck', async () => {
      const fresh = await eventually(
        () => read({ invoicePrinter: 'Busy' }),
        (o) => o.details?.jobs === 1,
      );
      expect(fresh.status).toBe('ok'); // just submitted: printing, not stuck
      const later = await read({ invoicePrinter: 'Busy', stuckJobMinutes: 10 }, halfHourLater());
      expect(later).toMatchObject({ status: 'warning', summary: { key: 'check.printer.queue.jobsStuck' } });
      expect(later.details).toMatchObject({ printing: true, problems: ['jobs-stuck'], oldestStuckMinutes: 30 });
    });

    it('reports a printer whose device does not answer as offline', async () => {
      const outcome = await eventually(
        () => read({ invoicePrinter: 'Unplugged' }),
        (o) => o.details?.offline === true,
      );
      expect(outcome).toMatchObject({ status: 'fault', summary: { key: 'check.printer.queue.offline' } });
    });

    it('raises printer.paused and printer.jobs-stuck faults through the running core', async () => {
      await cups.admin('cupsdisable', ['Busy']);
      const running = startInProcessCore(
        [printerArea({ source, now: halfHourLater })],
        { printers: { invoicePrinter: 'Busy' } },
        { start: false },
      );
      try {
        const snapshot = await running.client.request('runChecks', { ids: ['printer.queue'] });
        expect(snapshot.faults.map((f) => f.id).sort()).toEqual(['printer.jobs-stuck', 'printer.paused']);
        expect(snapshot.faults.find((f) => f.id === 'printer.paused')).toMatchObject({
          category: 'software',
          guide: 'printer.paused',
        });
      } finally {
        await running.stop();
        await cups.admin('cupsenable', ['Busy']);
      }
    });

    it('says the invoice printer is gone once its queue is deleted', async () => {
      await cups.admin('lpadmin', ['-x', 'Invoice-DS1100']);
      const outcome = await read({ invoicePrinter: 'Invoice-DS1100' });
      expect(outcome).toMatchObject({ status: 'fault', summary: { key: 'check.printer.queue.notFound' } });
      expect(outcome.details).toMatchObject({ problems: ['not-found'] });
    });

    it('with every queue deleted, says no printer is installed', async () => {
      for (const name of ['发票打印机', 'Paused', 'Rejecting', 'Busy', 'Unplugged'])
        await cups.admin('lpadmin', ['-x', name]);
      const outcome = await read({});
      expect(outcome).toMatchObject({ status: 'fault', summary: { key: 'check.printer.queue.noPrinters' } });
    });

    it('reads unknown with the reason when the CUPS scheduler is not running', async () => {
      const stopped = cupsSource({ env: { ...cups.env, CUPS_SERVER: `${cups.dir}/no-such.sock` } });
      const outcome = evaluateQueue(await stopped(new AbortController().signal), policy({}), Date.now());
      expect(outcome).toMatchObject({ status: 'unknown', summary: { key: 'check.printer.queue.serviceDown' } });
    });

    it('reads unknown and names the package to install when lpstat is missing', async () => {
      const missing = cupsSource({ env: { ...cups.env, PATH: '/nonexistent' } });
      const outcome = evaluateQueue(await missing(new AbortController().signal), policy({}), Date.now());
      expect(outcome).toMatchObject({ status: 'unknown', summary: { key: 'check.printer.queue.toolMissing' } });
      expect(outcome.details?.install).toContain('cups-client');
    });
  },
);
