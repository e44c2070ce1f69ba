import type { ContentItem, ContentKind, ContentSet, Lang } from '../model';

export interface ContentChanges {
  /** Items added or edited (the loader keeps unchanged items as the same objects). */
  changed: ContentItem[];
  removed: { kind: ContentKind; id: string; lang: Lang }[];
}

function itemsOf(content: ContentSet): Map<string, ContentItem> {
  const all = [...content.playbooks, ...content.quizzes, ...content.cases, ...content.paths, ...content.lessons, ...content.glossaries];
  return new Map(all.map((item) => [`${item.kind}:${item.lang}:${item.id}`, item]));
}

/** What differs between two content sets, for updating what is derived from them (the search index). */
export function contentChanges(before: ContentSet, after: ContentSet): ContentChanges {
  const old = itemsOf(before);
  const now = itemsOf(after);
  return {
    changed: [...now].filter(([key, item]) => old.get(key) !== item).map(([, item]) => item),
    removed: [...old].filter(([key]) => !now.has(key)).map(([, { kind, id, lang }]) => ({ kind, id, lang })),
  };
}
