// Test support for component tests: renders a component with an in-memory fake `Api` and the English UI.
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { API_METHODS, type Api } from '../../core/api/contract';
import { I18nProvider } from '../i18n/I18nContext';
import { ApiProvider } from '../state/ApiContext';
import { SessionContext, type Session } from '../state/SessionContext';
import { ToastProvider } from '../state/ToastContext';

/** A fake `Api` with the given methods; any other method fails the test loudly when called. */
export function fakeApi(methods: Partial<Api>): Api {
  const api: Partial<Record<keyof Api, unknown>> = {};
  for (const method of API_METHODS) {
    api[method] = methods[method] ?? (() => Promise.reject(new Error(`The test did not expect a call to ${method}`)));
  }
  // Every method is filled in above, either by the test or by the failing default.
  return api as Api;
}

export function renderWithApi(ui: ReactElement, api: Api): RenderResult {
  return render(
    <ApiProvider api={api}>
      <I18nProvider lang="en">{ui}</I18nProvider>
    </ApiProvider>,
  );
}

/** A signed-in English-speaking sales rep, for screens that act for the learner. */
export const testSession: Session = {
  profile: { id: 'p1', name: 'Li Wei', role: 'sales-rep', uiLang: 'en', theme: 'light', createdAt: '2025-01-01T00:00:00Z' },
  profiles: [],
  lang: 'en',
  updateProfile: async () => undefined,
  switchProfile: async () => undefined,
  createProfile: async () => undefined,
  dueCount: 0,
  refreshDue: () => undefined,
  activeSheetId: undefined,
  setActiveSheetId: () => undefined,
};

/** Renders inside the signed-in session, with toasts, as the app frame would. */
export function renderInSession(ui: ReactElement, api: Api): RenderResult {
  return render(
    <ApiProvider api={api}>
      <I18nProvider lang="en">
        <SessionContext.Provider value={testSession}>
          <ToastProvider dismissLabel="Dismiss">{ui}</ToastProvider>
        </SessionContext.Provider>
      </I18nProvider>
    </ApiProvider>,
  );
}
