// What a flow needs to know about the shipped content to act like a learner who knows it: the path of a role,
// the right answers of a quiz, the elite choices of a case. Read with the app's own loader, so the flows follow
// the content as trainers change it instead of hard-coding titles.
import { defaultContentRoots, loadContent } from '../../backend/content/loadContent';
import { toPlainText } from '../../core/markdown/createMarkdown';
import type { CaseReplay, ContentSet, Lang, LearningPath, Playbook, Quiz, RoleId } from '../../core/model';
import { findItem } from '../../core/content/findItem';

let loaded: Promise<ContentSet> | undefined;

export function shippedContent(): Promise<ContentSet> {
  loaded ??= loadContent(defaultContentRoots());
  return loaded;
}

export function pathOf(content: ContentSet, role: RoleId, lang: Lang): LearningPath {
  const path = content.paths.find((candidate) => candidate.role === role && candidate.lang === lang);
  if (!path) throw new Error(`The shipped content has no ${lang} path for ${role}.`);
  return path;
}

export function playbookOf(content: ContentSet, id: string, lang: Lang): Playbook {
  const playbook = findItem(content.playbooks, id, lang);
  if (!playbook) throw new Error(`No playbook ${id}.`);
  return playbook;
}

export function quizOf(content: ContentSet, id: string, lang: Lang): Quiz {
  const quiz = findItem(content.quizzes, id, lang);
  if (!quiz) throw new Error(`No quiz ${id}.`);
  return quiz;
}

/** The first quiz module of the path that the app can show in `lang`. */
export function firstQuizOnPath(content: ContentSet, path: LearningPath, lang: Lang): Quiz {
  const module = path.modules.find((candidate) => candidate.kind === 'quiz' && findItem(content.quizzes, candidate.id, lang));
  if (!module) throw new Error(`Path ${path.id} has no quiz.`);
  return quizOf(content, module.id, lang);
}

/** The first case the app can show in `lang`. */
export function firstCase(content: ContentSet, lang: Lang): CaseReplay {
  const found = content.cases.find((candidate) => candidate.lang === lang) ?? content.cases[0];
  if (!found) throw new Error('The shipped content has no case.');
  return found;
}

/** Text as the UI shows it once the Markdown is rendered. */
export function shownText(markdown: string): string {
  return toPlainText(markdown).replace(/\s+/g, ' ').trim();
}
