// What the Electron preload puts on `window.playbookTrainer`. It carries `dispatch` outcomes rather than
// thrown errors because contextBridge keeps only the message of an Error: the renderer rebuilds the
// `Api` (with `ApiError` codes intact) from `call` through `createApiClient`, exactly as over HTTP.
// Kept free of runtime imports: the sandboxed preload bundles this file and nothing else of core/.
import type { ApiArgs, ApiMethod } from './contract';
import type { ApiOutcome } from './dispatch';

export const DESKTOP_BRIDGE_KEY = 'playbookTrainer';

export const IPC_CHANNELS = {
  api: 'api',
  savePrepSheetPdf: 'save-prep-sheet-pdf',
  pickFolder: 'pick-folder',
} as const;

/** The prep sheet to print: the arguments of `exportPrepSheet` without the format. */
export type SavePrepSheetPdfArgs = Omit<ApiArgs<'exportPrepSheet'>, 'format'>;

/** `saved` is false when the learner cancelled the save dialog. */
export interface SavedPdf {
  saved: boolean;
  file?: string;
}

/** `dir` is null when the trainer closed the folder dialog without choosing. */
export interface PickedFolder {
  dir: string | null;
}

export interface DesktopBridge {
  call(method: ApiMethod, args: unknown): Promise<ApiOutcome>;
  /** Renders the prep sheet's print HTML to PDF (Electron printToPDF) and asks where to save it. Resolves to a `SavedPdf` outcome. */
  savePrepSheetPdf(args: SavePrepSheetPdfArgs): Promise<ApiOutcome>;
  /** Asks for a folder with the system's folder dialog (a workspace to open). Resolves to a `PickedFolder` outcome. */
  pickFolder(): Promise<ApiOutcome>;
}
