import type { Translator } from '../i18n/translator';
import type { Snapshot } from '../model/snapshot';
import type { AppInfo } from '../protocol/contract';
import type { ExplainResult } from '../codes/parse-error-code';
import type { GuideView } from './flow-schema';
import { guideFor } from './catalog';
import { formatTime } from '../i18n/format-time';
import { checkDisplayName } from '../i18n/check-name';

const marks = { ok: '✔', warning: '!', fault: '✖', unknown: '?' } as const;

/**
 * The prefilled help request of a guide's last step: what is wrong, since when, which steps the
 * user has done, the error code if one was looked up, and every check's result. Plain text, in the
 * user's language, ready to paste into mail or chat. Holds no secrets: readings carry none.
 */
export function buildSupportRequest(input: {
  view: GuideView;
  snapshot: Snapshot;
  t: Translator;
  app?: Pick<AppInfo, 'version' | 'platform'>;
  code?: ExplainResult;
}): { subject: string; body: string } {
  const { view, snapshot, t } = input;
  const title = t.t(`fault.${view.guideId}.title`);
  const lines: string[] = [];
  if (snapshot.simulated) lines.push(t.t('support.body.simulated'));
  if (view.fault) {
    lines.push(
      t.t('support.body.fault', {
        title,
        id: view.fault.id,
        severity: t.t(`severity.${view.fault.severity}`),
        // Local time, as the user saw it on screen; IT gets the fault id beside it.
        since: formatTime(view.fault.since, t.language),
      }),
    );
  } else lines.push(`${title} (${view.guideId})`);
  if (input.code?.recognised) {
    const params = input.code.triesLeft !== undefined ? { triesLeft: input.code.triesLeft } : undefined;
    lines.push(
      t.t('support.body.code', { code: input.code.code, meaning: t.t(`code.${input.code.key}.meaning`, params) }),
    );
  }
  const guide = guideFor(view.guideId);
  const done = (guide?.steps ?? []).filter((s) => view.incident?.steps[String(s.n)]?.doneAt);
  lines.push(
    done.length
      ? t.t('support.body.stepsDone', { steps: done.map((s) => `${s.n}. ${t.t(s.doKey)}`).join(' / ') })
      : t.t('support.body.noSteps'),
  );
  lines.push('', t.t('support.body.checks'));
  for (const c of snapshot.checks) {
    // A check not made on purpose is marked as such, not as "could not check".
    const mark = c.notChecked ? '–' : marks[c.status];
    lines.push(`${mark} ${checkDisplayName(c.id, t, c.details)}: ${t.render(c.summary)}`);
  }
  if (input.app)
    lines.push('', t.t('support.body.version', { version: input.app.version, platform: input.app.platform }));
  return { subject: t.t('support.subject', { title }), body: lines.join('\n') };
}
