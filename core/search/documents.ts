// What gets searched. Every playbook section is a document, and so is every tactic, pitfall, example and
// checklist block (all with type 'tactic': each is an action a rep can pin to a prep sheet; quotes are not).
// A block's text also stays in its section, so a section is found by the words of its blocks too.
// Playbooks (title, summary), quizzes (title), cases (title, summary and the story as the learner meets it:
// each step's narrative and decision prompt, not the elite rep's commentary, which would give the answers away)
// and captured lessons (title, text) are documents as whole items; learning paths are not searched.
import { toPlainText } from '../markdown/createMarkdown';
import type { ContentItem, ContentKind, ContentSet, Lang, RoleId } from '../model';

export const SEARCH_TYPES = ['section', 'tactic', 'playbook', 'quiz', 'case', 'lesson'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export interface SearchDoc {
  /** Identifies the content item the document comes from (see itemKeyOf), for incremental updates. */
  itemKey: string;
  type: SearchType;
  id: string;
  lang: Lang;
  /** Section or block anchor, or null for a whole item. */
  section: string | null;
  title: string;
  /** Title of the playbook a section or block belongs to; empty for whole items. */
  parentTitle: string;
  tags: string[];
  roles: RoleId[];
  body: string;
  /** What reps or customers say when this section or tactic is the answer (see Section.situations). */
  situations: string[];
}

const SEARCHED_BLOCKS = new Set(['tactic', 'pitfall', 'example', 'checklist']);

export function itemKeyOf(item: { kind: ContentKind; id: string; lang: Lang }): string {
  return `${item.kind}:${item.lang}:${item.id}`;
}

/** Identifies a document: its item and anchor. */
export function docKeyOf(doc: SearchDoc): string {
  return doc.section === null ? doc.itemKey : `${doc.itemKey}#${doc.section}`;
}

/** A stable order of documents: by item, then by anchor (the whole item first). */
export function compareDocs(a: SearchDoc, b: SearchDoc): number {
  if (a.itemKey !== b.itemKey) return a.itemKey < b.itemKey ? -1 : 1;
  const x = a.section ?? '';
  const y = b.section ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

export function documentsOfItem(item: ContentItem): SearchDoc[] {
  const itemKey = itemKeyOf(item);
  const whole = (type: SearchType, body: string, roles: RoleId[], tags: string[]): SearchDoc => ({
    itemKey,
    type,
    id: item.id,
    lang: item.lang,
    section: null,
    title: item.title,
    parentTitle: '',
    tags,
    roles,
    body,
    situations: [],
  });
  switch (item.kind) {
    case 'playbook': {
      const part = (type: SearchType, anchor: string, title: string, body: string, situations: string[]): SearchDoc => ({
        itemKey,
        type,
        id: item.id,
        lang: item.lang,
        section: anchor,
        title,
        parentTitle: item.title,
        tags: item.tags,
        roles: item.roles,
        body,
        situations,
      });
      return [
        whole('playbook', item.summary, item.roles, item.tags),
        ...item.sections.map((s) => part('section', s.anchor, s.title, s.text, s.situations)),
        ...item.blocks.filter((b) => SEARCHED_BLOCKS.has(b.kind)).map((b) => part('tactic', b.anchor, b.title, b.text, b.situations)),
      ];
    }
    case 'quiz':
      return [whole('quiz', '', [], [])];
    case 'case': {
      const story = item.steps.flatMap((step) => [step.narrative, step.decision?.prompt ?? '']).filter(Boolean);
      return [whole('case', [item.summary, ...story.map(toPlainText)].join('\n'), item.roles, [])];
    }
    case 'lesson':
      return [whole('lesson', item.text, [], item.tags)];
    case 'path':
    case 'glossary':
      return [];
  }
}

export function documentsOfContent(content: ContentSet): SearchDoc[] {
  return [...content.playbooks, ...content.quizzes, ...content.cases, ...content.lessons].flatMap(documentsOfItem);
}

/**
 * A 32-bit FNV-1a hash of the documents in order: each item's key, and per document the lengths of its anchor,
 * title and body and its tag count. Cheap enough to run on every load (hashing all text would cost as much
 * as a good part of loading the index); it catches other content, not every same-length edit.
 */
export function fingerprintOf(docs: readonly SearchDoc[]): string {
  let hash = 0x811c9dc5;
  const mix = (value: number) => {
    hash = Math.imul(hash ^ value, 0x01000193);
  };
  let item = '';
  for (const doc of docs) {
    if (doc.itemKey !== item) {
      item = doc.itemKey;
      for (let i = 0; i < item.length; i++) mix(item.charCodeAt(i));
    }
    mix(doc.section === null ? -1 : doc.section.length);
    mix(doc.title.length);
    mix(doc.body.length);
    mix(doc.tags.length);
    mix(doc.situations.length);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
