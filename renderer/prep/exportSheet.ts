// A prep sheet leaves the app as a Markdown file or a PDF, in either host.
import type { ExportedFile } from '../../core/api/contract';
import type { SavedPdf } from '../../core/api/desktopBridge';
import { desktopBridge } from '../api/getApi';

/** Hands an exported file to the browser as a download (both hosts: Electron saves it like a browser). */
export function downloadFile(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next tick: the download has taken its copy by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export type PdfOutcome = { kind: 'saved'; file?: string } | { kind: 'cancelled' } | { kind: 'printed' };

/**
 * PDF export: the desktop shell renders the sheet with Electron's printToPDF and asks where to save it;
 * in the browser, the print dialog (with the print stylesheet) does the job.
 */
export async function exportPdf(profileId: string, sheetId: string): Promise<PdfOutcome> {
  const bridge = desktopBridge();
  if (!bridge) {
    window.print();
    return { kind: 'printed' };
  }
  const outcome = await bridge.savePrepSheetPdf({ profileId, sheetId });
  if (!outcome.ok) throw new Error(outcome.error.message);
  // The bridge carries dispatch outcomes; a successful savePrepSheetPdf always resolves to a SavedPdf.
  const saved = outcome.result as SavedPdf;
  return saved.saved ? { kind: 'saved', file: saved.file } : { kind: 'cancelled' };
}
