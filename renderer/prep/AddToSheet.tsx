// A prep sheet grows from where it is edited: search tactics and sections and add them without leaving it.
import { useState } from 'react';
import type { PrepItemRef } from '../../core/api/contract';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nContext';
import { hitPinItem } from '../search/hitLinks';
import { HitSummary } from '../search/HitSummary';
import { useSearch } from '../search/useSearch';

const ADD_LIMIT = 8;

/** Search tactics and sections right from the sheet and add them. */
export function AddToSheet({ onAdd, pinned }: { onAdd: (item: PrepItemRef) => void; pinned: PrepItemRef[] }) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const { state, settledQuery } = useSearch(query, lang, { types: ['tactic', 'section'], limit: ADD_LIMIT });
  const isPinned = (item: PrepItemRef) => pinned.some((p) => p.playbookId === item.playbookId && p.anchor === item.anchor);
  const hits = (state.data ?? []).flatMap((hit) => {
    const item = hitPinItem(hit);
    return item ? [{ hit, item }] : [];
  });
  return (
    <section className="add-to-sheet no-print" aria-labelledby="add-to-sheet-title">
      <h2 id="add-to-sheet-title" className="section-title">
        {t('prep.addTitle')}
      </h2>
      <div className="search-box search-box-small">
        <Icon name="search" />
        <input
          className="search-input"
          type="search"
          aria-label={t('prep.addSearch')}
          placeholder={t('prep.addPlaceholder')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      {settledQuery && state.status === 'ready' && hits.length === 0 && <p className="hint">{t('search.noResults', { query: settledQuery })}</p>}
      <ul className="add-results">
        {hits.map(({ hit, item }) => (
          <li key={`${hit.id}#${hit.section}`} className="add-result">
            <span className="add-result-text">
              <HitSummary hit={hit} />
            </span>
            <button
              type="button"
              className="button button-small"
              disabled={isPinned(item)}
              aria-label={t('prep.addNamed', { title: hit.title })}
              onClick={() => onAdd(item)}
            >
              {isPinned(item) ? t('prep.added') : t('prep.add')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
