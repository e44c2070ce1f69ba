// The items the editor can open, derived from the catalog and refreshed when the content changes.
import type { Catalog } from '../../core/api/contract';
import type { LessonStatus } from '../../core/model';
import { LANGS } from '../../core/model';
import { useApi } from '../state/ApiContext';
import { useApiQuery, type Query } from '../state/useApiQuery';
import type { EditorDoc } from './editorRoute';

/** A content item the editor can open. */
export interface EditorItem extends EditorDoc {
  title: string;
  /** For lessons: where the lesson is in triage. */
  status?: LessonStatus;
}

/** Items written in `lang` itself (the catalog also lists playbooks shown in the other language as a fallback). */
function itemsOf(catalog: Catalog, lang: EditorDoc['lang']): EditorItem[] {
  const own = <T extends { lang: string }>(list: T[]) => list.filter((item) => item.lang === lang);
  return [
    ...own(catalog.playbooks).filter((playbook) => !playbook.fallback).map((p) => ({ kind: 'playbook' as const, lang, id: p.id, title: p.title })),
    ...own(catalog.quizzes).map((q) => ({ kind: 'quiz' as const, lang, id: q.id, title: q.title })),
    ...own(catalog.cases).map((c) => ({ kind: 'case' as const, lang, id: c.id, title: c.title })),
    ...own(catalog.paths).map((p) => ({ kind: 'path' as const, lang, id: p.id, title: p.title })),
  ];
}

/** Every item in both languages plus the lesson inbox, reloaded whenever the content's revision moves on. */
export function useEditorItems(revision: number | undefined): Query<EditorItem[]> {
  const api = useApi();
  return useApiQuery(async () => {
    const [catalogs, lessons] = await Promise.all([Promise.all(LANGS.map((lang) => api.getCatalog({ lang }))), api.listLessons({})]);
    return [
      ...LANGS.flatMap((lang, i) => itemsOf(catalogs[i]!, lang)),
      ...lessons.map((lesson) => ({ kind: 'lesson' as const, lang: lesson.lang, id: lesson.id, title: lesson.title, status: lesson.status })),
    ];
  }, [api, revision]);
}
