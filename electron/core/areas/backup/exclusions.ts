import picomatch from 'picomatch';

/**
 * The policy's `exclude` patterns as one test on a source-relative path ("/" separators): a pattern
 * without "/" matches a name at any depth (`*.tmp`, `~$*`), one with "/" the whole path (`Log/**`).
 */
export function excluder(patterns: readonly string[]): (relPath: string) => boolean {
  if (patterns.length === 0) return () => false;
  const byName = patterns.filter((p) => !p.includes('/'));
  const byPath = patterns.filter((p) => p.includes('/'));
  const nameMatch = byName.length ? picomatch(byName, { dot: true, nocase: true }) : undefined;
  const pathMatch = byPath.length ? picomatch(byPath, { dot: true, nocase: true }) : undefined;
  return (relPath) => {
    if (!relPath) return false;
    const name = relPath.slice(relPath.lastIndexOf('/') + 1);
    return (nameMatch?.(name) ?? false) || (pathMatch?.(relPath) ?? false);
  };
}
