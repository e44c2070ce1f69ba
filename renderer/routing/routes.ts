// Hash routes: deep links survive in both hosts (file:// in Electron, http in the web host)
// and match the internal links the markdown renderer emits (`#/playbook/<id>/<anchor>`).
import { LANGS, type Lang } from '../../core/model';
import { formatEditorRoute, parseEditorRoute, type EditorDoc } from '../authoring/editorRoute';

export type Route =
  | { name: 'home' }
  | { name: 'library' }
  /** `lang`: read the playbook in this language rather than the UI's (a search hit in the language of its query). */
  | { name: 'playbook'; id: string; anchor?: string; lang?: Lang }
  | { name: 'search'; query: string }
  | { name: 'quiz'; id: string }
  | { name: 'review' }
  | { name: 'cases' }
  | { name: 'case'; id: string }
  | { name: 'path' }
  | { name: 'progress' }
  | { name: 'prep'; sheetId?: string }
  | { name: 'settings' }
  | { name: 'diagnostics' }
  // trainer tools
  | { name: 'editor'; doc?: EditorDoc; line?: number }
  | { name: 'lessons' }
  | { name: 'capture' }
  | { name: 'freshness' }
  // team view (profiles with canViewTeam)
  | { name: 'team' };

export type RouteName = Route['name'];

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A malformed escape is kept as typed rather than breaking navigation.
    return segment;
  }
}

/** Reads a `location.hash` value (with or without the leading `#`). Unknown paths go home. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const parts = pathPart.split('/').filter(Boolean).map(decodeSegment);
  const [head, first, second] = parts;
  switch (head) {
    case 'library':
      return { name: 'library' };
    case 'playbook': {
      if (!first) return { name: 'library' };
      const lang = new URLSearchParams(queryPart).get('lang');
      const inLang = (LANGS as readonly string[]).includes(lang ?? '') ? { lang: lang as Lang } : {};
      return second ? { name: 'playbook', id: first, anchor: second, ...inLang } : { name: 'playbook', id: first, ...inLang };
    }
    case 'search':
      return { name: 'search', query: new URLSearchParams(queryPart).get('q') ?? '' };
    case 'quiz':
      return first ? { name: 'quiz', id: first } : { name: 'home' };
    case 'review':
      return { name: 'review' };
    case 'cases':
      return { name: 'cases' };
    case 'case':
      return first ? { name: 'case', id: first } : { name: 'cases' };
    case 'path':
      return { name: 'path' };
    case 'progress':
      return { name: 'progress' };
    case 'prep':
      return first ? { name: 'prep', sheetId: first } : { name: 'prep' };
    case 'settings':
      return { name: 'settings' };
    case 'diagnostics':
      return { name: 'diagnostics' };
    case 'editor':
      return parseEditorRoute(parts.slice(1), new URLSearchParams(queryPart));
    case 'lessons':
    case 'capture':
    case 'freshness':
    case 'team':
      return { name: head };
    default:
      return { name: 'home' };
  }
}

function joinSegments(...segments: (string | undefined)[]): string {
  return '#/' + segments.filter((s): s is string => Boolean(s)).map(encodeURIComponent).join('/');
}

/** The `href` for a route; `parseRoute(formatRoute(r))` gives `r` back. */
export function formatRoute(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'playbook':
      return joinSegments('playbook', route.id, route.anchor) + (route.lang ? `?${new URLSearchParams({ lang: route.lang }).toString()}` : '');
    case 'search':
      return route.query ? `#/search?${new URLSearchParams({ q: route.query }).toString()}` : '#/search';
    case 'quiz':
      return joinSegments('quiz', route.id);
    case 'case':
      return joinSegments('case', route.id);
    case 'prep':
      return joinSegments('prep', route.sheetId);
    case 'editor':
      return formatEditorRoute(route, joinSegments);
    default:
      return joinSegments(route.name);
  }
}

/** The sidebar entry a route belongs to, so the reader lights up "Library" and a quiz lights up "Learning path". */
export function sectionOf(route: Route): RouteName {
  switch (route.name) {
    case 'playbook':
      return 'library';
    case 'quiz':
      return 'path';
    case 'case':
      return 'cases';
    default:
      return route.name;
  }
}

/** The screen for a learning item named by kind and id (path modules, "continue where you left off"). */
export function itemRoute(kind: 'playbook' | 'quiz' | 'case', id: string): Route {
  return { name: kind, id };
}
