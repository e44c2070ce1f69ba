import type { Lang } from '../model';

/** The item with this id in the wanted language, else in any language (content may exist in one language only). */
export function findItem<T extends { id: string; lang: Lang }>(items: readonly T[], id: string, lang: Lang): T | undefined {
  return items.find((item) => item.id === id && item.lang === lang) ?? items.find((item) => item.id === id);
}
