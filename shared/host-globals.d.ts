// The few host functions shared/ may use: they exist alike in Node, browsers and Electron's
// sandboxed preload. Declared by hand because shared/ compiles with neither DOM nor Node types.
declare function setTimeout(callback: () => void, ms?: number): unknown;
declare function clearTimeout(handle: unknown): void;
declare function queueMicrotask(callback: () => void): void;
