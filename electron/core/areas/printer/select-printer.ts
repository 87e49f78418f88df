import type { PrinterQueue } from './printer-model';

/** `*DS-1100*` style pattern (only `*` and `?` are special) to a case-insensitive RegExp. */
function globToRegExp(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'iu');
}

/**
 * The queue the policy means: exact name first (case-insensitive), else the first match of the
 * pattern in name order, so the choice is stable between runs.
 */
export function selectPrinter(printers: readonly PrinterQueue[], wanted: string): PrinterQueue | undefined {
  const lower = wanted.toLocaleLowerCase();
  const exact = printers.find((p) => p.name.toLocaleLowerCase() === lower);
  if (exact) return exact;
  if (!/[*?]/.test(wanted)) return undefined;
  const re = globToRegExp(wanted);
  return [...printers].sort((a, b) => a.name.localeCompare(b.name)).find((p) => re.test(p.name));
}
