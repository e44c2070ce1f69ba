// The short forms of content items used in lists (catalog, related items, path modules).
import type { CaseSummary, PathSummary, PlaybookSummary, QuizSummary } from '../../../core/api/contract';
import type { CaseReplay, LearningPath, Playbook, Quiz } from '../../../core/model';

export function playbookSummary(playbook: Playbook, fallback: boolean): PlaybookSummary {
  return {
    id: playbook.id,
    lang: playbook.lang,
    title: playbook.title,
    summary: playbook.summary,
    roles: playbook.roles,
    stages: playbook.stages,
    tags: playbook.tags,
    sectionCount: playbook.sections.length,
    fallback,
  };
}

export function quizSummary(quiz: Quiz): QuizSummary {
  return {
    id: quiz.id,
    lang: quiz.lang,
    title: quiz.title,
    playbook: quiz.playbook,
    questionCount: quiz.questions.length,
    passScore: quiz.passScore,
  };
}

export function caseSummary(caseReplay: CaseReplay): CaseSummary {
  return {
    id: caseReplay.id,
    lang: caseReplay.lang,
    title: caseReplay.title,
    summary: caseReplay.summary,
    roles: caseReplay.roles,
    playbooks: caseReplay.playbooks,
    decisionCount: caseReplay.steps.filter((step) => step.decision).length,
  };
}

export function pathSummary(path: LearningPath): PathSummary {
  return { id: path.id, lang: path.lang, role: path.role, title: path.title, moduleCount: path.modules.length };
}
