import type { ProbeOutcome } from '../../probe';
import type { LayerReading } from './network-layers';

/**
 * What the network probes share: each one's latest damped outcome and its run in flight, so the
 * verdict can wait for a sweep to finish and then judge all layers together.
 */
export class NetworkBoard {
  readonly outcomes = new Map<string, LayerReading>();
  private readonly inflight = new Map<string, Promise<unknown>>();
  private readonly listeners = new Set<() => void>();

  /** Records a layer run; listeners hear about it once its outcome is on the board. */
  track<T extends ProbeOutcome>(id: string, run: Promise<T>): Promise<T> {
    const tracked = run.then((outcome) => {
      this.outcomes.set(id, { status: outcome.status, details: outcome.details ?? {} });
      return outcome;
    });
    this.inflight.set(id, tracked);
    const forget = (): void => {
      if (this.inflight.get(id) === tracked) this.inflight.delete(id);
      this.listeners.forEach((l) => l());
    };
    tracked.then(forget, forget);
    return tracked;
  }

  /** Resolves once no layer run is in flight (runs started meanwhile are waited for too). */
  async settled(): Promise<void> {
    while (this.inflight.size) await Promise.allSettled([...this.inflight.values()]);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
}
