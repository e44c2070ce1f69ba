// A small content set and learner records for readiness tests.
import { exactFingerprint, textFingerprint } from '../content/textFingerprint';
import type { ContentSet, LearningPath, Playbook } from '../model';
import { sampleQuiz } from '../quiz/sampleQuiz.fixture';
import { sampleCase } from '../replay/sampleCase.fixture';
import { newReviewCard } from '../review/scheduleReview';
import type { LearnerRecords, QuizAttempt, ReplayAttempt, ReviewCardRecord } from './records';

function playbook(id: string, lang: Playbook['lang'], title: string, sections: [string, string][]): Playbook {
  return {
    kind: 'playbook',
    id,
    lang,
    title,
    summary: '',
    roles: ['sales-rep'],
    stages: [],
    tags: [],
    related: [],
    // An empty body: every section's Markdown is empty.
    bodyHash: textFingerprint(''),
    bodyChecksum: exactFingerprint(''),
    bodyLine: 5,
    sections: sections.map(([anchor, sectionTitle], i) => ({ anchor, title: sectionTitle, line: 6 + i * 10, start: 0, end: 0, hash: textFingerprint(`${sectionTitle}\n`), text: '', situations: [] })),
    blocks: [],
    source: { root: 'content-root', file: `playbooks/${id}.${lang}.md`, line: 1 },
  };
}

export const content: ContentSet = {
  playbooks: [
    playbook('discovery', 'en', 'Discovery', [
      ['goals', 'Goals'],
      ['call-flow', 'Call flow'],
    ]),
    playbook('discovery', 'zh-CN', '需求挖掘', [
      ['goals', '客户目标'],
      ['call-flow', '通话流程'],
    ]),
    playbook('negotiation', 'en', 'Negotiation', [
      ['price-objection', 'Price objection'],
      ['walk-away-point', 'Walk-away point'],
    ]),
  ],
  quizzes: [sampleQuiz],
  cases: [sampleCase],
  paths: [],
  lessons: [],
  glossaries: [],
  diagnostics: [],
};

export const path: LearningPath = {
  kind: 'path',
  id: 'sales-rep-basics',
  lang: 'zh-CN',
  role: 'sales-rep',
  title: '销售代表入门',
  competencies: [
    { id: 'discover', title: 'Discover needs' },
    { id: 'negotiate', title: 'Negotiate' },
    { id: 'lead', title: 'Lead the account' },
  ],
  modules: [
    { kind: 'playbook', id: 'discovery', competency: 'discover' },
    { kind: 'quiz', id: 'discovery-basics', competency: 'discover' },
    { kind: 'playbook', id: 'negotiation', competency: 'negotiate' },
    { kind: 'case', id: 'price-pushback', competency: 'negotiate' },
  ],
  source: { root: 'content-root', file: 'content/paths/sales-rep.yaml', line: 1 },
};

export const T0 = '2025-03-01T09:00:00.000Z';
const profileId = 'p1';
let nextId = 0;

export const noRecords = (): LearnerRecords => ({ reads: [], quizAttempts: [], replayAttempts: [], reviewCards: [] });

export const read = (playbookId: string) => ({ profileId, playbookId, lang: 'en' as const, readAt: T0 });

export function quizAttempt(score: number | null, passed: boolean | null, wrong: string[] = []): QuizAttempt {
  return {
    id: `a-${++nextId}`,
    profileId,
    quizId: sampleQuiz.id,
    lang: 'en',
    seed: 1,
    startedAt: T0,
    finishedAt: score === null ? null : T0,
    answers: wrong.map((questionId) => ({ questionId, response: { type: 'recall', remembered: false }, score: 0, correct: false, answeredAt: T0 })),
    score,
    passed,
  };
}

export function replayAttempt(score: number | null): ReplayAttempt {
  return { id: `r-${++nextId}`, profileId, caseId: sampleCase.id, lang: 'en', seed: 1, choices: [], startedAt: T0, finishedAt: score === null ? null : T0, score };
}

export function reviewCard(questionId: string, overrides: Partial<ReviewCardRecord> = {}): ReviewCardRecord {
  return {
    ...newReviewCard(new Date(T0)),
    id: `c-${questionId}`,
    profileId,
    quizId: sampleQuiz.id,
    questionId,
    lang: 'en',
    createdAt: T0,
    ...overrides,
  };
}
