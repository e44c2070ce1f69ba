// What every screen knows about the signed-in learner (the session): their profile, the others on this machine,
// changing or switching them, the due-card count and the active prep sheet.
import { useCallback, useMemo, useState } from 'react';
import type { ApiArgs, Profile, ProfileList } from '../../core/api/contract';
import { useRoute } from '../routing/useRoute';
import { useApi } from './ApiContext';
import type { ProfilePatch, Session } from './SessionContext';
import { useApiQuery } from './useApiQuery';

export interface SignedInLearner {
  list: ProfileList;
  profile: Profile;
  firstVisit: boolean;
  onCreated: (profileId: string) => void;
  onListChange: (list: ProfileList) => void;
}

export function useSignedInSession({ list, profile, firstVisit, onCreated, onListChange }: SignedInLearner): Session {
  const api = useApi();
  const route = useRoute();
  const [activeSheetId, setActiveSheetId] = useState<string | undefined>();
  // The due badge is refreshed on every navigation: finishing a quiz or a review changes it.
  const due = useApiQuery(
    () => api.dueReviews({ profileId: profile.id, lang: profile.uiLang }).then((queue) => queue.due.length),
    [api, profile.id, profile.uiLang, route],
  );

  const updateProfile = useCallback(
    async (patch: ProfilePatch) => {
      const updated = await api.updateProfile({ profileId: profile.id, ...patch });
      onListChange({ ...list, profiles: list.profiles.map((p) => (p.id === updated.id ? updated : p)) });
    },
    [api, profile.id, list, onListChange],
  );
  const switchProfile = useCallback(
    async (profileId: string) => {
      onListChange(await api.selectProfile({ profileId }));
      setActiveSheetId(undefined);
    },
    [api, onListChange],
  );
  const createProfile = useCallback(
    async (args: ApiArgs<'createProfile'>) => {
      const created = await api.createProfile(args);
      onCreated(created.id);
      await switchProfile(created.id);
    },
    [api, switchProfile, onCreated],
  );

  return useMemo<Session>(
    () => ({
      profile,
      profiles: list.profiles,
      lang: profile.uiLang,
      updateProfile,
      switchProfile,
      createProfile,
      dueCount: due.state.data ?? null,
      refreshDue: due.reload,
      activeSheetId,
      setActiveSheetId,
      firstVisit,
    }),
    [profile, list.profiles, updateProfile, switchProfile, createProfile, due.state.data, due.reload, activeSheetId, firstVisit],
  );
}
