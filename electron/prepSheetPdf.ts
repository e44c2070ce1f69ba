// PDF export of a prep sheet: the print HTML from the API is laid out in a hidden window with
// JavaScript off and printed with Chromium's own engine, then saved where the learner chooses.
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { Api } from '../core/api/contract';
import type { SavedPdf, SavePrepSheetPdfArgs } from '../core/api/desktopBridge';
import { writeFileAtomically } from '../backend/files/writeFileAtomically';

export async function savePrepSheetPdf(api: Api, parent: BrowserWindow | null, args: SavePrepSheetPdfArgs): Promise<SavedPdf> {
  const exported = await api.exportPrepSheet({ ...args, format: 'html' });
  const pdf = await printHtmlToPdf(exported.content);
  const defaultPath = path.join(app.getPath('documents'), exported.filename.replace(/\.html?$/i, '') + '.pdf');
  const options = { defaultPath, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  await writeFileAtomically(choice.filePath, pdf);
  return { saved: true, file: choice.filePath };
}

async function printHtmlToPdf(html: string): Promise<Buffer> {
  const printer = new BrowserWindow({
    show: false,
    webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false },
  });
  try {
    await printer.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
    return await printer.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
  } finally {
    printer.destroy();
  }
}
