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
 * `<img>` requests cannot carry a header, so the page gets a content key as a strict same-site cookie when it is
 * first opened with `?token=`. Cookies ignore ports: every other server on 127.0.0.1 the browser visits receives
 * it too. So it is not the API token but a key of its own, per launch, that only unlocks `/content/…` (images).
 * The name includes the port so two hosts on one machine do not overwrite each other's.
 */
function contentCookieName(port: number): string {
  return `pbt-content-${port}`;
}

export function contentCookie(port: number, contentKey: string): string {
  return `${contentCookieName(port)}=${contentKey}; Path=/content/; HttpOnly; SameSite=Strict`;
}

export function hasContentCookie(headers: IncomingHttpHeaders, port: number, contentKey: string): boolean {
  const name = contentCookieName(port);
  const cookies = (headers.cookie ?? '').split(';').map((part) => part.trim());
  return cookies.some((cookie) => cookie.startsWith(`${name}=`) && sameSecret(cookie.slice(name.length + 1), contentKey));
}

export function sameSecret(sent: string, expected: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
