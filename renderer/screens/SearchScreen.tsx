// The search screen (route `search`): full results with filters, beyond the palette's first dozen.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { RoleId } from '../../core/model';
import { Icon } from '../components/Icon';
import { PageHeader } from '../components/PageHeader';
import { RoleSelect } from '../components/RoleSelect';
import { EmptyState, ErrorState, Loading } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { PinButton } from '../prep/PinButton';
import { formatRoute } from '../routing/routes';
import { hitPinItem, hitRoute, OPENABLE_TYPES, type OpenableHit, type OpenableType } from '../search/hitLinks';
import { HitSummary } from '../search/HitSummary';
import { SearchSuggestionsView } from '../search/SearchSuggestionsView';
import { navigate } from '../routing/useRoute';
import { useSearch } from '../search/useSearch';
import { useSession } from '../state/SessionContext';

const PAGE_LIMIT = 50;

/** The full search page: query, type and role filters, results you can open or pin. ↓ from the box walks the results. */
export function SearchScreen({ initialQuery }: { initialQuery: string }) {
  const { t } = useI18n();
  const { lang } = useSession();
  const ids = useId();
  const [query, setQuery] = useState(initialQuery);
  const [types, setTypes] = useState<OpenableType[]>([]);
  const [role, setRole] = useState<RoleId | ''>('');
  const results = useRef<HTMLOListElement>(null);
  const { state, settledQuery } = useSearch(query, lang, { types, roles: role ? [role] : [], limit: PAGE_LIMIT });

  const toggleType = (type: OpenableType) => setTypes((list) => (list.includes(type) ? list.filter((x) => x !== type) : [...list, type]));

  const resultLinks = () => Array.from(results.current?.querySelectorAll<HTMLAnchorElement>('a.result-link') ?? []);
  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || (event.key === 'Enter' && !event.nativeEvent.isComposing)) {
      const first = resultLinks()[0];
      if (!first) return;
      event.preventDefault();
      if (event.key === 'Enter') first.click();
      else first.focus();
    }
  };
  const onResultsKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = resultLinks();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    event.preventDefault();
    links[index + (event.key === 'ArrowDown' ? 1 : -1)]?.focus();
  };

  const hits: OpenableHit[] = state.data ?? [];
  return (
    <div className="page">
      <PageHeader title={t('search.title')} subtitle={t('search.subtitle')} />
      <div className="search-box" role="search">
        <Icon name="search" />
        <input
          className="search-input"
          type="search"
          aria-label={t('search.inputLabel')}
          placeholder={t('search.placeholder')}
          value={query}
          autoFocus
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onInputKeyDown}
        />
        {state.status === 'loading' && settledQuery && <span className="spinner" aria-hidden="true" />}
      </div>
      <div className="toolbar">
        <div className="chip-group" role="group" aria-label={t('search.typeFilter')}>
          {OPENABLE_TYPES.map((type) => (
            <button key={type} type="button" className="chip" aria-pressed={types.includes(type)} onClick={() => toggleType(type)}>
              {t(`search.type.${type}`)}
            </button>
          ))}
        </div>
        <div className="toolbar-field">
          <label htmlFor={`${ids}-role`}>{t('library.role')}</label>
          <RoleSelect id={`${ids}-role`} value={role} onChange={setRole} anyLabel={t('library.anyRole')} />
        </div>
      </div>

      {!settledQuery ? (
        <EmptyState title={t('search.startTitle')}>{t('search.startBody')}</EmptyState>
      ) : state.status === 'error' ? (
        <ErrorState error={state.error} />
      ) : state.status === 'loading' && !state.data ? (
        <Loading />
      ) : hits.length === 0 ? (
        <EmptyState title={t('search.noResults', { query: settledQuery })}>
          <SearchSuggestionsView query={settledQuery} onQuery={setQuery} onOpen={navigate} />
        </EmptyState>
      ) : (
        <>
          <p className="result-count" aria-live="polite">
            {t('search.count', { count: hits.length })}
          </p>
          {hits.every((hit) => hit.partial) && (
            <p className="notice" role="note">
              {t('search.partialNote')}
            </p>
          )}
          <ol ref={results} className="results" aria-label={t('search.results')} onKeyDown={onResultsKeyDown}>
            {hits.map((hit) => {
              const pinItem = hitPinItem(hit);
              return (
                <li key={`${hit.type}:${hit.id}:${hit.section ?? ''}`} className="result card">
                  <a className="result-link" href={formatRoute(hitRoute(hit, lang))}>
                    <HitSummary hit={hit} />
                  </a>
                  {pinItem && <PinButton item={pinItem} label={hit.title} compact />}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </div>
  );
}
