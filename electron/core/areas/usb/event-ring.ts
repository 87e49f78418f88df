/** A fixed-size in-memory ring: the newest `capacity` items, oldest first. */
export interface EventRing<T> {
  push(item: T): void;
  items(): T[];
}

/** Keeps the last `capacity` items; older ones are dropped (the journal will persist them). */
export function createEventRing<T>(capacity: number): EventRing<T> {
  const buffer: T[] = [];
  let start = 0;
  return {
    push(item) {
      if (buffer.length < capacity) buffer.push(item);
      else {
        buffer[start] = item;
        start = (start + 1) % capacity;
      }
    },
    items: () => [...buffer.slice(start), ...buffer.slice(0, start)],
  };
}
