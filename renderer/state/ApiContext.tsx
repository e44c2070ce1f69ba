// Screens get the API from context, so they never know which host (or test fake) answers.
import { createContext, useContext, type ReactNode } from 'react';
import type { Api } from '../../core/api/contract';

const ApiContext = createContext<Api | null>(null);

/** Hands the one `Api` (IPC, HTTP, or a test's in-memory fake) to every screen. */
export function ApiProvider({ api, children }: { api: Api; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi needs an <ApiProvider> above it');
  return api;
}
