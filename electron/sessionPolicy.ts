// The app needs no web permission (camera, microphone, location, notifications, clipboard reads, …). Chromium
// asks two ways: a request (a prompt the page triggers) and a check (a silent query, e.g. navigator.permissions
// or an API that tests before it asks). Both are answered no.
import type { Session } from 'electron';

export function denyAllPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
