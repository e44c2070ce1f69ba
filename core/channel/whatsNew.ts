// What a new version of the content channel brings, for the rep who receives it: per playbook the sections added,
// changed and removed; the quizzes, cases and paths added, changed and removed; and the review cards the update
// flags for re-checking (answered against a section whose text has now changed), as the review queue will show them.
import { cardRefHash, type RecheckableCard } from '../review/reviewRecheck';
import type { ContentSet, Lang, Playbook } from '../model';

export type Change = 'added' | 'changed' | 'removed';

export interface SectionChange {
  anchor: string;
  title: string;
  change: Change;
}

export interface PlaybookChange {
  id: string;
  lang: Lang;
  title: string;
  change: Change;
  /** For a changed playbook: its sections that differ (a playbook whose front matter alone changed has none). */
  sections: SectionChange[];
}

export interface ItemChange {
  kind: 'quiz' | 'case' | 'path';
  id: string;
  lang: Lang;
  title: string;
  change: Change;
}

export interface RecheckFlag {
  quizId: string;
  questionId: string;
  lang: Lang;
}

export interface WhatsNew {
  playbooks: PlaybookChange[];
  items: ItemChange[];
  /** The learner's cards this update flags for re-checking. */
  recheck: RecheckFlag[];
}

type Keyed<T> = Map<string, T>;

function byKey<T extends { id: string; lang: Lang }>(items: readonly T[]): Keyed<T> {
  return new Map(items.map((item) => [`${item.lang}:${item.id}`, item]));
}

/** Added, changed and removed entries of two keyed collections, in the new collection's order (removed ones last). */
function compare<T>(before: Keyed<T>, after: Keyed<T>, same: (a: T, b: T) => boolean): { item: T; change: Change; old?: T }[] {
  const changes: { item: T; change: Change; old?: T }[] = [];
  for (const [key, item] of after) {
    const old = before.get(key);
    if (!old) changes.push({ item, change: 'added' });
    else if (!same(old, item)) changes.push({ item, change: 'changed', old });
  }
  for (const [key, item] of before) if (!after.has(key)) changes.push({ item, change: 'removed' });
  return changes;
}

function sectionChanges(before: Playbook, after: Playbook): SectionChange[] {
  const old = new Map(before.sections.map((section) => [section.anchor, section]));
  const now = new Map(after.sections.map((section) => [section.anchor, section]));
  return compare(old, now, (a, b) => a.hash === b.hash).map(({ item, change }) => ({ anchor: item.anchor, title: item.title, change }));
}

function samePlaybook(a: Playbook, b: Playbook): boolean {
  return a.bodyHash === b.bodyHash && a.title === b.title && a.summary === b.summary;
}

/**
 * The item as data, without where it was read from: the same item read from another folder, or moved down a few
 * lines in its file, is the same item.
 */
function itemText(item: object): string {
  return JSON.stringify(item, (key, value: unknown) => (key === 'source' || key === 'line' ? undefined : value));
}

export function whatsNew(before: ContentSet, after: ContentSet, cards: readonly RecheckableCard[] = []): WhatsNew {
  const playbooks = compare(byKey(before.playbooks), byKey(after.playbooks), samePlaybook).map(({ item, change, old }) => ({
    id: item.id,
    lang: item.lang,
    title: item.title,
    change,
    sections: old ? sectionChanges(old, item) : [],
  }));
  const sameItem = (a: object, b: object) => itemText(a) === itemText(b);
  const items: ItemChange[] = [
    ...compare(byKey(before.quizzes), byKey(after.quizzes), sameItem),
    ...compare(byKey(before.cases), byKey(after.cases), sameItem),
    ...compare(byKey(before.paths), byKey(after.paths), sameItem),
  ].map(({ item, change }) => ({ kind: item.kind, id: item.id, lang: item.lang, title: item.title, change }));
  // Flagged by this update: the card's section changed between the versions, and the card remembers a text that
  // the new version no longer has (a card answered after an earlier change was already flagged, or not, by it).
  const recheck = cards
    .filter((card) => {
      if (card.refHash === undefined) return false;
      const now = cardRefHash(after, card);
      return now !== undefined && now !== card.refHash && now !== cardRefHash(before, card);
    })
    .map(({ quizId, questionId, lang }) => ({ quizId, questionId, lang }));
  return { playbooks, items, recheck };
}

/** True when the update changes nothing a learner would see. */
export function isEmpty(news: WhatsNew): boolean {
  return news.playbooks.length === 0 && news.items.length === 0 && news.recheck.length === 0;
}
