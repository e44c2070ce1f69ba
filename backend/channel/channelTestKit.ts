// Shared by the content-channel tests: a trainer's content in versions (v1, v2 with a changed section and a new
// quiz, and a broken one whose question lost its answer), written into a folder.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomically } from '../files/writeFileAtomically';

/** The read-only content the channel is laid over. */
export const BASE_ROOT = fileURLToPath(new URL('../../test/fixtures/valid', import.meta.url));

const PLAYBOOK = (prep: string) => `---
id: pricing-talk
title: Talking about price
lang: en
---
How the team answers "too expensive".

## Before you quote {#prep}

${prep}

## Hold the price

Ask what the price is compared with before giving anything.
`;

const QUIZ = (answer: string) => `id: pricing-quiz
lang: en
title: Pricing check
playbook: pricing-talk
questions:
  - id: compare
    type: truefalse
    prompt: Ask what the price is compared with before discounting.
${answer}    explain: The comparison tells you what the objection is about.
    ref: pricing-talk#prep
`;

export const VERSION_1: Record<string, string> = {
  'playbooks/en/pricing-talk.md': PLAYBOOK('Know the last three quotes.'),
};

export const VERSION_2: Record<string, string> = {
  'playbooks/en/pricing-talk.md': PLAYBOOK('Know the last three quotes and who approved them.'),
  'content/quizzes/en/pricing-quiz.yaml': QUIZ('    answer: true\n'),
};

/** Version 2 with its question's answer missing: an error at the question's line. */
export const BROKEN: Record<string, string> = { ...VERSION_2, 'content/quizzes/en/pricing-quiz.yaml': QUIZ('') };

export async function temporaryFolder(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pbt-channel-test-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Makes `dir` hold exactly `files` in its content folders. */
export async function publish(dir: string, files: Record<string, string>): Promise<void> {
  await Promise.all(['playbooks', 'content'].map((folder) => rm(path.join(dir, folder), { recursive: true, force: true })));
  for (const [file, text] of Object.entries(files)) await writeFileAtomically(path.join(dir, ...file.split('/')), text);
}
