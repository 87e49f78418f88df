declare const __APP_VERSION__: string | undefined;

/** Stamped in by the build (scripts/build.mjs); "dev" when running from source under vitest. */
export const appVersion: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
