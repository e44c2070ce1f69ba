// The capture form's fields, checked against the limits of `captureLesson` before anything is sent, so the rep
// sees what to fix next to the field instead of one message from the server.
import type { ApiArgs } from '../../core/api/contract';
import type { Lang } from '../../core/model';
import type { MessageKey } from '../i18n/en';

export interface CaptureFields {
  title: string;
  situation: string;
  action: string;
  result: string;
  lesson: string;
  /** Comma-separated, as typed (Chinese commas too). */
  tags: string;
  customerType: string;
  stage: string;
  author: string;
  lang: Lang;
}

export type CaptureField = Exclude<keyof CaptureFields, 'lang'>;
export type CaptureProblems = Partial<Record<CaptureField, { key: MessageKey; vars?: Record<string, number> }>>;

const PART_MAX = 20_000;
const SHORT_MAX = 100;
const TITLE_MAX = 200;
const TAGS_MAX = 20;
const PARTS = ['situation', 'action', 'result', 'lesson'] as const;

function splitTags(tags: string): string[] {
  return [...new Set(tags.split(/[,，、]/).map((tag) => tag.trim()).filter(Boolean))];
}

/** What is wrong with each field, empty when the form can be sent. */
export function checkCapture(fields: CaptureFields): CaptureProblems {
  const problems: CaptureProblems = {};
  for (const part of PARTS) {
    if (!fields[part].trim()) problems[part] = { key: 'capture.required' };
    else if (fields[part].trim().length > PART_MAX) problems[part] = { key: 'capture.tooLong', vars: { max: PART_MAX } };
  }
  if (fields.title.trim().length > TITLE_MAX) problems.title = { key: 'capture.tooLong', vars: { max: TITLE_MAX } };
  if (!fields.author.trim()) problems.author = { key: 'capture.required' };
  for (const field of ['author', 'customerType', 'stage'] as const) {
    if (fields[field].trim().length > SHORT_MAX) problems[field] = { key: 'capture.tooLong', vars: { max: SHORT_MAX } };
  }
  const tags = splitTags(fields.tags);
  if (tags.length > TAGS_MAX) problems.tags = { key: 'capture.tooManyTags', vars: { max: TAGS_MAX } };
  else if (tags.some((tag) => tag.length > SHORT_MAX)) problems.tags = { key: 'capture.tagTooLong', vars: { max: SHORT_MAX } };
  return problems;
}

/** The API's arguments for a form that passed `checkCapture`. */
export function captureArgs(fields: CaptureFields): ApiArgs<'captureLesson'> {
  const title = fields.title.trim();
  const customerType = fields.customerType.trim();
  const stage = fields.stage.trim();
  return {
    situation: fields.situation.trim(),
    action: fields.action.trim(),
    result: fields.result.trim(),
    lesson: fields.lesson.trim(),
    tags: splitTags(fields.tags),
    author: fields.author.trim(),
    lang: fields.lang,
    ...(title ? { title } : {}),
    ...(customerType ? { customerType } : {}),
    ...(stage ? { stage } : {}),
  };
}
