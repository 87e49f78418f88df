// Tiny shape checks for the files the worker reads (manifests, store marker, verification records).
// The worker does not load a schema library: at 750 KB it would cost more than a quick-check run.

export type Shape<T> = (value: unknown) => value is T;

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
export const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

export function isOneOf<const T extends readonly string[]>(values: T): Shape<T[number]> {
  return (v): v is T[number] => typeof v === 'string' && values.includes(v);
}

/** An object with exactly these keys (optional ones marked by `?` in `optional`), each of its shape. */
export function isRecord<T>(fields: { [K in keyof T]-?: Shape<T[K]> }, optional: readonly (keyof T)[] = []): Shape<T> {
  const keys = Object.keys(fields) as (keyof T)[];
  return (v): v is T => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) if (!keys.includes(k as keyof T)) return false;
    return keys.every((k) => (o[k as string] === undefined && optional.includes(k)) || fields[k](o[k as string]));
  };
}

export function isArrayOf<T>(item: Shape<T>): Shape<T[]> {
  return (v): v is T[] => Array.isArray(v) && v.every(item);
}
