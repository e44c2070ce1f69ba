import { useEffect, useRef, useState } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute, sectionOf, type Route } from '../routing/routes';
import { useRoute } from '../routing/useRoute';
import { SearchPalette } from '../search/SearchPalette';
import { useApi } from '../state/ApiContext';
import { useApiQuery } from '../state/useApiQuery';
import { useContentVersion } from '../state/WorkspaceContext';
import { DiagnosticsBanner } from './DiagnosticsBanner';
import { RouteView } from './RouteView';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';

/** Moving within one playbook (TOC, internal links) keeps the reader's own focus and scroll handling. */
function isSamePage(a: Route, b: Route): boolean {
  return a.name === 'playbook' && b.name === 'playbook' && a.id === b.id;
}

/** The app frame: sidebar, top bar with search and profile, content banner, the routed screen, the palette. */
export function Frame() {
  const { t } = useI18n();
  const api = useApi();
  const route = useRoute();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const contentVersion = useContentVersion();
  const diagnostics = useApiQuery(() => api.getDiagnostics({}), [api, contentVersion]);
  const previous = useRef<Route>(route);
  const main = useRef<HTMLElement>(null);
  const workspace = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setPaletteOpen((open) => !open);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  // After navigation, focus the new page's heading so keyboard and screen-reader users start there.
  useEffect(() => {
    const before = previous.current;
    previous.current = route;
    if (before === route || isSamePage(before, route)) return;
    workspace.current?.scrollTo?.(0, 0);
    const frame = requestAnimationFrame(() => {
      const area = main.current;
      // A screen that focused something itself (the search box) keeps it.
      if (!area || (area.contains(document.activeElement) && document.activeElement !== area)) return;
      (area.querySelector<HTMLElement>('h1') ?? area).focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [route]);

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
        {diagnostics.state.status === 'ready' && <DiagnosticsBanner diagnostics={diagnostics.state.data} />}
        <main id="main" ref={main} className="main" tabIndex={-1}>
          <ErrorBoundary key={formatRoute(route)}>
            <RouteView route={route} />
          </ErrorBoundary>
        </main>
      </div>
      {paletteOpen && <SearchPalette onClose={() => setPaletteOpen(false)} />}
    </div>
  );
}
