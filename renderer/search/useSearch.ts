// Search as you type without flooding the back end or showing stale answers.
import { useEffect, useState } from 'react';
import type { Lang, RoleId } from '../../core/model';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useApiQuery, type QueryState } from '../state/useApiQuery';
import { isOpenable, OPENABLE_TYPES, type OpenableHit, type OpenableType } from './hitLinks';

const TYPING_PAUSE_MS = 120;

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export interface SearchFilters {
  /** Narrows the openable types; empty or absent means all of them. */
  types?: OpenableType[];
  roles?: RoleId[];
  limit?: number;
}

/**
 * Results as the learner types. Requests start after a short pause, and only the answer to the
 * latest query is shown (useApiQuery drops stale ones), so fast typing never shows old results.
 */
export function useSearch(query: string, lang: Lang, filters: SearchFilters = {}): { state: QueryState<OpenableHit[]>; settledQuery: string } {
  const api = useApi();
  // The learner's own role ranks first: a coordinator and a regional manager want different tactics for "pricing".
  const { role } = useSession().profile;
  const settledQuery = useDebounced(query.trim(), TYPING_PAUSE_MS);
  const { types, roles, limit } = filters;
  const typesKey = types?.join(',') ?? '';
  const rolesKey = roles?.join(',') ?? '';
  const { state } = useApiQuery(
    () =>
      settledQuery
        ? api
            .search({
              query: settledQuery,
              lang,
              role,
              types: types && types.length > 0 ? types : [...OPENABLE_TYPES],
              ...(roles && roles.length > 0 ? { roles } : {}),
              ...(limit ? { limit } : {}),
            })
            .then((hits) => hits.filter(isOpenable))
        : Promise.resolve([]),
    [api, settledQuery, lang, role, typesKey, rolesKey, limit],
  );
  return { state, settledQuery };
}
