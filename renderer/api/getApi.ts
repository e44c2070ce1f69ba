// The renderer's one way to the back end. In Electron the preload provides the bridge; in a browser the
// web host handed the page a token in its URL, which is moved out of sight (address bar, history, bookmarks)
// into sessionStorage so a reload of the tab keeps working.
import type { Api } from '../../core/api/contract';
import { createApiClient } from '../../core/api/createApiClient';
import { DESKTOP_BRIDGE_KEY, type DesktopBridge } from '../../core/api/desktopBridge';
import { createHttpApi } from './httpApi';

declare global {
  interface Window {
    /** Set by the Electron preload (`DESKTOP_BRIDGE_KEY`). */
    playbookTrainer?: DesktopBridge;
  }
}

const TOKEN_PARAM = 'token';
const TOKEN_STORAGE_KEY = 'playbook-trainer-token';

let api: Api | undefined;

export function getApi(): Api {
  api ??= createApi(window);
  return api;
}

/** The Electron bridge for desktop-only features (PDF export), or null in the web host. */
export function desktopBridge(): DesktopBridge | null {
  return bridgeOf(window);
}

/**
 * The bridge the preload defined on the window itself. Read as an own property, never as `window.playbookTrainer`:
 * that name also finds an element with that id (DOM named access), such as a playbook heading `{#playbookTrainer}`.
 */
function bridgeOf(win: Window): DesktopBridge | null {
  return (Object.getOwnPropertyDescriptor(win, DESKTOP_BRIDGE_KEY)?.value as DesktopBridge | undefined) ?? null;
}

export function createApi(win: Window): Api {
  const bridge = bridgeOf(win);
  if (bridge) return createApiClient((method, args) => bridge.call(method, args));
  return createHttpApi(new URL('/', win.location.href).href, takeToken(win));
}

/** Reads the token from the page URL (first load) or sessionStorage (reload), and hides it from the URL. */
export function takeToken(win: Window): string {
  const url = new URL(win.location.href);
  const fromUrl = url.searchParams.get(TOKEN_PARAM);
  if (fromUrl) {
    win.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    url.searchParams.delete(TOKEN_PARAM);
    win.history.replaceState(win.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return win.sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? '';
}
