import type { Translator } from '../i18n/translator';
import type { Snapshot } from '../model/snapshot';
import type { Incident } from '../journal/incident';
import { describeTimeZone, formatLocalTime } from '../journal/local-time';
import { checkLine } from '../i18n/check-line';
import { guideFor } from '../guides/catalog';

export interface SummaryInput {
  t: Translator;
  snapshot: Snapshot;
  /** The incident the user asks about; without one the summary describes the workstation as it is now. */
  incident?: Incident;
  app: { version: string; platform: string };
  /** Where the bundle was saved, to attach by hand (a mail draft cannot carry it). */
  bundleFile?: string;
  /** The PC's time zone (the core's own by default). */
  timeZone?: string;
  now: number;
}

/**
 * The text behind "联系技术支持": what is wrong, since when, what the user already looked up and
 * tried, their notes, every check that is not ok, and the version, so the person on the other end
 * needs to ask nothing back. Plain text in the user's language, times in the PC's zone. Holds no
 * secrets by construction (readings carry none); the caller still redacts it before it leaves.
 */
export function buildSupportSummary(input: SummaryInput): { subject: string; body: string } {
  const { t, snapshot, incident } = input;
  const time = (iso: string): string => formatLocalTime(iso, input.timeZone);
  const lines: string[] = [];
  const title = incident ? faultTitle(t, incident.faultId) : t.t(`overall.${snapshot.overall}`);
  if (incident?.practice || snapshot.simulated) lines.push(t.t('support.body.simulated'));
  if (incident) {
    lines.push(
      t.t('support.summary.fault', {
        title,
        id: incident.faultId,
        category: t.t(`category.${incident.category}`),
        severity: t.t(`severity.${incident.severity}`),
        since: time(incident.openedAt),
      }),
      incident.closedAt
        ? t.t('support.summary.cleared', { at: time(incident.closedAt) })
        : t.t('support.summary.stillOpen'),
    );
    for (const c of incident.codes) {
      lines.push(
        c.recognised && c.key && c.code
          ? t.t('support.body.code', { code: c.code, meaning: codeMeaning(t, c.key, c.code) })
          : t.t('support.summary.codeUnknown', { text: c.text }),
      );
    }
    lines.push(stepsLine(t, incident));
    const lastCheck = incident.rechecks.at(-1);
    if (lastCheck) {
      lines.push(
        t.t(lastCheck.worked ? 'support.summary.recheckWorked' : 'support.summary.recheckFailed', {
          count: incident.rechecks.length,
          at: time(lastCheck.at),
        }),
      );
    }
    for (const n of incident.notes) lines.push(t.t('support.summary.note', { at: time(n.at), text: n.text }));
  } else if (snapshot.faults.length) {
    for (const f of snapshot.faults) {
      lines.push(
        t.t('support.summary.openFault', {
          title: faultTitle(t, f.id),
          id: f.id,
          severity: t.t(`severity.${f.severity}`),
          since: time(f.since),
        }),
      );
    }
  } else lines.push(t.t('support.summary.noFaults'));

  // A check left out on purpose (no tax device on a digital PC) is not a problem to report.
  const checked = snapshot.checks.filter((c) => !c.notChecked);
  const notOk = checked.filter((c) => c.status !== 'ok');
  lines.push(
    '',
    t.t(notOk.length ? 'support.summary.checks' : 'support.summary.checksAllOk', {
      total: checked.length,
      notOk: notOk.length,
    }),
  );
  for (const c of notOk) lines.push(checkLine(c, t.render(c.summary), t));
  if (input.bundleFile) lines.push('', t.t('support.summary.bundle', { file: input.bundleFile }));
  lines.push(
    '',
    t.t('support.body.version', { version: input.app.version, platform: input.app.platform }),
    t.t('support.summary.timeZone', {
      now: formatLocalTime(new Date(input.now).toISOString(), input.timeZone),
      zone: describeTimeZone(input.now, input.timeZone),
    }),
  );
  return { subject: t.t('support.subject', { title }), body: lines.join('\n') };
}

/**
 * A `mailto:` URL (RFC 6068) with subject and body, kept under `maxLength` characters because
 * mail clients and the Windows shell cut longer ones: the body is shortened at a line and ends
 * with a pointer to the bundle.
 */
export function buildMailto(to: string, subject: string, body: string, tail: string, maxLength = 2000): string {
  const head = `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=`;
  const encode = (text: string): string => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  const budget = Math.max(0, maxLength - head.length);
  if (encode(body).length <= budget) return head + encode(body);
  const lines = body.split('\n');
  while (lines.length > 1 && encode([...lines, '', tail].join('\n')).length > budget) lines.pop();
  // One line longer than the budget: cut it by characters (never inside a UTF-8 escape).
  const chars = Array.from([...lines, '', tail].join('\n'));
  while (chars.length && encode(chars.join('')).length > budget) chars.splice(-Math.max(1, chars.length >> 4));
  return head + encode(chars.join(''));
}

function faultTitle(t: Translator, faultId: string): string {
  return t.has(`fault.${faultId}.title`) ? t.t(`fault.${faultId}.title`) : faultId;
}

function codeMeaning(t: Translator, key: string, code: string): string {
  // The certificate-password family carries the tries left in its last digit (0x0963c0–c7).
  const params = key === 'ukey.cert-password' ? { triesLeft: parseInt(code.slice(-1), 16) } : undefined;
  return t.t(`code.${key}.meaning`, params);
}

function stepsLine(t: Translator, incident: Incident): string {
  const done = new Map<number, boolean>();
  for (const s of incident.steps) done.set(s.step, s.done);
  const guide = guideFor(incident.guide);
  const steps = (guide?.steps ?? []).filter((s) => done.get(s.n));
  return steps.length
    ? t.t('support.body.stepsDone', { steps: steps.map((s) => `${s.n}. ${t.t(s.doKey)}`).join(' / ') })
    : t.t('support.body.noSteps');
}
