/** One latency sample for charts: when, and how long (null = the attempt failed). */
export interface LatencySample {
  at: number;
  ms: number | null;
}

/** A fixed-size ring buffer of latency samples per endpoint; memory stays bounded however long the app runs. */
export class LatencyHistory {
  private readonly samples: (LatencySample | undefined)[];
  private next = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    this.samples = new Array<LatencySample | undefined>(capacity);
  }

  push(sample: LatencySample): void {
    this.samples[this.next] = sample;
    this.next = (this.next + 1) % this.capacity;
    this.count = Math.min(this.count + 1, this.capacity);
  }

  /** Oldest first. */
  toArray(): LatencySample[] {
    const start = (this.next - this.count + this.capacity) % this.capacity;
    return Array.from({ length: this.count }, (_, i) => this.samples[(start + i) % this.capacity] as LatencySample);
  }
}
