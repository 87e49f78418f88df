import type { PrintJob, PrinterQueue, PrinterRead } from './printer-model';

// Parses `LANG=C lpstat -d -l -p -a -o` (CUPS 2.x). The C locale keeps the keywords and dates
// stable; queue names and status messages come through as the UTF-8 bytes CUPS stores.

const detailKeys = new Set([
  'Alerts',
  'Form mounted',
  'Content types',
  'Printer types',
  'Description',
  'Location',
  'Connection',
  'Interface',
  'On fault',
  'After fault',
  'Users allowed',
  'Users denied',
  'Forms allowed',
  'Banner required',
  'Charset sets',
  'Default pitch',
  'Default page size',
  'Default port settings',
  'Rejecting Jobs',
]);

// printer-state-reasons that mean the device cannot be reached.
const offlineReasons = /^(offline|offline-report|connecting-to-device|timed-out|shutdown|not-available)(-|$)/;
// What backends write when they cannot reach the device (socket, usb, ipp, lpd backends, C locale).
const offlineMessage =
  /may not exist or is unavailable|waiting for printer to become available|unable to (connect|locate|open)|printer not connected|not responding|is offline|printer is busy|connection refused|no route to host/i;
// printer-state-reasons that are hardware errors the user can fix at the printer.
const errorReasons =
  /^(media-jam|media-empty|media-needed|door-open|cover-open|input-tray-missing|output-area-full|marker-supply-empty|toner-empty|paper-jam|other)(-error)?$|-error$/;

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Fri Nov 27 23:26:22 2026` (C-locale %c, local time) to ms; other shapes through Date.parse; else null. */
export function parseCupsTime(text: string): number | null {
  const m = /^\w{3} (\w{3}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/.exec(text.trim());
  if (m) {
    const month = months.indexOf(m[1] ?? '');
    if (month >= 0)
      return new Date(Number(m[6]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])).getTime();
  }
  const parsed = Date.parse(text);
  return Number.isFinite(parsed) ? parsed : null;
}

interface Block {
  queue: PrinterQueue;
  reasons: string[];
}

/**
 * Turns lpstat's output and exit status into the printer state, or says why it cannot: CUPS not
 * running, or output that is not lpstat's (garbage). Never throws.
 */
export function parseLpstat(stdout: string, stderr: string, exitCode: number): PrinterRead {
  const err = stderr.trim();
  if (/scheduler is not running|unable to connect to server|connection refused|bad file descriptor/i.test(err))
    return { ok: false, problem: 'service-down', reason: firstLine(err) };
  const noDestinations = /no destinations added/i.test(err);
  if (exitCode !== 0 && !noDestinations && !stdout.trim())
    return { ok: false, problem: 'unreadable', reason: firstLine(err) || `lpstat exit code ${exitCode}` };

  const printers: PrinterQueue[] = [];
  const jobs: PrintJob[] = [];
  const accepting = new Map<string, boolean>();
  let defaultName: string | null = null;
  let block: Block | undefined;
  let recognized = 0;
  let unrecognized = 0;

  const closeBlock = (): void => {
    if (!block) return;
    const { queue, reasons } = block;
    queue.paused ||= reasons.includes('paused');
    queue.offline = reasons.some((r) => offlineReasons.test(r)) || offlineMessage.test(queue.message);
    const error = reasons.find((r) => errorReasons.test(r));
    queue.error = error ?? null;
    printers.push(queue);
    block = undefined;
  };

  for (const raw of stdout.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) continue;
    if (line.startsWith('\t') || line.startsWith(' ')) {
      if (!block) continue; // details of a job or an accept line: not needed
      if (line.startsWith('\t\t')) continue;
      const text = line.trim();
      const key = /^([A-Za-z][A-Za-z ]*):/.exec(text)?.[1];
      if (key && detailKeys.has(key)) {
        if (key === 'Alerts')
          block.reasons = text
            .slice('Alerts:'.length)
            .trim()
            .split(/\s+/)
            .filter((r) => r && r !== 'none');
      } else if (!block.queue.message) block.queue.message = text.slice(0, 500);
      continue;
    }
    closeBlock();
    let m: RegExpExecArray | null;
    if ((m = /^system default destination: (\S+)/.exec(line))) {
      defaultName = m[1] ?? null;
      recognized++;
    } else if (/^no system default destination/.test(line)) {
      recognized++;
    } else if ((m = /^printer (\S+) (?:(is idle)\.|now printing (\S+?)\.|(disabled))\s/.exec(line))) {
      recognized++;
      block = {
        queue: {
          name: m[1] ?? '',
          paused: m[4] === 'disabled',
          accepting: null,
          offline: false,
          error: null,
          printing: m[3] !== undefined,
          message: '',
        },
        reasons: [],
      };
    } else if ((m = /^(\S+) (not )?accepting requests since/.exec(line))) {
      recognized++;
      accepting.set(m[1] ?? '', m[2] === undefined);
    } else if ((m = /^(\S+)-(\d+)\s+(\S*)\s+(\d+)\s+(.+)$/.exec(line))) {
      recognized++;
      jobs.push({ id: `${m[1]}-${m[2]}`, printer: m[1] ?? '', submittedAt: parseCupsTime(m[5] ?? '') });
    } else unrecognized++;
  }
  closeBlock();
  // Output with lines but nothing lpstat would print is garbage (a wrapper script, a wrong binary).
  if (recognized === 0 && unrecognized > 0)
    return { ok: false, problem: 'unreadable', reason: `unexpected lpstat output (${unrecognized} lines)` };
  for (const queue of printers) queue.accepting = accepting.get(queue.name) ?? null;
  return { ok: true, state: { printers, defaultName, jobs } };
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').trim().slice(0, 300);
}
