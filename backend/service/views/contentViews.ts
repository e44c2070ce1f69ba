// Read-only views of the content: the catalog and one playbook, in the learner's language.
import type { Catalog, PlaybookView } from '../../../core/api/contract';
import { pathInRoot } from '../../../core/content/parseResult';
import type { ContentSet, Lang } from '../../../core/model';
import { findItem } from '../../../core/content/findItem';
import type { PlaybookTexts } from '../../content/readPlaybookBody';
import { inLanguage, notFound } from './contentLookup';
import type { ContentRenderer } from './ContentRenderer';
import { caseSummary, pathSummary, playbookSummary, quizSummary } from './summaries';

const sortedUnique = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b));

/** The catalog without its diagnostics, which the service adds with their display paths. */
export function catalogView(content: ContentSet, lang: Lang): Omit<Catalog, 'diagnostics'> {
  const playbooks = inLanguage(content.playbooks, lang).map(({ item, fallback }) => playbookSummary(item, fallback));
  return {
    playbooks,
    quizzes: inLanguage(content.quizzes, lang).map(({ item }) => quizSummary(item)),
    cases: inLanguage(content.cases, lang).map(({ item }) => caseSummary(item)),
    paths: inLanguage(content.paths, lang).map(({ item }) => pathSummary(item)),
    stages: sortedUnique(playbooks.flatMap((playbook) => playbook.stages)),
    tags: sortedUnique(playbooks.flatMap((playbook) => playbook.tags)),
  };
}

/** One playbook for the reader, in `lang` when available, its body read from its file. */
export async function playbookView(texts: PlaybookTexts, content: () => ContentSet, renderer: ContentRenderer, id: string, lang: Lang, read: boolean): Promise<PlaybookView> {
  const found = await texts.playbookText((current) => findItem(current.playbooks, id, lang));
  if (!found) throw notFound('playbook', id);
  const { playbook, body } = found;
  // Read after the body: finding it may have reloaded the playbook's file.
  const { playbooks, quizzes, cases } = content();
  const inLang = inLanguage(playbooks, lang);
  const related = playbook.related.flatMap((relatedId) => inLang.filter(({ item }) => item.id === relatedId));
  return {
    ...playbookSummary(playbook, playbook.lang !== lang),
    ...(playbook.author !== undefined ? { author: playbook.author } : {}),
    ...(playbook.updated !== undefined ? { updated: playbook.updated } : {}),
    ...(playbook.level !== undefined ? { level: playbook.level } : {}),
    html: renderer.render(body, playbook.source, playbook.id),
    toc: playbook.sections.map((section) => ({ anchor: section.anchor, title: section.title })),
    related: related.map(({ item, fallback }) => playbookSummary(item, fallback)),
    quizzes: inLanguage(quizzes, lang)
      .filter(({ item }) => item.playbook === playbook.id)
      .map(({ item }) => quizSummary(item)),
    cases: inLanguage(cases, lang)
      .filter(({ item }) => item.playbooks.includes(playbook.id))
      .map(({ item }) => caseSummary(item)),
    read,
    beyond: playbook.beyond ?? [],
    source: { root: playbook.source.root, file: playbook.source.file, path: pathInRoot(playbook.source) },
  };
}
