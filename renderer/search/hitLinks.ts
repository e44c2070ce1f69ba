// Where a search hit opens and what pinning it pins, decided once for the palette and the search page.
import type { PrepItemRef, SearchHit, SearchType } from '../../core/api/contract';
import type { Lang } from '../../core/model';
import type { Route } from '../routing/routes';

/** The hit types the UI has a screen to open: searches ask for these, and the filters offer them. */
export const OPENABLE_TYPES = ['section', 'tactic', 'playbook', 'quiz', 'case', 'lesson'] as const satisfies readonly SearchType[];
export type OpenableType = (typeof OPENABLE_TYPES)[number];
export type OpenableHit = SearchHit & { type: OpenableType };

export function isOpenable(hit: SearchHit): hit is OpenableHit {
  return (OPENABLE_TYPES as readonly SearchType[]).includes(hit.type);
}

/**
 * Where a search hit opens: the section (or tactic) inside its playbook, the quiz or case itself, a lesson in the
 * editor. A playbook hit in another language than `uiLang` opens in its own language (the language of the query).
 */
export function hitRoute(hit: OpenableHit, uiLang?: Lang): Route {
  const inLang = uiLang && hit.lang !== uiLang ? { lang: hit.lang } : {};
  switch (hit.type) {
    case 'quiz':
      return { name: 'quiz', id: hit.id };
    case 'case':
      return { name: 'case', id: hit.id };
    case 'lesson':
      return { name: 'editor', doc: { kind: 'lesson', lang: hit.lang, id: hit.id } };
    case 'section':
    case 'tactic':
    case 'playbook':
      return hit.section ? { name: 'playbook', id: hit.id, anchor: hit.section, ...inLang } : { name: 'playbook', id: hit.id, ...inLang };
  }
}

/** Sections and tactics can go on a prep sheet; whole playbooks, quizzes and cases cannot. */
export function hitPinItem(hit: SearchHit): PrepItemRef | null {
  if ((hit.type !== 'section' && hit.type !== 'tactic') || !hit.section) return null;
  return { kind: hit.type, playbookId: hit.id, anchor: hit.section, lang: hit.lang };
}
