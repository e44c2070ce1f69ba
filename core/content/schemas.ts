// The shapes of what trainers write. Rules that span several fields (exactly one correct option,
// the case graph, …) live in the parsers, where they can point at the offending node.
import { z } from 'zod';
import { BEYOND_KINDS, DEFAULT_PASS_SCORE, LANGS, ROLES } from '../model';
import { PLAYBOOK_ID } from '../markdown/linkPolicy';
import { MAX_CASE_STEPS, MAX_QUIZ_QUESTIONS } from './contentLimits';

export const itemId = z.string().regex(PLAYBOOK_ID, 'must be lower-case kebab-case (letters, digits and "-"), like "discovery-call"');
const text = z.string().trim().min(1);
/** Markdown that must say something when written: a blank `explain`, `outcome`, `debrief` or `feedback` is an error. */
const markdown = z.string().refine((value) => value.trim() !== '', 'must not be empty');
const lang = z.enum(LANGS);
const role = z.enum(ROLES);
/** `playbook-id#anchor`, or a whole playbook. */
export const REF = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:#(.+))?$/u;
const ref = z.string().regex(REF, 'must be playbook-id#anchor, like "discovery-call#walk-away-point"');
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isoDate = z
  .string()
  .regex(ISO_DATE, 'must be a date written as YYYY-MM-DD')
  .refine(isCalendarDate, { error: (issue) => `must be a date that exists: there is no ${String(issue.input)}` });

/** `2025-02-30` and `2025-13-45` have the right shape but name no day (`Date` would roll them over). Other shapes fail the regex. */
function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return true;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const playbookFrontMatter = z.strictObject({
  id: itemId,
  title: text,
  lang,
  summary: z.string().default(''),
  roles: z.array(role).default([]),
  stages: z.array(text).default([]),
  tags: z.array(text).default([]),
  related: z.array(itemId).default([]),
  author: text.optional(),
  updated: isoDate.optional(),
  level: text.optional(),
  owner: text.optional(),
  reviewEvery: z.number().int().min(1).optional(),
  verified: isoDate.optional(),
  beyond: z.array(z.strictObject({ section: z.string().trim().min(1).optional(), kind: z.enum(BEYOND_KINDS), note: text.optional() })).optional(),
  /** Per section or tactic anchor, the sentences a rep or customer says when it is the answer: searched with a high weight. */
  situations: z.record(z.string(), z.array(text).min(1)).default({}),
});

export const quizSchema = z.strictObject({
  id: itemId,
  lang,
  title: text,
  playbook: itemId,
  passScore: z.number().min(0).max(1).default(DEFAULT_PASS_SCORE),
  // Each question is checked against the schema of its own `type` (see `questionSchemas`).
  questions: z.array(z.unknown()).min(1).max(MAX_QUIZ_QUESTIONS),
});

const option = z.strictObject({ text, correct: z.boolean().default(false), feedback: markdown.optional() });
const questionBase = { id: itemId, explain: markdown, ref: ref.optional() };
const choice = <T extends 'single' | 'multiple' | 'scenario'>(type: T) =>
  z.strictObject({ ...questionBase, type: z.literal(type), prompt: text, options: z.array(option).min(2) });

export const questionSchemas = {
  single: choice('single'),
  multiple: choice('multiple'),
  scenario: choice('scenario'),
  truefalse: z.strictObject({ ...questionBase, type: z.literal('truefalse'), prompt: text, answer: z.boolean() }),
  order: z.strictObject({ ...questionBase, type: z.literal('order'), prompt: text, steps: z.array(text).min(2) }),
  match: z.strictObject({ ...questionBase, type: z.literal('match'), prompt: text, pairs: z.array(z.tuple([text, text])).min(2) }),
  recall: z.strictObject({ ...questionBase, type: z.literal('recall'), front: text, back: text, explain: markdown.default('') }),
};

const caseOption = z.strictObject({
  text,
  points: z.number().int().min(0).max(3),
  elite: z.boolean().default(false),
  outcome: markdown,
  next: text,
});

export const caseSchema = z.strictObject({
  id: itemId,
  lang,
  title: text,
  summary: z.string().default(''),
  roles: z.array(role).default([]),
  playbooks: z.array(itemId).default([]),
  start: text,
  steps: z
    .array(
      z.strictObject({
        id: itemId,
        narrative: text,
        commentary: markdown.optional(),
        // `converges: true`: every option leads to the same step on purpose (see core/content/itemQuality, rule C2).
        decision: z.strictObject({ prompt: text, converges: z.boolean().optional(), options: z.array(caseOption).min(2) }).optional(),
        next: text.optional(),
      }),
    )
    .min(1)
    .max(MAX_CASE_STEPS),
  debrief: markdown,
  lessons: z.array(z.strictObject({ text, ref: ref.optional() })).default([]),
});

export const pathSchema = z.strictObject({
  id: itemId,
  lang,
  role,
  title: text,
  competencies: z.array(z.strictObject({ id: itemId, title: text })).min(1),
  modules: z
    .array(z.strictObject({ playbook: itemId.optional(), quiz: itemId.optional(), case: itemId.optional(), competency: itemId }))
    .min(1),
});

/** A glossary file: groups of terms that mean the same, each group at least two terms. */
export const glossarySchema = z.strictObject({
  id: itemId,
  lang,
  title: text,
  groups: z.array(z.array(text).min(2)).min(1),
});
