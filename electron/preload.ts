// Runs sandboxed in the page before its scripts: exposes the one bridge the renderer uses and nothing else
// (no ipcRenderer, no Node). Every call goes to handlers that check the frame and validate the arguments.
import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopBridge } from '../core/api/desktopBridge';
import { DESKTOP_BRIDGE_KEY, IPC_CHANNELS } from '../core/api/desktopBridge';

const bridge: DesktopBridge = {
  call: (method, args) => ipcRenderer.invoke(IPC_CHANNELS.api, method, args),
  savePrepSheetPdf: (args) => ipcRenderer.invoke(IPC_CHANNELS.savePrepSheetPdf, args),
  pickFolder: () => ipcRenderer.invoke(IPC_CHANNELS.pickFolder),
};

contextBridge.exposeInMainWorld(DESKTOP_BRIDGE_KEY, bridge);
