// What `pbt stats` reports: how much content there is, and where training does not yet cover it.
import { LANGS, type ContentSet, type Lang } from '../model';
import { splitRef } from './parseResult';

export interface ItemRef {
  id: string;
  lang: Lang;
  title: string;
}

export interface ContentStats {
  /** Items per kind and language. */
  counts: Record<'playbook' | 'quiz' | 'case' | 'path' | 'section' | 'tactic' | 'question', Record<Lang, number>>;
  playbooksWithoutQuiz: ItemRef[];
  /** Sections no quiz question points at with its `ref`. */
  sectionsWithoutQuestion: (ItemRef & { anchor: string; section: string })[];
  playbooksNotInPath: ItemRef[];
}

export function contentStats(content: ContentSet): ContentStats {
  const zero = () => Object.fromEntries(LANGS.map((lang) => [lang, 0])) as Record<Lang, number>;
  const counts: ContentStats['counts'] = { playbook: zero(), quiz: zero(), case: zero(), path: zero(), section: zero(), tactic: zero(), question: zero() };
  for (const p of content.playbooks) {
    counts.playbook[p.lang]++;
    counts.section[p.lang] += p.sections.length;
    counts.tactic[p.lang] += p.blocks.filter((b) => b.kind === 'tactic').length;
  }
  for (const q of content.quizzes) {
    counts.quiz[q.lang]++;
    counts.question[q.lang] += q.questions.length;
  }
  for (const c of content.cases) counts.case[c.lang]++;
  for (const p of content.paths) counts.path[p.lang]++;

  const key = (lang: Lang, id: string, anchor = '') => `${lang}\u0000${id}\u0000${anchor}`;
  const quizzed = new Set(content.quizzes.map((q) => key(q.lang, q.playbook)));
  const referenced = new Set(content.quizzes.flatMap((q) => q.questions.flatMap((question) => (question.ref ? [key(q.lang, ...splitRef(question.ref))] : []))));
  const inPath = new Set(content.paths.flatMap((p) => p.modules.filter((m) => m.kind === 'playbook').map((m) => key(p.lang, m.id))));
  const ref = ({ id, lang, title }: ItemRef): ItemRef => ({ id, lang, title });

  return {
    counts,
    playbooksWithoutQuiz: content.playbooks.filter((p) => !quizzed.has(key(p.lang, p.id))).map(ref),
    sectionsWithoutQuestion: content.playbooks.flatMap((p) =>
      p.sections.filter((s) => !referenced.has(key(p.lang, p.id, s.anchor))).map((s) => ({ ...ref(p), anchor: s.anchor, section: s.title })),
    ),
    playbooksNotInPath: content.playbooks.filter((p) => !inPath.has(key(p.lang, p.id))).map(ref),
  };
}
