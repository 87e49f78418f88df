import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../../shared/i18n/catalog';
import { createTranslator } from '../../../shared/i18n/translator';
import type { Snapshot } from '../../../shared/model/snapshot';
import type { Message } from '../../../shared/model/reading';
import { play, workstations } from '../../support/reading-corpus';
import { textProblems } from '../../support/rendered-text';
import { checkDisplayName } from '../../../shared/i18n/check-name';
import { fakeReading, fakeSnapshot } from '../../support/fake-snapshot';

/** Parameters that carry names and codes people recognise (a path, a host, a device, a zone): ASCII is fine there. */
const nameParams = new Set([
  'path',
  'host',
  'port',
  'ports',
  'vidPid',
  'label',
  'name',
  'names',
  'printer',
  'zone',
  'expected',
  'offset',
  'expectedOffset',
  'server',
  'interfaces',
  'address',
  'os',
  'device',
  'pattern',
  'deadline',
  'start',
  'last',
  'where',
  // A file the backup could not copy or found damaged: a path.
  'first',
]);
/** Parameters holding what the OS or a tool said, in English: never on a Chinese screen. */
const rawParams = ['reason', 'install', 'error', 'message', 'problem', 'cause', 'method'];
/** Words Chinese screens use as they are: protocol and product names. */
const allowedWords = new Set(
  'USB UKey SMART DNS TCP TLS HTTP HTTPS IT CUPS SM2 ping Wi-Fi DHCP MB GB CA U SNTP NTP UTC PC IPv4 IPv6 Windows smartmontools RPO RTO'.split(
    ' ',
  ),
);

/**
 * Summaries that need time to pass (a replug within the debounce, flapping, network damping): the
 * probes' own unit tests reach them; here they are rendered with the parameters those probes pass.
 */
const timeDependent: Message[] = [
  { key: 'check.usb.reconnecting', params: { device: 'aisino-101d-0003', label: 'Aisino', seconds: 3 } },
  {
    key: 'check.usb.flapping',
    params: { device: 'aisino-101d-0003', label: 'Aisino', disconnects: 4, windowSeconds: 120 },
  },
  { key: 'check.network.confirming', params: { failures: 1, needed: 3, cause: 'timeout' } },
  { key: 'check.network.recovering', params: { successes: 1, needed: 2 } },
];

let snapshots: { name: string; snapshot: Snapshot }[] | undefined;
async function corpus(): Promise<{ name: string; snapshot: Snapshot }[]> {
  snapshots ??= await Promise.all(workstations.map(async (w) => ({ name: w.name, snapshot: await play(w) })));
  return snapshots;
}

function summaries(
  all: { name: string; snapshot: Snapshot }[],
): { where: string; message: Message; details?: Record<string, unknown> }[] {
  return [
    ...timeDependent.map((message) => ({ where: 'with time', message })),
    ...all.flatMap(({ name, snapshot }) => [
      ...snapshot.checks.map((c) => ({ where: `${name} / ${c.id}`, message: c.summary })),
      // Display names too: a target IT names in the policy must show by its label or host, not its id.
      ...snapshot.checks.map((c) => ({
        where: `${name} / ${c.id} name`,
        message: { key: '__name', params: { id: c.id, host: String(c.details.host ?? '') } },
        details: c.details,
      })),
      ...snapshot.faults.map((f) => ({ where: `${name} / fault`, message: { key: `fault.${f.id}.title` } })),
    ]),
  ];
}

describe('every summary a person can see, in both languages (the real probes on a corpus of workstations)', () => {
  it('is in both catalogs and fully rendered', async () => {
    expect(
      (await corpus()).flatMap(({ name, snapshot }) => textProblems(snapshot).map((p) => `${name}: ${p}`)),
    ).toEqual([]);
    const samples = fakeSnapshot({ checks: timeDependent.map((summary) => fakeReading({ summary })) });
    expect(textProblems(samples)).toEqual([]);
  });

  it('has no English system message, id or policy path on a Chinese screen', async () => {
    const t = createTranslator('zh-CN');
    const problems: string[] = [];
    for (const { where, message, details } of summaries(await corpus())) {
      let text =
        message.key === '__name' ? checkDisplayName(String(message.params?.id), t, details) : t.render(message);
      // Longest first, so a name inside a path (invoices in /srv/invoices) does not leave the rest behind.
      const names = Object.entries(message.params ?? {})
        .filter(([key, value]) => nameParams.has(key) && typeof value === 'string' && value)
        .map(([, value]) => String(value))
        .sort((a, b) => b.length - a.length);
      for (const value of names) text = text.split(value).join(' ');
      // A device's name comes from the device catalog (data, with its brand): a name, not a message.
      const device = message.params?.device;
      if (typeof device === 'string') text = text.split(t.t(`usb.device.${device}`, message.params)).join(' ');
      // Model numbers (DS-1100II, LQ-630K) are names too: a word with a digit in it passes.
      const words = (text.match(/[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z][A-Za-z0-9-]*)*/g) ?? []).filter(
        (w) => !allowedWords.has(w) && !/\d/.test(w),
      );
      if (words.length) problems.push(`${where}: "${text}" shows ${words.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('never puts what the OS said into a Chinese summary (it stays in details for IT)', () => {
    const zh = messagesFor('zh-CN');
    const offenders = Object.entries(zh)
      .filter(([key]) => key.startsWith('check.') || key.startsWith('network.verdict.'))
      // `$t(network.cause.{{cause}})` translates the word: only a bare {{cause}} would show it raw.
      .filter(([, text]) =>
        rawParams.some((p) =>
          String(text)
            .replace(/\$t\([^)]*\)/g, '')
            .includes(`{{${p}}}`),
        ),
      )
      .map(([key, text]) => `${key}: ${text}`);
    expect(offenders).toEqual([]);
  });

  it('reaches every check summary in the catalogs, so none goes unrendered here', async () => {
    const reached = new Set(summaries(await corpus()).map((s) => s.message.key));
    // Nested keys a summary reaches through $t(...) count as reached when a summary named them.
    // Reached by the monitor itself (a probe that hangs, throws or returns garbage) or the CLI's
    // deadline, not by a probe's source: fault-injection.test.ts and deadline.test.ts cover them.
    const monitorOnly = [
      'check.pending',
      'check.error.timeout',
      'check.error.exception',
      'check.error.invalidOutcome',
      'check.error.tooLarge',
      'check.deadline',
    ];
    const never = Object.keys(messagesFor('zh-CN')).filter(
      (key) => key.startsWith('check.') && !key.endsWith('.name') && !reached.has(key) && !monitorOnly.includes(key),
    );
    expect(never).toEqual([]);
  });
});
