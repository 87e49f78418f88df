/**
 * What an area's scripted sources see of a practice scenario: its part of the scripted world as it
 * is now, a signal when the timeline changes it, and the scenario's clock.
 */
export interface ScriptedWorld<S> {
  /** The area's scripted sources as they read now (after every timeline change so far). */
  state(): S;
  /** Called after each timeline change to this area; returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
  /** The scenario's wall clock. */
  now(): number;
}
