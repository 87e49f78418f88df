import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../shared/security/content-security-policy';

describe('the renderer content security policy', () => {
  it('denies everything by default and allows only our own scripts and styles', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('lets the browser harness reach only its own loopback WebSocket', () => {
    expect(contentSecurityPolicy({ connectSrc: 'ws://127.0.0.1:5000' })).toContain('connect-src ws://127.0.0.1:5000');
  });
});
