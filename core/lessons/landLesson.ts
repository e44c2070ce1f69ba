// Where a lesson file that arrives in the trainer's inbox (shared through the LRS or dropped in a folder) goes:
// a new file, an update of the same lesson re-shared with changes, or nothing when the inbox already has it.
// Lesson ids are made from the date and title on each rep's machine, so two reps can pick the same id: a
// lesson by someone else under a taken id lands under the next free one.
import { frontMatterEditor } from '../authoring/frontMatterEditor';
import { applyEdits } from '../authoring/textEdits';
import { parseContentFile } from '../content/parseContentFile';
import { normaliseText } from '../content/parseResult';
import type { Diagnostic, LessonStatus } from '../model';

/** A lesson already in the workspace's inbox, with its file's text. */
export interface InboxLesson {
  id: string;
  author: string;
  created: string;
  status: LessonStatus;
  text: string;
}

export type Landing =
  | { kind: 'add'; id: string; text: string }
  | { kind: 'update'; id: string; text: string }
  /** Already there, or already triaged by the trainer (a later edit does not undo a conversion). */
  | { kind: 'known'; id: string }
  | { kind: 'bad'; diagnostics: Diagnostic[] };

/** `file`: the name diagnostics give (the dropped file, or the statement it came in). */
export function landLesson(text: string, file: string, inbox: ReadonlyMap<string, InboxLesson>): Landing {
  const parsed = parseContentFile('lesson', text, { root: '', file });
  const lesson = parsed.item?.kind === 'lesson' ? parsed.item : undefined;
  if (!lesson) return { kind: 'bad', diagnostics: parsed.diagnostics.filter((diagnostic) => diagnostic.severity === 'error') };
  const incoming = normaliseText(text);
  for (let n = 1; ; n++) {
    const id = n === 1 ? lesson.id : `${lesson.id}-${n}`;
    const existing = inbox.get(id);
    const landed = id === lesson.id ? incoming : withId(incoming, id);
    if (!existing) return { kind: 'add', id, text: landed };
    if (existing.author !== lesson.author || existing.created !== lesson.created) continue;
    if (normaliseText(existing.text) === landed || existing.status !== 'inbox') return { kind: 'known', id };
    return { kind: 'update', id, text: landed };
  }
}

function withId(text: string, id: string): string {
  // parseLesson has just read the id from this front matter, so it is a scalar there.
  const edit = frontMatterEditor(text)?.replaceScalar(['id'], id);
  return edit ? applyEdits(text, [edit]) : text;
}
