import { describe, expect, it } from 'vitest';
import { defaultDataDir } from './defaultDataDir';

describe('defaultDataDir', () => {
  it('uses XDG_CONFIG_HOME on Linux, else ~/.config', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/xdg/config' }, '/home/li')).toBe('/xdg/config/playbook-trainer');
    expect(defaultDataDir('linux', {}, '/home/li')).toBe('/home/li/.config/playbook-trainer');
  });

  it('uses Application Support on macOS', () => {
    expect(defaultDataDir('darwin', {}, '/Users/li')).toBe('/Users/li/Library/Application Support/playbook-trainer');
  });

  it('uses APPDATA on Windows, else the roaming folder under the home', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, 'C:\\Users\\li')).toBe('C:\\Users\\li\\AppData\\Roaming\\playbook-trainer');
    expect(defaultDataDir('win32', {}, 'C:\\Users\\li')).toBe('C:\\Users\\li\\AppData\\Roaming\\playbook-trainer');
  });
});
