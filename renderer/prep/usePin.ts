// Pinning is the same from the reader, the search page and the palette: one hook does it and says the outcome.
import { useCallback } from 'react';
import type { PrepItemRef } from '../../core/api/contract';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute } from '../routing/routes';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useNotify } from '../state/ToastContext';
import { announceSheetChange } from './prepSheetEvents';

/** What a pin came to, in words for the learner: the confirmation and the sheet it went to, or why it failed. */
export type PinOutcome = { ok: true; message: string; sheetId: string } | { ok: false; message: string };

/**
 * Pins a section or tactic to the session's prep sheet (the back end picks or starts one when none is active).
 * The outcome is a toast, unless `toast` is false for a caller that says it itself (the modal palette covers toasts).
 */
export function usePin({ toast = true }: { toast?: boolean } = {}): (item: PrepItemRef) => Promise<PinOutcome> {
  const api = useApi();
  const { profile, activeSheetId, setActiveSheetId } = useSession();
  const notify = useNotify();
  const { t } = useI18n();
  return useCallback(
    async (item) => {
      try {
        const sheet = await api.pin({ profileId: profile.id, sheetId: activeSheetId, item });
        setActiveSheetId(sheet.id);
        announceSheetChange(sheet);
        const message = t('pin.done', { sheet: sheet.title || t('prep.untitled') });
        if (toast) notify(message, { action: { label: t('pin.openSheet'), href: formatRoute({ name: 'prep', sheetId: sheet.id }) } });
        return { ok: true, message, sheetId: sheet.id };
      } catch (error) {
        const message = error instanceof Error ? error.message : t('state.errorUnknown');
        if (toast) notify(message, { tone: 'error' });
        return { ok: false, message };
      }
    },
    [api, profile.id, activeSheetId, setActiveSheetId, notify, t, toast],
  );
}
