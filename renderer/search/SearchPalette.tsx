import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nContext';
import { usePin, type PinOutcome } from '../prep/usePin';
import { formatRoute, type Route } from '../routing/routes';
import { navigate } from '../routing/useRoute';
import { hitPinItem, hitRoute, type OpenableHit } from './hitLinks';
import { HitSummary } from './HitSummary';
import { useSearch } from './useSearch';

const PALETTE_LIMIT = 12;

const hitKey = (hit: OpenableHit) => `${hit.type}:${hit.id}:${hit.section ?? ''}`;

/**
 * The Ctrl/Cmd+K palette: a modal combobox over the results. ↑/↓ move, Enter opens, Alt+P pins.
 * A native <dialog> gives the focus trap, Escape and an inert background for free. Being modal, it hides the
 * app's toasts (drawn under it, and inert to screen readers), so a pin is confirmed inside it: on the hit and
 * in its own status line.
 */
export function SearchPalette({ onClose }: { onClose: () => void }) {
  const { t, lang } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const { state, settledQuery } = useSearch(query, lang, { limit: PALETTE_LIMIT });
  const pin = usePin({ toast: false });
  const [pinned, setPinned] = useState<ReadonlySet<string>>(new Set());
  const [pinStatus, setPinStatus] = useState<PinOutcome | null>(null);
  const hits: OpenableHit[] = state.data ?? [];
  const activeHit = hits[Math.min(active, hits.length - 1)];
  const pinItem = activeHit ? hitPinItem(activeHit) : null;

  const pinActive = async () => {
    if (!activeHit || !pinItem) return;
    const outcome = await pin(pinItem);
    if (outcome.ok) setPinned((keys) => new Set(keys).add(hitKey(activeHit)));
    setPinStatus(outcome);
  };

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  useEffect(() => setActive(0), [settledQuery]);

  const go = (route: Route) => {
    onClose();
    navigate(route);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + hits.length) % hits.length);
    } else if (event.key === 'Enter' && activeHit) {
      event.preventDefault();
      go(hitRoute(activeHit));
    } else if (event.altKey && event.code === 'KeyP' && pinItem) {
      event.preventDefault();
      void pinActive();
    }
  };

  const optionId = (i: number) => `${listId}-hit-${i}`;
  const showEmpty = settledQuery !== '' && state.status === 'ready' && hits.length === 0;

  return (
    <dialog ref={dialog} className="palette" aria-label={t('search.paletteLabel')} aria-modal="true" onClose={onClose}>
      <div className="palette-input-row">
        <Icon name="search" />
        <input
          className="palette-input"
          type="text"
          role="combobox"
          aria-label={t('search.inputLabel')}
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeHit ? optionId(hits.indexOf(activeHit)) : undefined}
          placeholder={t('search.placeholder')}
          value={query}
          autoFocus
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
        {state.status === 'loading' && settledQuery !== '' && <span className="spinner" aria-hidden="true" />}
        <kbd className="palette-esc">Esc</kbd>
      </div>
      <ul id={listId} className="palette-results" role="listbox" aria-label={t('search.results')}>
        {hits.map((hit, i) => (
          <li
            key={hitKey(hit)}
            id={optionId(i)}
            role="option"
            // Named by what it shows (type, title, where it lives, snippet): a name apart from the visible text confuses voice control.
            aria-selected={hit === activeHit}
            className={`palette-hit${hit === activeHit ? ' is-active' : ''}`}
            onMouseMove={() => setActive(i)}
            onClick={() => go(hitRoute(hit))}
          >
            <HitSummary hit={hit} id={optionId(i)} />
            {pinned.has(hitKey(hit)) && (
              <span className="hit-pinned">
                <Icon name="check" />
                {t('pin.pinned')}
              </span>
            )}
          </li>
        ))}
      </ul>
      {showEmpty && <p className="palette-empty">{t('search.noResults', { query: settledQuery })}</p>}
      {state.status === 'error' && (
        <p className="palette-empty" role="alert">
          {state.error instanceof Error ? state.error.message : t('state.errorUnknown')}
        </p>
      )}
      {settledQuery === '' && <p className="palette-empty">{t('search.paletteIntro')}</p>}
      <footer className="palette-footer">
        <span className={pinStatus ? `palette-status${pinStatus.ok ? '' : ' is-error'}` : 'hint'} role="status">
          {pinStatus ? (
            <>
              <Icon name={pinStatus.ok ? 'check' : 'alert'} />
              {pinStatus.message}
            </>
          ) : (
            t('search.paletteKeys')
          )}
        </span>
        <span className="palette-footer-actions">
          {pinItem && activeHit && (
            <button
              type="button"
              className="button button-ghost button-small"
              aria-keyshortcuts="Alt+P"
              aria-label={t('pin.labelFor', { title: activeHit.title })}
              onClick={pinActive}
            >
              <Icon name="pin" />
              {t('pin.short')}
            </button>
          )}
          {pinStatus?.ok && (
            <a className="button button-ghost button-small" href={formatRoute({ name: 'prep', sheetId: pinStatus.sheetId })} onClick={onClose}>
              {t('pin.openSheet')}
            </a>
          )}
          <a className="button button-ghost button-small" href={formatRoute({ name: 'search', query })} onClick={onClose}>
            {t('search.allResults')}
          </a>
        </span>
      </footer>
    </dialog>
  );
}
