/**
 * A fault's display name: its catalog title, or a neutral phrase for a fault this version no
 * longer knows (a journal outlives versions), never its id. Its own module: the dashboard's first
 * screen needs it without the History view's model.
 */
export function faultTitleKey(faultId: string, has: (key: string) => boolean): string {
  const key = `fault.${faultId}.title`;
  return has(key) ? key : 'ui.incidents.unknownFault';
}
