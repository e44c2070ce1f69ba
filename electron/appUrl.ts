// The renderer is served from the app's own `app://bundle/` scheme (never file://), so the page has an
// origin of its own: IPC can check who is calling, and `/content/...` image URLs work as in the web host.
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for pages of the app itself: the only frames the main process answers and the only place the window may go. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/** Links the learner may follow in the system browser: plain web pages and mail, nothing that runs local handlers. */
export function isExternalLink(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && ['http:', 'https:', 'mailto:'].includes(parsed.protocol);
}

export type NavigationDecision = 'allow' | 'open-external' | 'block';

/** The window stays on the app; web and mail links go to the system's handlers; everything else goes nowhere. */
export function navigationDecision(url: string): NavigationDecision {
  if (isAppUrl(url)) return 'allow';
  return isExternalLink(url) ? 'open-external' : 'block';
}
