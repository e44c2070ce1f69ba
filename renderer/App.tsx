// The app's root: the API, then first run or the signed-in learner's session, language, toasts and frame.
import { useCallback, useState, type ReactNode } from 'react';
import type { Api } from '../core/api/contract';
import type { Lang } from '../core/model';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ErrorState, Loading } from './components/StateViews';
import { Frame } from './frame/Frame';
import { I18nProvider, useI18n } from './i18n/I18nContext';
import { FirstRunScreen } from './screens/FirstRunScreen';
import { ApiProvider, useApi } from './state/ApiContext';
import { SessionContext } from './state/SessionContext';
import { ToastProvider } from './state/ToastContext';
import { useApiQuery } from './state/useApiQuery';
import { useSignedInSession, type SignedInLearner } from './state/useSignedInSession';
import { WorkspaceProvider } from './state/WorkspaceContext';
import { useAppliedTheme } from './theme/useAppliedTheme';

/** The language to greet a new learner in, before they have chosen one. */
function preferredLang(): Lang {
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function App({ api }: { api: Api }) {
  return (
    <ApiProvider api={api}>
      <SessionRoot />
    </ApiProvider>
  );
}

function WithToasts({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <ToastProvider dismissLabel={t('toast.dismiss')}>
      <ErrorBoundary>{children}</ErrorBoundary>
    </ToastProvider>
  );
}

/** Loads the profiles: first run when nobody is signed in, else the app for the active learner. */
function SessionRoot() {
  const api = useApi();
  const profiles = useApiQuery(() => api.listProfiles({}), [api]);
  const [draftLang, setDraftLang] = useState<Lang>(preferredLang);
  // Learners signed up in this run of the app, to greet them with a welcome rather than a "welcome back".
  const [newcomers, setNewcomers] = useState<ReadonlySet<string>>(() => new Set());
  const welcome = useCallback((profileId: string) => setNewcomers((ids) => new Set(ids).add(profileId)), []);
  const list = profiles.state.data;
  const active = list?.profiles.find((p) => p.id === list.activeId);
  useAppliedTheme(active?.theme ?? 'system', active?.uiLang ?? draftLang);

  let content: ReactNode;
  if (profiles.state.status === 'error' && !list) {
    content = (
      <div className="standalone">
        <ErrorState error={profiles.state.error} onRetry={profiles.reload} />
      </div>
    );
  } else if (!list) {
    content = (
      <div className="standalone">
        <Loading />
      </div>
    );
  } else if (!active) {
    content = (
      <FirstRunScreen
        lang={draftLang}
        onLangChange={setDraftLang}
        existing={list.profiles}
        onSignedIn={(signedIn, created) => {
          if (created) welcome(created.id);
          profiles.set(signedIn);
        }}
      />
    );
  } else {
    return (
      <I18nProvider lang={active.uiLang}>
        <WithToasts>
          <SignedIn list={list} profile={active} firstVisit={newcomers.has(active.id)} onCreated={welcome} onListChange={profiles.set} />
        </WithToasts>
      </I18nProvider>
    );
  }
  return (
    <I18nProvider lang={draftLang}>
      <WithToasts>{content}</WithToasts>
    </I18nProvider>
  );
}

function SignedIn(props: SignedInLearner) {
  const session = useSignedInSession(props);
  return (
    <SessionContext.Provider value={session}>
      <WorkspaceProvider>
        <Frame key={props.profile.id} />
      </WorkspaceProvider>
    </SessionContext.Provider>
  );
}
