// Serves the built renderer and the content images on `app://bundle/`, with the same file rules and
// security headers as the web host (see backend/hosting/appFiles and backend/hosting/securityHeaders).
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { appFileHeaders, resolveAppFile } from '../backend/hosting/appFiles';
import { securityHeaders } from '../backend/hosting/securityHeaders';
import { APP_HOST, APP_SCHEME } from './appUrl';

/** Must run before the app is ready: gives `app:` an origin, secure-context status and module-script support. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, codeCache: true } }]);
}

export function serveAppProtocol(rendererDir: string, contentRoots: readonly string[]): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const found =
      url.host === APP_HOST && request.method === 'GET' ? await resolveAppFile(rendererDir, contentRoots, url.pathname) : null;
    if (!found) return new Response('Not found', { status: 404, headers: securityHeaders("default-src 'none'") });
    return new Response(await readFile(found.file), { headers: appFileHeaders(found, 'electron') });
  });
}
