/**
 * The renderer's Content-Security-Policy: only its own scripts and styles, no eval, no inline
 * script, no plugins, no frames, no form posts. `connectSrc` is the one thing that differs: Electron
 * needs no network at all, the browser harness needs its own loopback WebSocket.
 */
export function contentSecurityPolicy(options: { connectSrc?: string } = {}): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${options.connectSrc ?? "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}
