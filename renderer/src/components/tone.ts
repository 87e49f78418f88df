import { isNotNeeded, type NotNeededInput } from '../../../shared/model/not-needed';
import type { Verdict } from '../../../shared/model/verdict';

/**
 * Every state the window shows, from a check, a card or the verdict. `not-checked` (grey: not
 * configured or not possible here) and `not-needed` (grey: a device this PC does not need)
 * count for nothing; `unknown` (could not read what should be readable) counts as a warning.
 */
export type Tone = 'ok' | 'warning' | 'fault' | 'unknown' | 'not-checked' | 'not-needed';

/** How a tone looks: its colour family, its shape (never colour alone) and its word. */
export interface Look {
  palette: 'ok' | 'warning' | 'fault' | 'neutral';
  shape: 'check' | 'triangle' | 'cross' | 'question' | 'dash';
  wordKey: string;
}

const looks: Record<Tone, Look> = {
  ok: { palette: 'ok', shape: 'check', wordKey: 'status.ok' },
  warning: { palette: 'warning', shape: 'triangle', wordKey: 'status.warning' },
  fault: { palette: 'fault', shape: 'cross', wordKey: 'status.fault' },
  unknown: { palette: 'warning', shape: 'question', wordKey: 'status.unknown' },
  'not-checked': { palette: 'neutral', shape: 'dash', wordKey: 'status.notChecked' },
  'not-needed': { palette: 'neutral', shape: 'dash', wordKey: 'status.notNeeded' },
};

export function lookOf(tone: Tone): Look {
  return looks[tone];
}

/**
 * A reading's tone: grey when it was not checked on purpose, else its status; a device this PC
 * does not need (shared/model/not-needed.ts; readiness marks it `notNeeded`) is grey "不需要",
 * never a green "正常".
 */
export function readingTone(reading: NotNeededInput): Tone {
  if (reading.notChecked) return 'not-checked';
  if (isNotNeeded(reading)) return 'not-needed';
  return reading.status;
}

/** What a tone weighs in "the worst item shown": the same order as the snapshot's overall state. */
export const toneRank: Record<Tone, number> = {
  'not-checked': 0,
  'not-needed': 0,
  ok: 0,
  unknown: 1,
  warning: 2,
  fault: 3,
};

/** The worse of two tones (the first wins a tie, so grey stays grey beside ok). */
export function worseTone(a: Tone, b: Tone): Tone {
  return toneRank[b] > toneRank[a] ? b : a;
}

/** The verdict's tone: 可以开票 green, 可以开票但需注意 amber, 现在不能开票 red. */
export function verdictTone(verdict: Pick<Verdict, 'canInvoice'>): 'ok' | 'warning' | 'fault' {
  return verdict.canInvoice === 'yes' ? 'ok' : verdict.canInvoice === 'attention' ? 'warning' : 'fault';
}
