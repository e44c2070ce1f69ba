// Change-driven re-checks on the author's side: which sections changed since the fingerprints were taken,
// and which quiz questions and case lessons teach from them and so need a look.
import type { ContentSet, Lang } from '../model';
import { sectionHash, sectionKey } from '../content/sectionHash';

export interface Referrer {
  kind: 'question' | 'case';
  /** Quiz or case id. */
  id: string;
  /** Question id, or the case's lesson text. */
  detail: string;
  file: string;
  line: number;
}

export interface StaleReference {
  lang: Lang;
  /** `playbook-id#anchor` as the referrers write it. */
  ref: string;
  referrers: Referrer[];
}

/** Every reference written by a question or a case lesson, with where it is written. */
function referrers(content: ContentSet): { lang: Lang; ref: string; referrer: Referrer }[] {
  return [
    ...content.quizzes.flatMap((quiz) =>
      quiz.questions.flatMap((question) =>
        question.ref ? [{ lang: quiz.lang, ref: question.ref, referrer: { kind: 'question' as const, id: quiz.id, detail: question.id, file: quiz.source.file, line: question.line } }] : [],
      ),
    ),
    ...content.cases.flatMap((replay) =>
      replay.lessons.flatMap((lesson) =>
        lesson.ref ? [{ lang: replay.lang, ref: lesson.ref, referrer: { kind: 'case' as const, id: replay.id, detail: lesson.text, file: replay.source.file, line: lesson.line } }] : [],
      ),
    ),
  ];
}

/** Fingerprints of every referenced section now, keyed by `sectionKey`: the baseline to compare later content with. */
export function referencedSectionHashes(content: ContentSet): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const { lang, ref } of referrers(content)) {
    const hash = sectionHash(content, ref, lang);
    if (hash !== undefined) hashes[sectionKey(lang, ref)] = hash;
  }
  return hashes;
}

/**
 * References whose target text changed since `previousHashes` were taken (a target without a previous
 * fingerprint is new to the baseline, not changed), grouped per section.
 */
export function staleReferences(content: ContentSet, previousHashes: Readonly<Record<string, string>>): StaleReference[] {
  const stale = new Map<string, StaleReference>();
  for (const { lang, ref, referrer } of referrers(content)) {
    const key = sectionKey(lang, ref);
    const before = previousHashes[key];
    const now = sectionHash(content, ref, lang);
    if (before === undefined || now === undefined || before === now) continue;
    const entry = stale.get(key) ?? { lang, ref, referrers: [] };
    entry.referrers.push(referrer);
    stale.set(key, entry);
  }
  return [...stale.values()];
}
