import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from './securityHeaders';

function directives(csp: string): Map<string, string> {
  return new Map(csp.split('; ').map((part) => [part.split(' ')[0]!, part.slice(part.indexOf(' ') + 1)]));
}

describe('contentSecurityPolicy', () => {
  it('allows scripts and styles from the app itself only, never inline or eval', () => {
    for (const host of ['web', 'electron'] as const) {
      const csp = directives(contentSecurityPolicy(host));
      expect(csp.get('default-src')).toBe("'none'");
      expect(csp.get('script-src')).toBe("'self'");
      expect(csp.get('style-src')).toBe("'self'");
      expect(csp.get('object-src')).toBe("'none'");
      expect(csp.get('frame-ancestors')).toBe("'none'");
      expect(contentSecurityPolicy(host)).not.toMatch(/unsafe-(inline|eval)/);
    }
  });

  it('lets only the web host fetch from its own origin', () => {
    expect(directives(contentSecurityPolicy('web')).get('connect-src')).toBe("'self'");
    expect(directives(contentSecurityPolicy('electron')).get('connect-src')).toBe("'none'");
  });
});

describe('securityHeaders', () => {
  it('sends the given CSP with nosniff, no referrer and no framing', () => {
    const headers = securityHeaders("default-src 'none'");
    expect(headers).toMatchObject({
      'Content-Security-Policy': "default-src 'none'",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
    });
  });
});
