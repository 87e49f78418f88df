import type { Translator } from '../i18n/translator';
import type { Snapshot } from '../model/snapshot';
import type { Incident } from '../journal/incident';
import { describeTimeZone, formatLocalTime } from '../journal/local-time';
import { checkDisplayName } from '../i18n/check-name';
import type { SystemSummary } from './system-summary';

export interface ReportInput {
  t: Translator;
  snapshot: Snapshot;
  incidents: readonly Incident[];
  /** The incident the user asked about, shown in full first. */
  focus?: Incident;
  system: SystemSummary;
  summary: { subject: string; body: string };
  files: readonly { name: string; bytes: number }[];
  generatedAt: number;
  timeZone?: string;
}

/**
 * The bundle's `report.html`: one self-contained page in the user's language that opens offline
 * in any browser. No script, no external resource (its own CSP says so), every value escaped.
 */
export function renderReportHtml(input: ReportInput): string {
  const { t, snapshot, system } = input;
  const time = (iso: string | undefined): string => (iso ? formatLocalTime(iso, input.timeZone) : '');
  const generated = new Date(input.generatedAt).toISOString();
  const sections = [
    `<h1>${esc(t.t('support.report.title'))}</h1>`,
    `<p class="meta">${esc(
      t.t('support.report.generated', {
        at: time(generated),
        zone: describeTimeZone(input.generatedAt, input.timeZone),
        version: system.host.versions.app,
      }),
    )}</p>`,
    snapshot.simulated ? `<p class="practice">${esc(t.t('support.body.simulated'))}</p>` : '',
    `<h2>${esc(t.t('support.report.summary'))}</h2>`,
    `<p><strong>${esc(input.summary.subject)}</strong></p><pre>${esc(input.summary.body)}</pre>`,
    input.focus ? incidentDetails(t, input.focus, time) : '',
    `<h2>${esc(t.t('support.report.checks'))}</h2>`,
    table(
      [
        t.t('support.report.col.status'),
        t.t('support.report.col.check'),
        t.t('support.report.col.result'),
        t.t('support.report.col.checkedAt'),
      ],
      snapshot.checks.map((c) => [
        { text: t.t(`status.${c.status}`), cls: `s-${c.status}` },
        { text: checkDisplayName(c.id, t) },
        { text: t.render(c.summary) },
        { text: time(c.checkedAt) },
      ]),
    ),
    `<h2>${esc(t.t('support.report.incidents', { count: input.incidents.length }))}</h2>`,
    input.incidents.length
      ? table(
          [
            t.t('journal.csv.openedAt'),
            t.t('journal.csv.closedAt'),
            t.t('journal.csv.title'),
            t.t('journal.csv.severity'),
            t.t('journal.csv.status'),
            t.t('journal.csv.codes'),
            t.t('journal.csv.notes'),
          ],
          input.incidents.map((i) => [
            { text: time(i.openedAt) },
            { text: time(i.closedAt) },
            { text: title(t, i.faultId) },
            { text: t.t(`severity.${i.severity}`), cls: `v-${i.severity}` },
            { text: t.t(`journal.status.${i.status}`) },
            { text: [...new Set(i.codes.map((c) => c.code ?? c.text))].join(', ') },
            { text: i.notes.map((n) => n.text).join(' / ') },
          ]),
        )
      : `<p>${esc(t.t('support.report.noIncidents'))}</p>`,
    `<h2>${esc(t.t('support.report.system'))}</h2>`,
    table(
      [t.t('support.report.col.item'), t.t('support.report.col.value')],
      [
        [
          { text: t.t('support.report.os') },
          { text: `${system.host.platform} ${system.host.release} (${system.host.osVersion}, ${system.host.arch})` },
        ],
        [{ text: t.t('support.report.computer') }, { text: system.host.hostname }],
        [
          { text: t.t('support.report.versions') },
          {
            text: Object.entries(system.host.versions)
              .map(([k, v]) => `${k} ${v}`)
              .join(', '),
          },
        ],
        [
          { text: t.t('support.report.policy') },
          { text: `${t.t(`policy.source.${system.policy.status.source}`)} ${system.policy.status.path ?? ''}` },
        ],
      ],
    ),
    `<h2>${esc(t.t('support.report.contents'))}</h2>`,
    `<p>${esc(t.t('support.report.redacted'))}</p>`,
    `<ul><li><code>report.html</code></li>${input.files
      .map((f) => `<li><code>${esc(f.name)}</code> (${f.bytes} B)</li>`)
      .join('')}<li><code>manifest.json</code></li></ul>`,
  ];
  return [
    '<!doctype html>',
    `<html lang="${esc(t.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    // Nothing may load or run: the report is data, opened from a folder or a mail attachment.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(t.t('support.report.title'))}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    ...sections.filter(Boolean),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function incidentDetails(t: Translator, i: Incident, time: (iso: string | undefined) => string): string {
  const rows: { text: string; cls?: string }[][] = [
    [
      { text: time(i.openedAt) },
      { text: t.t('support.report.event.opened', { title: title(t, i.faultId), id: i.faultId }) },
    ],
  ];
  const events: { at: string; text: string }[] = [
    ...i.codes.map((c) => ({ at: c.at, text: t.t('support.report.event.code', { code: c.code ?? c.text }) })),
    ...i.steps.map((s) => ({
      at: s.at,
      text: t.t(s.done ? 'support.report.event.stepDone' : 'support.report.event.stepUndone', { step: s.step }),
    })),
    ...i.rechecks.map((r) => ({
      at: r.at,
      text: t.t(r.worked ? 'support.report.event.recheckWorked' : 'support.report.event.recheckFailed', {
        step: r.step,
      }),
    })),
    ...i.notes.map((n) => ({ at: n.at, text: t.t('support.report.event.note', { text: n.text }) })),
    ...i.usbEvents.map((u) => ({
      at: u.at,
      text: t.t('support.report.event.usb', { type: u.type, device: u.vidPid, port: u.port, role: u.role }),
    })),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const e of events) rows.push([{ text: time(e.at) }, { text: e.text }]);
  if (i.closedAt) rows.push([{ text: time(i.closedAt) }, { text: t.t('support.report.event.closed') }]);
  const readings = (list: Incident['readingsAtOpen']): string =>
    list.map((r) => `${checkDisplayName(r.id, t)}: ${t.t(`status.${r.status}`)}, ${t.render(r.summary)}`).join('\n');
  return [
    `<h2>${esc(t.t('support.report.focus', { title: title(t, i.faultId) }))}</h2>`,
    table([t.t('support.report.col.time'), t.t('support.report.col.event')], rows),
    `<h3>${esc(t.t('support.report.readingsAtOpen'))}</h3><pre>${esc(readings(i.readingsAtOpen))}</pre>`,
    i.readingsAtClose.length
      ? `<h3>${esc(t.t('support.report.readingsAtClose'))}</h3><pre>${esc(readings(i.readingsAtClose))}</pre>`
      : '',
  ].join('\n');
}

function title(t: Translator, faultId: string): string {
  return t.has(`fault.${faultId}.title`) ? t.t(`fault.${faultId}.title`) : faultId;
}

function table(head: readonly string[], rows: readonly { text: string; cls?: string }[][]): string {
  const th = head.map((h) => `<th>${esc(h)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((c) => `<td${c.cls ? ` class="${esc(c.cls)}"` : ''}>${esc(c.text)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** Text into HTML, for element content and attribute values alike. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const css = [
  'body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",system-ui,sans-serif;margin:2em auto;max-width:60em;color:#1d2733;line-height:1.5;padding:0 1em}',
  'h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #d5dbe3}',
  '.meta{color:#5b6675}.practice{background:repeating-linear-gradient(45deg,#fff3c4,#fff3c4 10px,#ffe89a 10px,#ffe89a 20px);padding:.5em}',
  'pre{white-space:pre-wrap;background:#f5f7fa;padding:.8em;border-radius:4px}',
  'table{border-collapse:collapse;width:100%}th,td{border:1px solid #d5dbe3;padding:.3em .5em;text-align:left;vertical-align:top}',
  'th{background:#eef2f6}.s-fault,.v-critical{color:#b3261e;font-weight:bold}.s-warning,.v-warning{color:#8a5a00}.s-ok{color:#1e7a34}',
].join('');
