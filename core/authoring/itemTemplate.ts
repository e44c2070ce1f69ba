// New-item templates: a valid playbook, quiz, case or learning path with the fields to fill marked by example
// text, so a new file passes `pbt check` as soon as its ids are filled in and can be edited from there.
import { stringify } from 'yaml';
import { CONTENT_LAYOUT } from '../content/parseContentFile';
import { DEFAULT_REVIEW_EVERY, END, type ContentSet, type Lang, type RoleId } from '../model';
import { findItem } from '../content/findItem';
import { AUTHORING_TEXT } from './authoringText';
import type { RenamableKind, SourceText } from './sourceText';

export interface TemplateFields {
  id: string;
  lang: Lang;
  title: string;
  /** The playbook a quiz tests, a case practises or a path starts with (required for quizzes and paths). */
  playbook?: string;
  /** The role a learning path is for. */
  role?: RoleId;
}

const NO_FOLDING = { lineWidth: 0 } as const;

/** The new item's file (at its conventional path in a content root) and text. */
export function itemTemplate(kind: RenamableKind, fields: TemplateFields, content: ContentSet): SourceText {
  const extension = kind === 'playbook' ? 'md' : 'yaml';
  return { path: `${CONTENT_LAYOUT[kind].folder}/${fields.lang}/${fields.id}.${extension}`, text: TEMPLATES[kind](fields, content) };
}

const TEMPLATES: Record<RenamableKind, (fields: TemplateFields, content: ContentSet) => string> = {
  playbook: ({ id, lang, title }) => {
    const t = AUTHORING_TEXT[lang];
    // No `verified` date: placeholder text is not verified. The trainer marks it verified in Freshness once written.
    const front = stringify({ id, title, lang, summary: t.playbookSummary, owner: t.playbookOwner, roles: [], tags: [], reviewEvery: DEFAULT_REVIEW_EVERY }, NO_FOLDING);
    return `---
${front}---
${t.playbookIntro}

## ${t.whenHeading} {#when}

${t.whenBody}

## ${t.doHeading} {#what-to-do}

::: tactic ${t.tacticTitle}
${t.tacticBody}
:::

::: pitfall ${t.pitfallTitle}
${t.pitfallBody}
:::
`;
  },

  quiz: ({ id, lang, title, playbook = '' }, content) => {
    const t = AUTHORING_TEXT[lang];
    const anchor = findItem(content.playbooks, playbook, lang)?.sections[0]?.anchor;
    const question = {
      id: 'q1',
      type: 'single',
      prompt: t.questionPrompt,
      options: [
        { text: t.rightOption, correct: true },
        { text: t.wrongOption, feedback: t.wrongFeedback },
      ],
      explain: t.explain,
      ...(anchor ? { ref: `${playbook}#${anchor}` } : {}),
    };
    return stringify({ id, lang, title, playbook, questions: [question] }, NO_FOLDING);
  },

  case: ({ id, lang, title, playbook }) => {
    const t = AUTHORING_TEXT[lang];
    // The weaker move ends the case at once, so the template shows a choice with consequences (rule C2).
    const option = (text: string, points: number, outcome: string, elite: boolean, next: string) => ({ text, points, ...(elite ? { elite } : {}), outcome, next });
    const steps = [
      {
        id: 'opening',
        narrative: t.narrative,
        commentary: t.commentary,
        decision: { prompt: t.decisionPrompt, options: [option(t.eliteOption, 3, t.eliteOutcome, true, 'close'), option(t.weakerOption, 1, t.weakerOutcome, false, END)] },
      },
      { id: 'close', narrative: t.closingNarrative, next: END },
    ];
    return stringify({ id, lang, title, summary: t.caseSummary, playbooks: playbook ? [playbook] : [], start: 'opening', steps, debrief: t.debrief }, NO_FOLDING);
  },

  path: ({ id, lang, title, playbook = '', role = 'sales-rep' }) => {
    const t = AUTHORING_TEXT[lang];
    return stringify({ id, lang, role, title, competencies: [{ id: 'core', title: t.competency }], modules: [{ playbook, competency: 'core' }] }, NO_FOLDING);
  },
};
