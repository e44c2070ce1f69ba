// The system's folder dialog, for the trainer's workspace: on the desktop nobody should type a folder's path.
import { dialog, type BrowserWindow } from 'electron';
import type { PickedFolder } from '../core/api/desktopBridge';

export async function pickFolder(parent: BrowserWindow | null): Promise<PickedFolder> {
  const options: Electron.OpenDialogOptions = { properties: ['openDirectory', 'createDirectory'] };
  const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return { dir: choice.canceled ? null : (choice.filePaths[0] ?? null) };
}
