// The desktop shell as far as a machine without the Electron binary can prove it: the built main and preload
// bundles run against a stand-in `electron` module that records what they ask of Electron, with the real back end
// behind them. Checks that every contract method is answered over IPC (from the app's page only), that the preload
// exposes exactly the typed bridge, that the window loads the app's own scheme, that navigation and new windows
// are refused, and that the packaging config ships the bundles, the built-in pack and its caches.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { apiArgs } from '../../core/api/contract';
import { DESKTOP_BRIDGE_KEY, IPC_CHANNELS } from '../../core/api/desktopBridge';
import type { ApiOutcome } from '../../core/api/dispatch';
import { APP_START_URL } from '../../electron/appUrl';
import { buildElectron } from '../../scripts/buildSteps.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = path.join(REPO, 'dist', 'electron', 'main.cjs');
const PRELOAD = path.join(REPO, 'dist', 'electron', 'preload.cjs');
const requireHere = createRequire(import.meta.url);

type Listener = (...args: unknown[]) => unknown;

/** Records `on(event, listener)` registrations so a test can fire them. */
class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on = (event: string, listener: Listener) => {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  };
  once = this.on;
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((listener) => listener(...args));
  }
}

/** An object whose unknown members are no-op functions, so a shell that asks Electron for more still loads. */
function standIn<T extends object>(known: T): T {
  return new Proxy(known, {
    get: (target, key) => (key in target || key === 'then' || typeof key === 'symbol' ? Reflect.get(target, key) : () => undefined),
  });
}

/** The app's page, a top frame: the only frame IPC answers. */
const appFrame = { url: APP_START_URL, parent: null };
const foreignFrame = { url: 'https://example.com/', parent: null };
/** A frame inside the app's page, even of the app's own origin. */
const subFrame = { url: APP_START_URL, parent: appFrame };

class FakeWebContents extends Emitter {
  mainFrame = appFrame;
  openHandler: ((details: { url: string }) => unknown) | undefined;
  setWindowOpenHandler = (handler: (details: { url: string }) => unknown) => (this.openHandler = handler);
}

const windows: { options: Record<string, unknown>; loaded: string[]; webContents: FakeWebContents }[] = [];
class FakeBrowserWindow extends Emitter {
  static fromWebContents = () => null;
  readonly webContents = standIn(new FakeWebContents());
  readonly loaded: string[] = [];
  constructor(readonly options: Record<string, unknown>) {
    super();
    windows.push(this);
    return standIn(this);
  }
  loadURL = async (url: string) => void this.loaded.push(url);
  getNormalBounds = () => ({ x: 0, y: 0, width: 1200, height: 800 });
  isMaximized = () => false;
}

const app = standIn(
  Object.assign(new Emitter(), {
    isPackaged: false,
    name: 'Playbook Trainer',
    paths: new Map<string, string>(),
    whenReady: () => Promise.resolve(),
    quit: (): void => undefined,
    requestSingleInstanceLock: () => true,
    getAppPath: () => REPO,
    getLocale: () => 'en-US',
    setPath(name: string, value: string) {
      this.paths.set(name, value);
    },
    getPath(name: string) {
      return this.paths.get(name) ?? '';
    },
  }),
);
const ipcHandlers = new Map<string, Listener>();
const exposed = new Map<string, Record<string, unknown>>();
const invoked: unknown[][] = [];
const dataDir = mkdtempSync(path.join(tmpdir(), 'pbt-electron-shell-'));

const electronStandIn = {
  app,
  BrowserWindow: FakeBrowserWindow,
  ipcMain: standIn({ handle: (channel: string, handler: Listener) => void ipcHandlers.set(channel, handler) }),
  protocol: standIn({}),
  session: { defaultSession: standIn({}) },
  Menu: standIn({ buildFromTemplate: (template: unknown) => template }),
  screen: standIn({ getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] }),
  // The learner cancels every "open this link?" confirmation.
  dialog: standIn({ showMessageBox: vi.fn(async () => ({ response: 1 })) }),
  shell: standIn({ openExternal: vi.fn(async () => undefined) }),
  // A keychain that works, so the shell takes the desktop's credential stores (LRS, Git) rather than the environment.
  safeStorage: {
    isEncryptionAvailable: () => true,
    encryptString: (text: string) => Buffer.from(`sealed:${text}`),
    decryptString: (sealed: Buffer) => sealed.toString().replace(/^sealed:/, ''),
  },
  contextBridge: { exposeInMainWorld: (key: string, value: Record<string, unknown>) => void exposed.set(key, value) },
  ipcRenderer: { invoke: async (...args: unknown[]) => void invoked.push(args) },
};

