import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from './appMenu';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('appMenuTemplate', () => {
  it('offers the usual editing, zoom, full-screen and quit commands on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const all = roles(appMenuTemplate({ platform, isDev: false, appName: 'Playbook Trainer' }));
      for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'quit', 'minimize']) {
        expect(all, `${platform} ${role}`).toContain(role);
      }
    }
  });

  it('puts the app menu first on macOS only', () => {
    expect(appMenuTemplate({ platform: 'darwin', isDev: false, appName: 'Playbook Trainer' })[0]?.label).toBe('Playbook Trainer');
    expect(appMenuTemplate({ platform: 'linux', isDev: false, appName: 'Playbook Trainer' })[0]?.role).toBe('fileMenu');
  });

  it('gives developer tools and reload to unpackaged runs only', () => {
    expect(roles(appMenuTemplate({ platform: 'linux', isDev: true, appName: 'x' }))).toContain('toggleDevTools');
    const packaged = roles(appMenuTemplate({ platform: 'linux', isDev: false, appName: 'x' }));
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
  });
});
