import type { ProtocolClient } from '../../shared/protocol/client';
import type { Snapshot } from '../../shared/model/snapshot';
import type { IncidentFlow } from '../../shared/guides/flow-schema';
import type { Scenario } from '../../electron/core/scenario/scenario-schema';

export interface DrillOutcome {
  snapshot: Snapshot;
  /** Which guides completed during the drill. */
  completedGuides: string[];
}

/**
 * Plays a scenario's drill against a core through the protocol, as a user would in the app: waits
 * for faults, marks steps done, re-checks. Rejects with the action that did not happen in time.
 */
export async function runDrill(
  client: Pick<ProtocolClient, 'request' | 'on'>,
  scenario: Pick<Scenario, 'drill'>,
  options: { timeoutMs?: number; pollMs?: number } = {},
): Promise<DrillOutcome> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const pollMs = options.pollMs ?? 50;
  const completed = new Set<string>();
  const off = client.on('guideFlow', (incident: IncidentFlow) => {
    if (incident.state === 'completed') completed.add(incident.guideId);
  });
  const waitUntil = async (what: string, test: () => Promise<boolean>): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    while (!(await test())) {
      if (Date.now() > deadline) throw new Error(`drill: ${what} did not happen within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => setTimeout(resolve, pollMs));
    }
  };
  try {
    for (const action of scenario.drill) {
      if ('waitForFault' in action) {
        await waitUntil(`fault ${action.waitForFault}`, async () =>
          (await client.request('getSnapshot', {})).faults.some((f) => f.id === action.waitForFault),
        );
      } else if ('waitForGuideCompleted' in action) {
        const id = action.waitForGuideCompleted;
        await waitUntil(`guide ${id} completing`, async () => {
          if (completed.has(id)) return true;
          const view = await client.request('getGuide', { guideId: id });
          return view.incident?.state === 'completed';
        });
        completed.add(id);
      } else if ('markDone' in action) {
        await client.request('markStepDone', {
          guideId: action.markDone.guide,
          step: action.markDone.step,
          done: true,
        });
      } else {
        const result = await client.request('recheckStep', {
          guideId: action.recheck.guide,
          step: action.recheck.step,
        });
        if (action.expectWorked !== undefined && result.worked !== action.expectWorked) {
          throw new Error(
            `drill: re-check of ${action.recheck.guide} step ${action.recheck.step} ${result.worked ? 'worked' : 'did not work'}`,
          );
        }
        if (result.view.incident?.state === 'completed') completed.add(action.recheck.guide);
      }
    }
    return { snapshot: await client.request('getSnapshot', {}), completedGuides: [...completed] };
  } finally {
    off();
  }
}
