// A lesson captured from the short form becomes a Markdown file in the workspace's inbox (`lessons/`).
import { stringify } from 'yaml';
import type { Lang, LessonParts } from '../model';
import { LESSON_FOLDER, LESSON_HEADINGS, LESSON_PARTS } from '../content/lessonFormat';
import type { SourceText } from './sourceText';
import { shortTitle } from './shortTitle';

export interface CapturedLesson extends LessonParts {
  /** A short title; made from the lesson's first line when empty. */
  title?: string;
  author: string;
  lang: Lang;
  tags: string[];
  customerType?: string;
  stage?: string;
}

export const TITLE_LENGTH = 60;
const SLUG_WORDS = 6;

/** The lesson's file in the inbox, with an id made from the date and the title, unique among `takenIds`. */
export function captureLesson(fields: CapturedLesson, created: string, takenIds: ReadonlySet<string>): SourceText & { id: string } {
  const id = uniqueId(`lesson-${created}${slugPart(lessonTitle(fields))}`, takenIds);
  return lessonFile(fields, id, created);
}

/** The lesson's file under a given id: a new capture, or an edited lesson that keeps its id and date. */
export function lessonFile(fields: CapturedLesson, id: string, created: string): SourceText & { id: string } {
  const title = lessonTitle(fields);
  const front = stringify(
    {
      id,
      title,
      lang: fields.lang,
      author: fields.author,
      created,
      tags: fields.tags,
      ...(fields.customerType ? { customerType: fields.customerType } : {}),
      ...(fields.stage ? { stage: fields.stage } : {}),
      status: 'inbox',
    },
    { lineWidth: 0 },
  );
  const headings = LESSON_HEADINGS[fields.lang];
  const body = LESSON_PARTS.map((part) => `## ${headings[part]} {#${part}}\n\n${fields[part].trim()}\n`).join('\n');
  return { id, path: `${LESSON_FOLDER}/${id}.md`, text: `---\n${front}---\n${body}` };
}

function lessonTitle(fields: CapturedLesson): string {
  return fields.title?.trim() || shortTitle(fields.lesson, fields.lang, TITLE_LENGTH) || shortTitle(fields.situation, fields.lang, TITLE_LENGTH);
}

/** `-word-word…` from the Latin letters and digits of the title (ids are ASCII kebab-case; Chinese titles give none). */
function slugPart(title: string): string {
  const words = title.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return words.length ? `-${words.slice(0, SLUG_WORDS).join('-')}` : '';
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
