import { describe, expect, it } from 'vitest';
import { defaultCacheDir, defaultDataDir } from './defaultDataDir';

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

describe('defaultCacheDir', () => {
  it('uses XDG_CACHE_HOME on Linux, else ~/.cache', () => {
    expect(defaultCacheDir('linux', { XDG_CACHE_HOME: '/xdg/cache' }, '/home/li')).toBe('/xdg/cache/playbook-trainer');
    expect(defaultCacheDir('linux', {}, '/home/li')).toBe('/home/li/.cache/playbook-trainer');
  });

  it('uses Library/Caches on macOS', () => {
    expect(defaultCacheDir('darwin', {}, '/Users/li')).toBe('/Users/li/Library/Caches/playbook-trainer');
  });

  it('uses LOCALAPPDATA on Windows, else the local folder under the home', () => {
    expect(defaultCacheDir('win32', { LOCALAPPDATA: 'D:\\Local' }, 'C:\\Users\\li')).toBe('D:\\Local\\playbook-trainer\\Cache');
    expect(defaultCacheDir('win32', {}, 'C:\\Users\\li')).toBe('C:\\Users\\li\\AppData\\Local\\playbook-trainer\\Cache');
  });
});
