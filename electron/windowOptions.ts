// The one BrowserWindow's options. Security settings are spelled out even where they are Electron's
// defaults, so a future default change or a careless edit shows up in review and in the tests.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './windowState';

export function windowOptions(bounds: WindowBounds, preload: string): BrowserWindowConstructorOptions {
  return {
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: 720,
    minHeight: 520,
    title: 'Playbook Trainer',
    // Shown once the first paint is ready, so the learner never sees a white flash.
    show: false,
    backgroundColor: '#111827',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}
