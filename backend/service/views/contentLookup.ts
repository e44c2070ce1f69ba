// Content follows the learner's language: an item is shown in the requested language when it exists there,
// else in the other one (same id = same material), marked as a fallback.
import { ApiError } from '../../../core/api/contract';
import type { Lang } from '../../../core/model';
import { findItem } from '../../../core/content/findItem';

export interface InLanguage<T> {
  item: T;
  /** True when shown in another language than the one requested. */
  fallback: boolean;
}

/** One entry per id, in first-seen order, each in `lang` when available. */
export function inLanguage<T extends { id: string; lang: Lang }>(items: readonly T[], lang: Lang): InLanguage<T>[] {
  const byId = new Map<string, T>();
  for (const item of items) {
    const seen = byId.get(item.id);
    if (!seen || (seen.lang !== lang && item.lang === lang)) byId.set(item.id, item);
  }
  return [...byId.values()].map((item) => ({ item, fallback: item.lang !== lang }));
}

/** The item with `id`, in `lang` when available, else the other language; not-found when it exists in neither. */
export function requireItem<T extends { id: string; lang: Lang }>(items: readonly T[], id: string, lang: Lang, what: string): T {
  const found = findItem(items, id, lang);
  if (!found) throw notFound(what, id);
  return found;
}

export function notFound(what: string, id: string): ApiError {
  return new ApiError('not-found', `No ${what} "${id}" in the loaded content.`);
}
