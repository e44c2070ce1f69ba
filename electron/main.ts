// Electron main process: one locked-down window on the app's own scheme, the API over IPC,
// and the back end (content, search, progress store) opened once for the whole session.
import path from 'node:path';
import type { WebContents } from 'electron';
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session, shell } from 'electron';
import { openBackend, type Backend } from '../backend/openBackend';
import { defaultDataDir } from '../backend/store/defaultDataDir';
import { IPC_CHANNELS } from '../core/api/desktopBridge';
import { appMenuTemplate } from './appMenu';
import { registerAppScheme, serveAppProtocol } from './appProtocol';
import { APP_START_URL, navigationDecision } from './appUrl';
import { openExternalAfterConfirm } from './externalLinks';
import { keychainGitCredentials } from './keychainGitCredentials';
import { answerApiCall, answerPickFolder, answerSavePrepSheetPdf, senderUrlOf } from './ipcHandlers';
import { pickFolder } from './pickFolder';
import { savePrepSheetPdf } from './prepSheetPdf';
import { lrsKeychain } from './lrsKeychain';
import { denyAllPermissions } from './sessionPolicy';
import { windowOptions } from './windowOptions';
import { readWindowState, restoreBounds, writeWindowState } from './windowState';

// The bundle lives in dist/electron/; the renderer build next to it in dist/renderer/.
const PRELOAD = path.join(__dirname, 'preload.cjs');
const RENDERER_DIR = path.join(__dirname, '..', 'renderer');

registerAppScheme();
// The same folder the web host and the CLI use by default, so all of them share one progress file.
app.setPath('userData', defaultDataDir());

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  runApp();
}

function runApp(): void {
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  app.on('window-all-closed', () => app.quit());

  app
    .whenReady()
    .then(async () => {
      const dataDir = app.getPath('userData');
      const backend = await openBackend({
        contentRoots: [builtInContentRoot()],
        dataDir,
        gitCredentials: keychainGitCredentials(dataDir),
        lrsCredentials: lrsKeychain(dataDir),
      });
      closeOnQuit(backend);
      serveAppProtocol(RENDERER_DIR, backend.contentRoots);
      denyAllPermissions(session.defaultSession);
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(appMenuTemplate({ platform: process.platform, isDev: !app.isPackaged, appName: app.name })),
      );
      const api = backend.api;
      const onInternalError = (error: unknown, operation: string) => console.error(`${operation} failed:`, error);
      ipcMain.handle(IPC_CHANNELS.api, (event, method: unknown, args: unknown) =>
        answerApiCall(api, senderUrlOf(event.senderFrame), method, args, { onInternalError }),
      );
      ipcMain.handle(IPC_CHANNELS.pickFolder, (event) => answerPickFolder(senderUrlOf(event.senderFrame), () => pickFolder(mainWindow), { onInternalError }));
      ipcMain.handle(IPC_CHANNELS.savePrepSheetPdf, (event, args: unknown) =>
        answerSavePrepSheetPdf(senderUrlOf(event.senderFrame), args, (valid) => savePrepSheetPdf(api, mainWindow, valid), {
          onInternalError,
        }),
      );
      mainWindow = await createMainWindow();
      mainWindow.on('closed', () => (mainWindow = null));
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('Playbook Trainer could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}

/** Quitting waits for the back end to write cache saves still waiting, so the next start can load them. */
function closeOnQuit(backend: Backend): void {
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    closed = true;
    event.preventDefault();
    void backend.close().finally(() => app.quit());
  });
}

/** The shipped playbooks/ and content/: copied next to the app as resources when packaged, the repository otherwise. */
function builtInContentRoot(): string {
  return app.isPackaged ? process.resourcesPath : app.getAppPath();
}

async function createMainWindow(): Promise<BrowserWindow> {
  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const bounds = restoreBounds(
    await readWindowState(stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow(windowOptions(bounds, PRELOAD));
  if (bounds.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    void writeWindowState(stateFile, { ...window.getNormalBounds(), maximized: window.isMaximized() }).catch((error: unknown) =>
      console.error('Could not remember the window size:', error),
    );
  });
  await window.loadURL(APP_START_URL);
  return window;
}

/** Every web contents (the window, the PDF printer) stays on the app: no navigation away, no pop-ups, no webviews. */
function lockDown(contents: WebContents): void {
  const guard = (event: { preventDefault(): void; url: string }) => {
    if (navigationDecision(event.url) === 'allow') return;
    event.preventDefault();
    openExternal(contents, event.url);
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternal(contents, url);
    return { action: 'deny' };
  });
}

/** Web and mail links go to the system's handlers once the learner confirms; anything else goes nowhere. */
function openExternal(contents: WebContents, url: string): void {
  const parent = BrowserWindow.fromWebContents(contents);
  void openExternalAfterConfirm(url, app.getLocale(), {
    ask: (options) => (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options)),
    open: (link) => shell.openExternal(link),
  }).catch((error: unknown) => console.error('Opening a link failed:', error));
}
