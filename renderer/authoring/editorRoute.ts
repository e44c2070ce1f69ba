// The editor's deep link: `#/editor/<kind>/<lang>/<id>?line=N` opens an item at a line (a lesson converted into a
// tactic, a question flagged by a changed section); `#/editor` alone shows the file list.
import { RENAMABLE_KINDS, type RenamableKind } from '../../core/authoring/sourceText';
import type { ContentKind, Lang } from '../../core/model';
import { LANGS } from '../../core/model';
import type { Route } from '../routing/routes';

export const EDITABLE_KINDS = ['playbook', 'quiz', 'case', 'path', 'lesson', 'glossary'] as const satisfies readonly ContentKind[];

/** An item the editor opens, named as the API names it. */
export interface EditorDoc {
  kind: ContentKind;
  lang: Lang;
  id: string;
}

export type EditorRoute = Extract<Route, { name: 'editor' }>;

const isKind = (value: string | undefined): value is ContentKind => (EDITABLE_KINDS as readonly string[]).includes(value ?? '');
const isLang = (value: string | undefined): value is Lang => (LANGS as readonly string[]).includes(value ?? '');

/** Reads the segments after `editor`; a link that names no complete item opens the file list. */
export function parseEditorRoute(segments: string[], query: URLSearchParams): EditorRoute {
  const [kind, lang, id] = segments;
  if (!isKind(kind) || !isLang(lang) || !id) return { name: 'editor' };
  const line = Number(query.get('line'));
  return Number.isInteger(line) && line > 0 ? { name: 'editor', doc: { kind, lang, id }, line } : { name: 'editor', doc: { kind, lang, id } };
}

export function formatEditorRoute(route: EditorRoute, join: (...segments: (string | undefined)[]) => string): string {
  if (!route.doc) return join('editor');
  const path = join('editor', route.doc.kind, route.doc.lang, route.doc.id);
  return route.line ? `${path}?line=${route.line}` : path;
}

/** One string per item, for keys and comparisons. */
export function docKey(doc: EditorDoc): string {
  return `${doc.kind}:${doc.lang}:${doc.id}`;
}

/** Markdown for playbooks and lessons, YAML for the rest. */
export function syntaxOf(kind: ContentKind): 'markdown' | 'yaml' {
  return kind === 'playbook' || kind === 'lesson' ? 'markdown' : 'yaml';
}

/** Playbooks, quizzes, cases and paths have ids others refer to (renamable, forkable, made from templates); lessons do not. */
export const isRenamable = (kind: ContentKind): kind is RenamableKind => (RENAMABLE_KINDS as readonly string[]).includes(kind);
