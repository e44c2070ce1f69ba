// The Changes panel's state: the workspace repository's status (reloaded when the content changes), and one Git
// action at a time (fetch, commit, pull, push) whose outcome is kept until the next one.
import { useState } from 'react';
import type { GitStatus, PullOutcome, PushOutcome } from '../../core/git/gitStatus';
import { messageOf } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useApiQuery, type Query } from '../state/useApiQuery';

/** What the last action came to: shown as a status when it went through, as an alert when it did not. */
export interface GitActionOutcome {
  ok: boolean;
  message: string;
  /** Files a refused pull names. */
  files?: string[];
}

export interface GitChanges {
  status: Query<GitStatus>;
  busy: boolean;
  outcome: GitActionOutcome | null;
  fetch(): Promise<void>;
  commit(message: string): Promise<boolean>;
  pull(): Promise<void>;
  push(): Promise<void>;
}

export function useGitChanges(revision: number | undefined): GitChanges {
  const api = useApi();
  const { t } = useI18n();
  const { profile } = useSession();
  const status = useApiQuery(() => api.gitStatus({}), [api, revision]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<GitActionOutcome | null>(null);

  const run = async (action: () => Promise<GitActionOutcome>): Promise<boolean> => {
    setBusy(true);
    setOutcome(null);
    try {
      const result = await action();
      setOutcome(result);
      return result.ok;
    } catch (error) {
      setOutcome({ ok: false, message: messageOf(error, t('state.errorUnknown')) });
      return false;
    } finally {
      setBusy(false);
      status.reload();
    }
  };

  const pullMessage = (pulled: PullOutcome): GitActionOutcome => {
    switch (pulled.outcome) {
      case 'up-to-date':
        return { ok: true, message: t('git.pullUpToDate') };
      case 'fast-forward':
        return { ok: true, message: t('git.pulled', { count: pulled.commits }), files: pulled.files };
      case 'conflict':
        return { ok: false, message: t(pulled.reason === 'diverged' ? 'git.pullDiverged' : 'git.pullLocalChanges'), files: pulled.files };
      case 'remote-problem':
        return { ok: false, message: pulled.message };
    }
  };

  const pushMessage = (pushed: PushOutcome): GitActionOutcome => {
    switch (pushed.outcome) {
      case 'pushed':
        return { ok: true, message: t('git.pushed', { count: pushed.commits }) };
      case 'up-to-date':
        return { ok: true, message: t('git.pushUpToDate') };
      case 'rejected':
        return { ok: false, message: t('git.pushRejected', { message: pushed.message }) };
      case 'remote-problem':
        return { ok: false, message: pushed.message };
    }
  };

  return {
    status,
    busy,
    outcome,
    fetch: async () => {
      await run(async () => {
        const fetched = await api.gitStatus({ fetch: true });
        status.set(fetched);
        if (fetched.repository && fetched.remoteProblem) return { ok: false, message: fetched.remoteProblem.message };
        return { ok: true, message: fetched.repository && fetched.behind > 0 ? t('git.fetchedBehind', { count: fetched.behind }) : t('git.fetchedCurrent') };
      });
    },
    commit: (message) =>
      run(async () => {
        const committed = await api.gitCommit({ profileId: profile.id, message });
        return { ok: true, message: t('git.committed', { count: committed.files, commit: committed.commit.slice(0, 7) }) };
      }),
    pull: async () => {
      await run(async () => pullMessage(await api.gitPull({})));
    },
    push: async () => {
      await run(async () => pushMessage(await api.gitPush({})));
    },
  };
}
