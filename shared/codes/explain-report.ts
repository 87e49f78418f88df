import type { Translator } from '../i18n/translator';
import type { ExplainResult } from './explain-result';

/**
 * The `invoiceguard explain --json` object, version 1 (docs/guides.md): stable names for IT
 * scripts, texts in the reader's language.
 */
export type ExplainReport =
  | {
      version: 1;
      recognised: true;
      code: string;
      family: string;
      meaning: string;
      action: string;
      guide: string | null;
      guideTitle: string | null;
      triesLeft: number | null;
      notes: string[];
    }
  | { version: 1; recognised: false; reason: string; message: string; candidates: string[]; support: string };

export function buildExplainReport(result: ExplainResult, t: Translator): ExplainReport {
  if (!result.recognised) {
    return {
      version: 1,
      recognised: false,
      reason: result.reason,
      message: t.t(`explain.notRecognised.${result.reason}`, { candidates: result.candidates.join(', ') }),
      candidates: result.candidates,
      support: t.t('explain.support'),
    };
  }
  const params: Record<string, number> = result.triesLeft !== undefined ? { triesLeft: result.triesLeft } : {};
  const notes = [
    ...(result.triesLeft === 0 ? [t.t('explain.locked')] : []),
    t.t(result.confidence === 'weak' ? 'explain.weak' : 'explain.unverified'),
  ];
  return {
    version: 1,
    recognised: true,
    code: result.code,
    family: t.t(`explain.family.${result.family}`),
    meaning: t.t(`code.${result.key}.meaning`, params),
    action: t.t(`code.${result.key}.action`, params),
    guide: result.guide ?? null,
    guideTitle: result.guide ? t.t(`fault.${result.guide}.title`) : null,
    triesLeft: result.triesLeft ?? null,
    notes,
  };
}

/** The human text of an explain report, one fact per line. */
export function renderExplainText(report: ExplainReport, t: Translator): string {
  if (!report.recognised) return `${report.message}\n${report.support}\n`;
  const lines = [
    `${t.t('explain.code', { code: report.code })} · ${report.family}`,
    t.t('explain.meaning', { text: report.meaning }),
    t.t('explain.action', { text: report.action }),
    ...(report.guide ? [t.t('explain.guide', { title: report.guideTitle ?? '' })] : []),
    ...report.notes,
  ];
  return `${lines.join('\n')}\n`;
}
