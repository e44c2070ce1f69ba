// A search that finds nothing still offers a way on.
import type { Route } from '../routing/routes';
import { useI18n } from '../i18n/I18nContext';
import { useApi } from '../state/ApiContext';
import { useApiQuery } from '../state/useApiQuery';
import { hitRoute, isOpenable } from './hitLinks';

/**
 * Never a dead end: for a query that found nothing, what was searched for, the nearest words ("did you mean"),
 * glossary terms it resembles (each searches on click) and the tactics of the nearest tag.
 */
export function SearchSuggestionsView({ query, onQuery, onOpen }: { query: string; onQuery: (query: string) => void; onOpen: (route: Route) => void }) {
  const { t, lang } = useI18n();
  const api = useApi();
  const { state } = useApiQuery(() => api.searchSuggestions({ query, lang }), [api, query, lang]);
  const suggestions = state.data;
  if (!suggestions) return null;
  const words = [...suggestions.didYouMean];
  const tactics = suggestions.tactics.filter(isOpenable);
  return (
    <div className="search-suggestions">
      <p className="hint">
        {t('search.tried', { terms: suggestions.tried.map((term) => `“${term}”`).join(' ') })}
        {suggestions.ignored.length > 0 && ` ${t('search.triedIgnored', { words: suggestions.ignored.join(' ') })}`}
      </p>
      {words.length > 0 && (
        <SuggestionRow label={t('search.didYouMean')}>
          {words.map((word) => (
            <button key={word} type="button" className="chip" onClick={() => onQuery(word)}>
              {word}
            </button>
          ))}
        </SuggestionRow>
      )}
      {suggestions.glossary.length > 0 && (
        <SuggestionRow label={t('search.glossaryNear')}>
          {suggestions.glossary.map((term) => (
            <button key={term} type="button" className="chip" onClick={() => onQuery(term)}>
              {term}
            </button>
          ))}
        </SuggestionRow>
      )}
      {suggestions.tag && tactics.length > 0 && (
        <SuggestionRow label={t('search.tacticsFor', { tag: suggestions.tag })}>
          {tactics.map((hit) => (
            <button key={`${hit.id}#${hit.section}`} type="button" className="chip chip-link" onClick={() => onOpen(hitRoute(hit, lang))}>
              {hit.title}
            </button>
          ))}
        </SuggestionRow>
      )}
    </div>
  );
}

function SuggestionRow({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="suggestion-row">
      <span className="suggestion-label">{label}</span>
      <span className="suggestion-items">{children}</span>
    </div>
  );
}
