// Small content written as files, for the authoring tests: a playbook with sections and a block, a quiz and a
// case that refer to it, and a path.
import type { SourceText } from './sourceText';
import type { ContentSet } from '../model';
import { buildContentSet } from '../content/buildContentSet';
import { contentKindOf, parseContentFile } from '../content/parseContentFile';

export const ROOT = '/content-root';

export const PLAYBOOK = `---
id: discovery-call
title: The discovery call
lang: en
owner: Enablement
reviewEvery: 90
verified: 2025-01-01
---
Intro.

## Before the call {#prep}

Read the notes.

## Ask who signs

::: tactic Ask who signs
"Who else will want a say?"
:::
`;

export const QUIZ = `id: discovery-quiz
lang: en
title: Discovery quiz
playbook: discovery-call
questions:
  - id: prep-first
    type: truefalse
    prompt: Prep matters.
    answer: true
    explain: It does.
    ref: discovery-call#prep
  - id: who-signs
    type: recall
    front: What do you ask?
    back: Who else will want a say.
    ref: discovery-call#ask-who-signs--ask-who-signs
`;

export const CASE = `id: tender
lang: en
title: Tender
playbooks: [discovery-call]
start: call
steps:
  - id: call
    narrative: The buyer calls.
    commentary: Think first.
    decision:
      prompt: What now?
      converges: true
      options:
        - { text: Ask, points: 3, elite: true, outcome: Good., next: end }
        - { text: Cut price, points: 0, outcome: Bad., next: end }
debrief: Done.
lessons:
  - text: Prepare.
    ref: discovery-call#prep
`;

export const SAMPLE: SourceText[] = [
  { path: 'playbooks/en/discovery-call.md', text: PLAYBOOK },
  { path: 'content/quizzes/en/discovery-quiz.yaml', text: QUIZ },
  { path: 'content/cases/en/tender.yaml', text: CASE },
];

/** Parses files as one content root, as the loader would. */
export function contentOf(files: readonly SourceText[]): ContentSet {
  return buildContentSet([files.map((file) => parseContentFile(contentKindOf(file.path)!, file.text, { root: ROOT, file: `${ROOT}/${file.path}` }))]);
}

/** The sample with one file's text replaced. */
export function withText(path: string, text: string): SourceText[] {
  return SAMPLE.map((file) => (file.path === path ? { path, text } : file));
}
