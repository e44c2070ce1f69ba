// Who may talk to the web host. It listens on 127.0.0.1, but every web page the learner opens can
// send requests there too; these checks make sure only the page the host handed its token to can
// read or change the learner's data.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { TOKEN_HEADER } from '../core/api/httpProtocol';

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; message: string };

/**
 * Refuses a foreign `Host` (DNS rebinding: evil.example resolving to 127.0.0.1) and a foreign `Origin`
 * (another site's page posting to us). Requests without `Origin` are same-origin navigations or non-browser clients.
 */
export function checkHostAndOrigin(headers: IncomingHttpHeaders, port: number): GuardVerdict {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!headers.host || !allowedHosts.includes(headers.host.toLowerCase())) {
    return { ok: false, status: 403, message: 'Foreign Host header refused.' };
  }
  const origin = headers.origin;
  if (origin !== undefined && !allowedHosts.some((host) => origin.toLowerCase() === `http://${host}`)) {
    return { ok: false, status: 403, message: 'Foreign Origin refused.' };
  }
  return { ok: true };
}

/** The API needs the token in its header; a browser cannot set that header cross-origin without a preflight we never allow. */
export function checkTokenHeader(headers: IncomingHttpHeaders, token: string): GuardVerdict {
  const sent = headers[TOKEN_HEADER];
  return typeof sent === 'string' && sameSecret(sent, token)
    ? { ok: true }
    : { ok: false, status: 401, message: 'Missing or wrong token: open the app from the address the web host printed.' };
}

/**
 * `<img>` requests cannot carry a header, so the page gets the token as a strict same-site cookie
 * when it is first opened with `?token=`. The name includes the port because cookies ignore ports.
 */
export function tokenCookieName(port: number): string {
  return `pbt-token-${port}`;
}

export function hasTokenCookie(headers: IncomingHttpHeaders, port: number, token: string): boolean {
  const name = tokenCookieName(port);
  const cookies = (headers.cookie ?? '').split(';').map((part) => part.trim());
  return cookies.some((cookie) => cookie.startsWith(`${name}=`) && sameSecret(cookie.slice(name.length + 1), token));
}

export function sameSecret(sent: string, expected: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
