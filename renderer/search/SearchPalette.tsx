import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { LANGS, type Lang } from '../../core/model';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nContext';
import { usePin, type PinOutcome } from '../prep/usePin';
import { formatRoute, type Route } from '../routing/routes';
import { navigate } from '../routing/useRoute';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { hitPinItem, hitRoute, type OpenableHit } from './hitLinks';
import { HitSummary } from './HitSummary';
import { matchingCommands, type PaletteCommand } from './paletteCommands';
import { SearchSuggestionsView } from './SearchSuggestionsView';
import { useSearch } from './useSearch';

const PALETTE_LIMIT = 12;

const hitKey = (hit: OpenableHit) => `${hit.type}:${hit.id}:${hit.section ?? ''}`;

type Entry = { kind: 'command'; command: PaletteCommand } | { kind: 'hit'; hit: OpenableHit };

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
  const commands = usePaletteCommands(onClose);
  const shownCommands = useMemo(() => matchingCommands(commands, query), [commands, query]);
  const pin = usePin({ toast: false });
  const [pinned, setPinned] = useState<ReadonlySet<string>>(new Set());
  const [pinStatus, setPinStatus] = useState<PinOutcome | null>(null);
  const hits: OpenableHit[] = query.trim().startsWith('>') ? [] : (state.data ?? []);
  const entries: Entry[] = [...shownCommands.map((command): Entry => ({ kind: 'command', command })), ...hits.map((hit): Entry => ({ kind: 'hit', hit }))];
  const activeEntry = entries[Math.min(active, entries.length - 1)];
  const activeHit = activeEntry?.kind === 'hit' ? activeEntry.hit : undefined;
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
  const runEntry = (entry: Entry) => (entry.kind === 'hit' ? go(hitRoute(entry.hit, lang)) : void entry.command.run());

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (entries.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + entries.length) % entries.length);
    } else if (event.key === 'Enter' && activeEntry) {
      event.preventDefault();
      runEntry(activeEntry);
    } else if (event.altKey && event.code === 'KeyP' && pinItem) {
      event.preventDefault();
      void pinActive();
    }
  };

  const optionId = (i: number) => `${listId}-hit-${i}`;
  const showEmpty = settledQuery !== '' && !settledQuery.startsWith('>') && state.status === 'ready' && hits.length === 0;
  const partialOnly = hits.length > 0 && hits.every((hit) => hit.partial);

  return (
    <dialog ref={dialog} className="palette" aria-label={t('search.paletteLabel')} aria-modal="true" onClose={onClose}>
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
      <ul id={listId} className="palette-results" role="listbox" aria-label={t('search.results')}>
        {shownCommands.map((command, i) => (
          <li
            key={command.id}
            id={optionId(i)}
            role="option"
            aria-selected={activeEntry?.kind === 'command' && activeEntry.command === command}
            className={`palette-hit palette-command${activeEntry?.kind === 'command' && activeEntry.command === command ? ' is-active' : ''}`}
            onMouseMove={() => setActive(i)}
            onClick={() => void command.run()}
          >
            <span className="hit-head">
              <span className="badge badge-command">
                <Icon name={command.icon} />
                {t('search.commands')}
              </span>
              <span className="hit-title">{command.label}</span>
            </span>
          </li>
        ))}
        {hits.map((hit, index) => {
          const i = index + shownCommands.length;
          return (
          <li
            key={hitKey(hit)}
            id={optionId(i)}
            role="option"
            // Named by what it shows (type, title, where it lives, snippet): a name apart from the visible text confuses voice control.
            aria-selected={hit === activeHit}
            className={`palette-hit${hit === activeHit ? ' is-active' : ''}${hit.partial ? ' is-partial' : ''}`}
            onMouseMove={() => setActive(i)}
            onClick={() => go(hitRoute(hit, lang))}
          >
            <HitSummary hit={hit} id={optionId(i)} onOpen={go} insideOption />
            {pinned.has(hitKey(hit)) && (
              <span className="hit-pinned">
                <Icon name="check" />
                {t('pin.pinned')}
              </span>
            )}
          </li>
          );
        })}
      </ul>
      {showEmpty && (
        <div className="palette-empty">
          <p>{t('search.noResults', { query: settledQuery })}</p>
          <SearchSuggestionsView query={settledQuery} onQuery={setQuery} onOpen={go} />
        </div>
      )}
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

/** The palette's commands: go to Review, a new prep sheet, the other language or theme, the learner's path. */
function usePaletteCommands(onClose: () => void): PaletteCommand[] {
  const { t, lang } = useI18n();
  const api = useApi();
  const { profile, updateProfile } = useSession();
  return useMemo(() => {
    const otherLang = LANGS.find((l) => l !== lang) as Lang;
    const nextTheme = profile.theme === 'dark' ? 'light' : 'dark';
    const then = (work: () => void | Promise<void>) => async () => {
      onClose();
      await work();
    };
    return [
      { id: 'review', label: t('search.command.review'), icon: 'review', keywords: ['review', '复习', 'go to review', '去复习'], run: then(() => navigate({ name: 'review' })) },
      {
        id: 'new-sheet',
        label: t('search.command.newSheet'),
        icon: 'prep',
        keywords: ['new prep sheet', 'prep', 'meeting prep', '新建', '会前准备', '准备单'],
        run: then(async () => {
          const created = await api.savePrepSheet({
            profileId: profile.id,
            sheet: { title: t('prep.newTitle'), customer: '', date: '', goal: '', notes: '', items: [], checked: [] },
          });
          navigate({ name: 'prep', sheetId: created.id });
        }),
      },
      {
        id: 'language',
        label: t('search.command.lang', { lang: t(`lang.${otherLang}`) }),
        icon: 'globe',
        keywords: ['language', 'switch language', '语言', '切换语言', 'english', '中文'],
        run: then(() => updateProfile({ uiLang: otherLang })),
      },
      {
        id: 'theme',
        label: t('search.command.theme', { theme: t(`theme.${nextTheme}`) }),
        icon: 'settings',
        keywords: ['theme', 'dark', 'light', '主题', '深色', '浅色'],
        run: then(() => updateProfile({ theme: nextTheme })),
      },
      { id: 'path', label: t('search.command.path'), icon: 'path', keywords: ['my path', 'learning path', 'path', '学习路径', '我的路径'], run: then(() => navigate({ name: 'path' })) },
    ];
  }, [t, lang, api, profile.id, profile.theme, updateProfile, onClose]);
}
