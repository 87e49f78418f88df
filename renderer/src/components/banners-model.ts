import type { Message } from '../../../shared/model/reading';
import type { AppState } from '../store/app-store';
import type { RequestFailure } from '../requests/request-failure';

/** One banner at the top of the window, in the order they stack. */
export type Banner =
  | { kind: 'connecting' | 'connection-lost' | 'core-restarting'; tone: 'info' | 'warning' | 'fault'; message: Message }
  | { kind: 'policy' }
  | { kind: 'request-failed'; failure: RequestFailure };

export type BannersInput = Pick<AppState, 'connection' | 'coreStatus' | 'lastError' | 'lastErrorCode'> & {
  policyIssues: number;
};

/**
 * Which banners to show. A restarting core explains the wait better than "connecting"; once the
 * connection is lost the core's last status is stale and a failure that only says the same again is
 * left out, so the user reads one clear sentence per problem.
 */
export function bannersModel(state: BannersInput): Banner[] {
  const lost = state.connection === 'lost';
  const restarting = !lost && state.coreStatus?.state === 'restarting';
  const banners: Banner[] = [];
  if (state.connection === 'connecting' && !restarting) {
    banners.push({ kind: 'connecting', tone: 'info', message: { key: 'ui.connecting' } });
  }
  if (lost) banners.push({ kind: 'connection-lost', tone: 'fault', message: { key: 'ui.connectionLost' } });
  if (restarting) {
    banners.push({
      kind: 'core-restarting',
      tone: 'warning',
      message: { key: 'ui.coreRestarting', params: { restarts: state.coreStatus?.restarts ?? 0 } },
    });
  }
  if (state.policyIssues > 0) banners.push({ kind: 'policy' });
  const code = state.lastErrorCode ?? 'internal';
  if (state.lastError !== undefined && !(lost && code === 'connection-lost')) {
    banners.push({ kind: 'request-failed', failure: { code, detail: state.lastError } });
  }
  return banners;
}
