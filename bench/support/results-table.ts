// The markdown view of bench/results.json that README.md and docs/benchmarks.md show between
// marker comments. Pure; bench/render-table.ts reads the record and rewrites the two files.
import { formatNumber, formatTarget, withUnit } from './figure';
import type { Figure, Machine, Results } from './results-schema';

export const tableStart = '<!-- bench-table:start: generated from bench/results.json by `npm run bench:table` -->';
export const tableEnd = '<!-- bench-table:end -->';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function row(f: Figure): string {
  // One sample has no spread worth a column.
  const spread = f.spread && f.runs > 1 ? `${formatNumber(f.spread.p10)}–${formatNumber(f.spread.p90)}` : '—';
  const target = f.target ? formatTarget(f.target, f.unit) : '—';
  const met = f.met === null ? '—' : f.met ? 'yes' : '**no**';
  return `| ${[f.title, withUnit(f.median, f.unit), spread, formatNumber(f.runs), target, met].map(cell).join(' | ')} |`;
}

/** "2026-12-02 06:14 UTC" */
const day = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** Which machine, system, commit and mode the figures come from: a figure means little without it. */
export function describeRun(m: Machine, only: readonly string[]): string {
  const mode = m.quick ? 'Quick run (fewer repetitions, shorter idle windows: noisier)' : 'Full run';
  const commit = m.gitCommit
    ? ` at commit \`${m.gitCommit.slice(0, 7)}\`${m.gitDirty ? ' with local changes' : ''}`
    : '';
  const subset = only.length ? ` of the benches matching ${only.map((o) => `\`${o}\``).join(', ')}` : '';
  return (
    `${mode}${subset}, ${day(m.date)}${commit}: ${m.cpuModel}, ${m.cores} cores, ` +
    `${formatNumber(m.memoryMiB / 1024)} GiB, ${m.os}, kernel ${m.kernel}, Node ${m.node}, ` +
    `load average ${m.loadAverage[0]} at the start.`
  );
}

/** The generated section: run description, one table row per figure, then anything not measured. */
export function renderResultsSection(results: Results): string {
  const lines = [
    describeRun(results.machine, results.only),
    '',
    '| figure | median | p10–p90 | runs | target | met |',
    '| --- | --- | --- | --- | --- | --- |',
    ...results.figures.map(row),
  ];
  const failed = results.benches.filter((b) => !b.ok);
  if (results.missing.length || failed.length) lines.push('');
  for (const m of results.missing)
    lines.push(
      `- Not measured as intended (${m.bench}): ${m.component}, ${m.reason}. ${m.effect}. Install: ${m.install}.`,
    );
  for (const b of failed)
    lines.push(`- The ${b.name} bench failed (exit ${b.exitCode ?? 'signal'}): its figures are missing or partial.`);
  return lines.join('\n');
}

/** Replaces what lies between the markers; throws if a document lacks them, so nothing is written by guess. */
export function replaceMarkedSection(document: string, section: string): string {
  const start = document.indexOf(tableStart);
  const end = document.indexOf(tableEnd);
  if (start === -1 || end === -1 || end < start)
    throw new Error(`the document has no "${tableStart}" … "${tableEnd}" pair to replace`);
  return `${document.slice(0, start + tableStart.length)}\n\n${section}\n\n${document.slice(end)}`;
}
