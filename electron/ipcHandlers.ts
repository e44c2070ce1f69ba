// The main process answers IPC from the app's own page only (its top frame), and validates every argument
// before anything runs: a compromised or foreign frame gets a refusal, never the learner's data.
import type { WebFrameMain } from 'electron';
import type { Api } from '../core/api/contract';
import { apiArgs } from '../core/api/contract';
import type { PickedFolder, SavedPdf, SavePrepSheetPdfArgs } from '../core/api/desktopBridge';
import type { ApiOutcome, DispatchOptions } from '../core/api/dispatch';
import { dispatch, settle, validateArgs } from '../core/api/dispatch';
import { isAppUrl } from './appUrl';

const savePrepSheetPdfArgs = apiArgs.exportPrepSheet.omit({ format: true });

/** What the handlers know about the caller: its URL from `senderUrlOf` (null when it may not call at all). */
export type SenderUrl = string | null | undefined;

/**
 * The URL of the frame that sent an IPC message (`event.senderFrame`), when it is the top frame of its page;
 * null for a subframe, even one of the app's own origin, and for a frame that is gone.
 */
export function senderUrlOf(frame: Pick<WebFrameMain, 'url'> & { parent: unknown } | null | undefined): SenderUrl {
  return frame && frame.parent === null ? frame.url : null;
}

function refuseForeignFrame(senderUrl: SenderUrl): ApiOutcome | null {
  if (senderUrl && isAppUrl(senderUrl)) return null;
  return { ok: false, error: { code: 'bad-request', message: 'IPC is only answered for the app’s own page.' } };
}

export async function answerApiCall(
  api: Api,
  senderUrl: SenderUrl,
  method: unknown,
  args: unknown,
  options: DispatchOptions = {},
): Promise<ApiOutcome> {
  return refuseForeignFrame(senderUrl) ?? dispatch(api, method, args, options);
}

export async function answerSavePrepSheetPdf(
  senderUrl: SenderUrl,
  rawArgs: unknown,
  save: (args: SavePrepSheetPdfArgs) => Promise<SavedPdf>,
  options: DispatchOptions = {},
): Promise<ApiOutcome> {
  const refused = refuseForeignFrame(senderUrl);
  if (refused) return refused;
  const parsed = validateArgs(savePrepSheetPdfArgs, rawArgs, 'savePrepSheetPdf');
  if (!parsed.ok) return parsed;
  return settle(() => save(parsed.data), 'savePrepSheetPdf', options);
}

export async function answerPickFolder(senderUrl: SenderUrl, pick: () => Promise<PickedFolder>, options: DispatchOptions = {}): Promise<ApiOutcome> {
  return refuseForeignFrame(senderUrl) ?? settle(pick, 'pickFolder', options);
}
