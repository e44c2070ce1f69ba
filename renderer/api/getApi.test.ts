import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DesktopBridge } from '../../core/api/desktopBridge';
import { createApi, desktopBridge, takeToken } from './getApi';

afterEach(() => {
  sessionStorage.clear();
  history.replaceState(null, '', '/');
  delete window.playbookTrainer;
  vi.unstubAllGlobals();
});

describe('takeToken', () => {
  it('moves the token from the address bar into sessionStorage, keeping the route', () => {
    history.replaceState(null, '', '/?token=abc&x=1#/playbook/p');
    expect(takeToken(window)).toBe('abc');
    expect(location.search).toBe('?x=1');
    expect(location.hash).toBe('#/playbook/p');
    expect(sessionStorage.getItem('playbook-trainer-token')).toBe('abc');
  });

  it('finds the token again after a reload without it', () => {
    history.replaceState(null, '', '/?token=abc');
    takeToken(window);
    history.replaceState(null, '', '/#/home');
    expect(takeToken(window)).toBe('abc');
  });
});

describe('createApi', () => {
  it('uses the Electron bridge when the preload set one', async () => {
    const call = vi.fn<DesktopBridge['call']>(async () => ({ ok: true, result: { profiles: [], activeId: null } }));
    window.playbookTrainer = { call, savePrepSheetPdf: vi.fn(), pickFolder: vi.fn() };
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    await expect(createApi(window).listProfiles({})).resolves.toEqual({ profiles: [], activeId: null });
    expect(call).toHaveBeenCalledWith('listProfiles', {});
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('falls back to HTTP on the page origin with the token from the URL', async () => {
    history.replaceState(null, '', '/?token=tok');
    const fetchSpy = vi.fn(async () => Response.json({ ok: true, result: [] }));
    vi.stubGlobal('fetch', fetchSpy);
    await createApi(window).getDiagnostics({});
    expect(fetchSpy).toHaveBeenCalledWith(
      new URL('/api/getDiagnostics', location.origin),
      expect.objectContaining({ headers: expect.objectContaining({ 'x-playbook-token': 'tok' }) }),
    );
  });
});

// Browsers expose elements by id on window (DOM named access, through an object in window's prototype chain);
// jsdom does not, so the test puts the same getter where browsers have it.
describe('desktopBridge', () => {
  it('is not an element whose id is the bridge name, such as a heading {#playbookTrainer}', () => {
    const named = Object.getPrototypeOf(window) as object;
    Object.defineProperty(named, 'playbookTrainer', { get: () => document.getElementById('playbookTrainer') ?? undefined, configurable: true });
    try {
      document.body.innerHTML = '<h2 id="playbookTrainer">Heading</h2>';
      expect((window as { playbookTrainer?: unknown }).playbookTrainer).toBeInstanceOf(HTMLElement);
      expect(desktopBridge()).toBeNull();
      const bridge = { call: vi.fn(), savePrepSheetPdf: vi.fn(), pickFolder: vi.fn() };
      // As the preload's contextBridge does: a property of the window itself.
      Object.defineProperty(window, 'playbookTrainer', { value: bridge, configurable: true });
      expect(desktopBridge()).toBe(bridge);
    } finally {
      delete (named as { playbookTrainer?: unknown }).playbookTrainer;
      document.body.innerHTML = '';
    }
  });
});
