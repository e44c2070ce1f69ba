// The Ctrl/Cmd+K palette: search and commands from anywhere, without leaving the screen.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import { Icon } from '../components/Icon';
import { messageOf } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import type { Route } from '../routing/routes';
import { navigate } from '../routing/useRoute';
import { hitPinItem, hitRoute, type OpenableHit } from './hitLinks';
import { matchingCommands } from './paletteCommands';
import { PaletteFooter } from './PaletteFooter';
import { PaletteOptions, type PaletteEntry } from './PaletteOptions';
import { SearchSuggestionsView } from './SearchSuggestionsView';
import { usePaletteCommands } from './usePaletteCommands';
import { usePalettePins } from './usePalettePins';
import { useSearch } from './useSearch';

const PALETTE_LIMIT = 12;

/**
 * A modal combobox over the results. ↑/↓ move, Enter opens, Alt+P pins.
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
  const commands = usePaletteCommands(onClose);
  const shownCommands = useMemo(() => matchingCommands(commands, query), [commands, query]);
  const pins = usePalettePins();
  const hits: OpenableHit[] = query.trim().startsWith('>') ? [] : (state.data ?? []);
  const entries: PaletteEntry[] = [...shownCommands.map((command): PaletteEntry => ({ kind: 'command', command })), ...hits.map((hit): PaletteEntry => ({ kind: 'hit', hit }))];
  const activeEntry = entries[Math.min(active, entries.length - 1)];
  const activeHit = activeEntry?.kind === 'hit' ? activeEntry.hit : undefined;
  const pinnable = activeHit && hitPinItem(activeHit) ? activeHit : undefined;
  const pinActive = () => (pinnable ? pins.pinHit(pinnable) : Promise.resolve());

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  useEffect(() => setActive(0), [settledQuery]);

  // Escape closes through React, not natively: the native close event comes a task later, and a Ctrl+K pressed in
  // between would toggle the still-open state shut, so the palette would not open again.
  const closeOnEscape = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    onClose();
  };

  const go = (route: Route) => {
    onClose();
    navigate(route);
  };
  const runEntry = (entry: PaletteEntry) => (entry.kind === 'hit' ? go(hitRoute(entry.hit, lang)) : void entry.command.run());

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (entries.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + entries.length) % entries.length);
    } else if (event.key === 'Enter' && activeEntry) {
      event.preventDefault();
      runEntry(activeEntry);
    } else if (event.altKey && event.code === 'KeyP' && pinnable) {
      event.preventDefault();
      void pinActive();
    }
  };

  const optionId = (i: number) => `${listId}-hit-${i}`;
  const showEmpty = settledQuery !== '' && !settledQuery.startsWith('>') && state.status === 'ready' && hits.length === 0;
  const partialOnly = hits.length > 0 && hits.every((hit) => hit.partial);

  return (
    <dialog ref={dialog} className="palette" aria-label={t('search.paletteLabel')} aria-modal="true" onCancel={closeOnEscape} onClose={onClose}>
      <div className="palette-input-row">
        <Icon name="search" />
        <input
          className="palette-input"
          type="text"
          role="combobox"
          aria-label={t('search.inputLabel')}
          aria-expanded={entries.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeEntry ? optionId(entries.indexOf(activeEntry)) : undefined}
          placeholder={t('search.placeholder')}
          value={query}
          autoFocus
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
        {state.status === 'loading' && settledQuery !== '' && <span className="spinner" aria-hidden="true" />}
        <kbd className="palette-esc">Esc</kbd>
      </div>
      {partialOnly && (
        <p className="palette-note" role="note">
          {t('search.partialNote')}
        </p>
      )}
      <PaletteOptions listId={listId} optionId={optionId} commands={shownCommands} hits={hits} active={activeEntry} pinned={pins.pinned} onActivate={setActive} onOpenHit={(hit) => go(hitRoute(hit, lang))} onOpen={go} />
      {showEmpty && (
        <div className="palette-empty">
          <p>{t('search.noResults', { query: settledQuery })}</p>
          <SearchSuggestionsView query={settledQuery} onQuery={setQuery} onOpen={go} />
        </div>
      )}
      {state.status === 'error' && (
        <p className="palette-empty" role="alert">
          {messageOf(state.error, t('state.errorUnknown'))}
        </p>
      )}
      {settledQuery === '' && <p className="palette-empty">{t('search.paletteIntro')}</p>}
      <PaletteFooter query={query} pinStatus={pins.status} pinnable={pinnable} onPin={pinActive} onClose={onClose} />
    </dialog>
  );
}
