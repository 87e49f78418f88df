import type { Message } from '../../../shared/model/reading';
import { round1 } from '../components/format';

const KiB = 1024;
const MiB = KiB * 1024;
const GiB = MiB * 1024;

/** A size as people read it (KB, MB, GB with one decimal), a catalog message. */
export function sizeMessage(bytes: number): Message {
  if (bytes >= GiB) return { key: 'ui.backup.size.gb', params: { n: round1(bytes / GiB) } };
  if (bytes >= MiB) return { key: 'ui.backup.size.mb', params: { n: round1(bytes / MiB) } };
  return { key: 'ui.backup.size.kb', params: { n: Math.ceil(bytes / KiB) } };
}
