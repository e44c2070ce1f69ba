import { useCallback } from 'react';
import type { PrepItemRef } from '../../core/api/contract';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute } from '../routing/routes';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useNotify } from '../state/ToastContext';

/** Pins a section or tactic to the session's prep sheet (the back end picks or starts one when none is active). */
export function usePin(): (item: PrepItemRef) => Promise<void> {
  const api = useApi();
  const { profile, activeSheetId, setActiveSheetId } = useSession();
  const notify = useNotify();
  const { t } = useI18n();
  return useCallback(
    async (item) => {
      try {
        const sheet = await api.pin({ profileId: profile.id, sheetId: activeSheetId, item });
        setActiveSheetId(sheet.id);
        notify(t('pin.done', { sheet: sheet.title || t('prep.untitled') }), {
          action: { label: t('pin.openSheet'), href: formatRoute({ name: 'prep', sheetId: sheet.id }) },
        });
      } catch (error) {
        notify(error instanceof Error ? error.message : t('state.errorUnknown'), { tone: 'error' });
      }
    },
    [api, profile.id, activeSheetId, setActiveSheetId, notify, t],
  );
}
