// The app's frame around every screen, and the keys that work everywhere.
import { useEffect, useRef, useState } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute, sectionOf } from '../routing/routes';
import { useRoute } from '../routing/useRoute';
import { SearchPalette } from '../search/SearchPalette';
import { isTyping, SHORTCUTS } from '../shortcuts/shortcutTable';
import { useApi } from '../state/ApiContext';
import { useApiQuery } from '../state/useApiQuery';
import { useContentVersion } from '../state/WorkspaceContext';
import { DataNoticeBanner } from './DataNoticeBanner';
import { DiagnosticsBanner } from './DiagnosticsBanner';
import { RouteView } from './RouteView';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useScreenFocus } from './useScreenFocus';

/** The app frame: sidebar, top bar with search and profile, content banner, the routed screen, the palette. */
export function Frame() {
  const { t } = useI18n();
  const api = useApi();
  const route = useRoute();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const contentVersion = useContentVersion();
  const diagnostics = useApiQuery(() => api.getDiagnostics({}), [api, contentVersion]);
  const main = useRef<HTMLElement>(null);
  const workspace = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (SHORTCUTS.palette.matches(event)) {
        event.preventDefault();
        setPaletteOpen((open) => !open);
      } else if (SHORTCUTS.help.matches(event) && !isTyping(event.target) && !document.querySelector('dialog[open]')) {
        event.preventDefault();
        setShortcutsOpen(true);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useScreenFocus(main, workspace, route);

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(event) => {
        event.preventDefault();
        main.current?.focus();
      }}>
        {t('nav.skip')}
      </a>
      <Sidebar current={sectionOf(route)} />
      <div ref={workspace} className="workspace">
        <TopBar onOpenSearch={() => setPaletteOpen(true)} />
        <DataNoticeBanner />
        {diagnostics.state.status === 'ready' && <DiagnosticsBanner diagnostics={diagnostics.state.data} />}
        <main id="main" ref={main} className="main" tabIndex={-1}>
          <ErrorBoundary key={formatRoute(route)}>
            <RouteView route={route} />
          </ErrorBoundary>
        </main>
      </div>
      {paletteOpen && <SearchPalette onClose={() => setPaletteOpen(false)} />}
      {shortcutsOpen && <ShortcutsDialog onClose={() => setShortcutsOpen(false)} />}
    </div>
  );
}