/** Loads a CommonJS bundle with `require('electron')` answered by the stand-in. */
function loadBundle(file: string): void {
  const electronPath = createRequire(file).resolve('electron');
  requireHere.cache[electronPath] = { id: electronPath, filename: electronPath, loaded: true, exports: electronStandIn } as NodeJS.Module;
  delete requireHere.cache[file];
  requireHere(file);
}

const callIpc = (channel: string, frame: { url: string; parent: unknown }, ...args: unknown[]) =>
  ipcHandlers.get(channel)!({ senderFrame: frame, sender: { mainFrame: appFrame } }, ...args) as Promise<ApiOutcome>;

beforeAll(async () => {
  await buildElectron();
  // The shell keeps its data in the user-data folder; point it at a temporary one.
  app.setPath = (name: string) => void app.paths.set(name, dataDir);
  loadBundle(MAIN);
  await vi.waitFor(() => expect(windows[0]?.loaded.length).toBeGreaterThan(0), { timeout: 30_000, interval: 50 });
}, 120_000);

afterAll(async () => {
  // Quitting closes the back end (caches written, data folder released) before the app exits.
  const quit = new Promise<void>((resolve) => (app.quit = () => resolve()));
  app.emit('will-quit', { preventDefault: () => undefined });
  await quit;
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the desktop shell (built bundles, stand-in Electron)', () => {
  it('opens one sandboxed window on the app scheme, never a file: URL, with the preload bundle', () => {
    expect(windows).toHaveLength(1);
    const [window] = windows;
    expect(window!.loaded).toEqual([APP_START_URL]);
    expect(window!.loaded.some((url) => url.startsWith('file:'))).toBe(false);
    expect(window!.options.webPreferences).toMatchObject({ preload: PRELOAD, sandbox: true, contextIsolation: true, nodeIntegration: false });
  });

  it('answers every contract method over IPC from the app page, and nothing from a foreign frame', async () => {
    expect([...ipcHandlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    const unknown = await callIpc(IPC_CHANNELS.api, appFrame, 'noSuchMethod', {});
    expect(unknown).toMatchObject({ ok: false, error: { message: expect.stringContaining('Unknown API method') } });
    for (const method of Object.keys(apiArgs)) {
      const outcome = await callIpc(IPC_CHANNELS.api, appFrame, method, {});
      if (!outcome.ok) expect(outcome.error.message, method).not.toContain('Unknown API method');
    }
    const diagnostics = await callIpc(IPC_CHANNELS.api, appFrame, 'getDiagnostics', {});
    expect(diagnostics).toEqual({ ok: true, result: expect.any(Array) });
    for (const channel of Object.values(IPC_CHANNELS)) {
      for (const frame of [foreignFrame, subFrame]) {
        const refused = await callIpc(channel, frame, 'getCatalog', {});
        expect(refused, channel).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      }
    }
  });

  it('refuses navigation away from the app, new windows and webviews, and opens links outside only when confirmed', async () => {
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    const navigate = (url: string) => {
      const event = { url, preventDefault: vi.fn() };
      contents.emit('will-navigate', event);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('https://example.com/phish')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate(APP_START_URL)).toBe(false);
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: APP_START_URL })).toEqual({ action: 'deny' });
    // A web link is shown to the learner first; cancelled, it is not opened.
    await vi.waitFor(() => expect(electronStandIn.dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ detail: 'https://example.com/' })));
    expect(electronStandIn.shell.openExternal).not.toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('preload exposes exactly the typed bridge, each member on its own channel', async () => {
    loadBundle(PRELOAD);
    const bridge = exposed.get(DESKTOP_BRIDGE_KEY)!;
    expect([...exposed.keys()]).toEqual([DESKTOP_BRIDGE_KEY]);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'pickFolder', 'savePrepSheetPdf']);
    await (bridge.call as (method: string, args: unknown) => Promise<unknown>)('getCatalog', {});
    await (bridge.savePrepSheetPdf as (args: unknown) => Promise<unknown>)({ profileId: 'p' });
    await (bridge.pickFolder as () => Promise<unknown>)();
    expect(invoked).toEqual([[IPC_CHANNELS.api, 'getCatalog', {}], [IPC_CHANNELS.savePrepSheetPdf, { profileId: 'p' }], [IPC_CHANNELS.pickFolder]]);
  });

  it('is what electron-builder packages, with the built-in pack and its caches beside it', () => {
    const config = parse(readFileSync(path.join(REPO, 'electron-builder.yml'), 'utf8')) as { files: string[]; extraResources: { from: string; to: string }[] };
    const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { main: string };
    expect(path.join(REPO, manifest.main)).toBe(MAIN);
    expect(config.files).toContain('dist/**');
    expect(config.files).toContain('!dist/node/**');
    expect(config.extraResources).toEqual(
      expect.arrayContaining([
        { from: 'playbooks', to: 'playbooks' },
        { from: 'content', to: 'content' },
        { from: '.pbt-cache', to: '.pbt-cache' },
      ]),
    );
  });
});
