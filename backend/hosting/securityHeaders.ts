// Headers on everything the hosts serve. The CSP is the same in both hosts except for how the page reaches
// the back end: the web host answers `fetch` on its own origin, Electron talks over IPC and needs no network.
export type HostKind = 'web' | 'electron';

export function contentSecurityPolicy(host: HostKind): string {
  const directives: Record<string, string> = {
    'default-src': "'none'",
    'script-src': "'self'",
    'style-src': "'self'",
    'img-src': "'self' data:",
    'font-src': "'self'",
    'connect-src': host === 'web' ? "'self'" : "'none'",
    'base-uri': "'none'",
    'form-action': "'none'",
    'frame-ancestors': "'none'",
    'object-src': "'none'",
  };
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** Everything served besides the app page (scripts, styles, images): opened on its own, e.g. an SVG, it runs and loads nothing. */
export const RESOURCE_CSP = "default-src 'none'; style-src 'unsafe-inline'";

export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=()',
  };
}
