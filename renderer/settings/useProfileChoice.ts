// Settings apply as soon as they are chosen: the choice shows at once while the profile saves, and a failure puts the saved value back.
import { useState } from 'react';
import { messageOf } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { useSession, type ProfilePatch } from '../state/SessionContext';
import { useNotify } from '../state/ToastContext';

/** The profile as shown (saved values with the choices still being saved laid over them) and `apply` to choose. */
export function useProfileChoice() {
  const { t } = useI18n();
  const { profile, updateProfile } = useSession();
  const notify = useNotify();
  const [pending, setPending] = useState<ProfilePatch>({});

  const apply = async (patch: ProfilePatch) => {
    setPending((p) => ({ ...p, ...patch }));
    try {
      await updateProfile(patch);
    } catch (error) {
      notify(messageOf(error, t('state.errorUnknown')), { tone: 'error' });
    } finally {
      setPending((p) => {
        const rest = { ...p };
        for (const key of Object.keys(patch) as (keyof ProfilePatch)[]) delete rest[key];
        return rest;
      });
    }
  };
  return { shown: { ...profile, ...pending }, apply };
}
