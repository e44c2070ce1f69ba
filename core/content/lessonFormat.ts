// The format of a captured elite lesson: `lessons/*.md` in a workspace, YAML front matter and four sections
// with fixed anchors (the headings are worded in the lesson's language).
import { z } from 'zod';
import { LANGS, LESSON_STATUSES, type Lang, type LessonParts } from '../model';
import { isoDate, itemId } from './schemas';

export const LESSON_FOLDER = 'lessons';

export const LESSON_PARTS = ['situation', 'action', 'result', 'lesson'] as const satisfies readonly (keyof LessonParts)[];

export const LESSON_HEADINGS: Record<Lang, LessonParts> = {
  en: { situation: 'Situation', action: 'What I did', result: 'What happened', lesson: 'The lesson' },
  'zh-CN': { situation: '情况', action: '我的做法', result: '结果', lesson: '经验' },
};

/** `playbook:id#anchor`, `quiz:id#question` or `case:id#step`: what a lesson was turned into. */
export const CONVERTED_TO = /^(playbook|quiz|case):([a-z0-9]+(?:-[a-z0-9]+)*)(?:#(\S+))?$/u;

const text = z.string().trim().min(1);

export const lessonFrontMatter = z.strictObject({
  id: itemId,
  title: text,
  lang: z.enum(LANGS),
  author: text,
  created: isoDate,
  tags: z.array(text).default([]),
  customerType: text.optional(),
  stage: text.optional(),
  status: z.enum(LESSON_STATUSES).default('inbox'),
  convertedTo: z.array(z.string().regex(CONVERTED_TO, 'must be playbook:id#anchor, quiz:id#question or case:id#step')).default([]),
});
