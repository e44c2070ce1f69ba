// The signed-in learner, available to every screen without passing it down.
import { createContext, useContext } from 'react';
import type { ApiArgs, Profile } from '../../core/api/contract';
import type { Lang } from '../../core/model';

export type ProfilePatch = Omit<ApiArgs<'updateProfile'>, 'profileId'>;

/** The signed-in learner and what the frame needs to act for them. */
export interface Session {
  profile: Profile;
  profiles: Profile[];
  /** UI language, also the language content is requested in (the back end falls back). */
  lang: Lang;
  updateProfile: (patch: ProfilePatch) => Promise<void>;
  switchProfile: (profileId: string) => Promise<void>;
  createProfile: (args: ApiArgs<'createProfile'>) => Promise<void>;
  /** Reviews due now, for the sidebar badge; null until known. */
  dueCount: number | null;
  refreshDue: () => void;
  /** The prep sheet pins go to: the one last opened or pinned to this session. */
  activeSheetId: string | undefined;
  setActiveSheetId: (sheetId: string | undefined) => void;
  /** True for a learner who signed up in this run of the app: home welcomes them rather than welcoming them back. */
  firstVisit?: boolean;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a signed-in profile above it');
  return session;
}
