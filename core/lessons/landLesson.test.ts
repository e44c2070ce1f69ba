import { describe, expect, it } from 'vitest';
import { captureLesson } from '../authoring/captureLesson';
import { parseLesson } from '../content/parseLesson';
import { EXTENSIONS, VERBS } from '../records/xapiVocabulary';
import { landLesson, type InboxLesson } from './landLesson';
import { sharedLessonOf } from './sharedLessonStatement';

const fields = { situation: 'Budget frozen.', action: 'Asked who owns it.', result: 'Met the CFO.', lesson: 'Find the owner of a frozen budget.', tags: ['budget'], lang: 'en' as const };
const byWang = captureLesson({ ...fields, author: 'Wang Li' }, '2025-06-01', new Set());
const byZhao = captureLesson({ ...fields, author: 'Zhao Min' }, '2025-06-01', new Set());

function inbox(...lessons: { text: string; status?: InboxLesson['status'] }[]): Map<string, InboxLesson> {
  return new Map(
    lessons.map(({ text, status }) => {
      const lesson = parseLesson(text, { root: '', file: 'x.md' }).item!;
      return [lesson.id, { id: lesson.id, author: lesson.author, created: lesson.created, status: status ?? lesson.status, text }];
    }),
  );
}

describe('landLesson', () => {
  it('adds a new lesson as its file is', () => {
    expect(landLesson(byWang.text, 'a.md', new Map())).toEqual({ kind: 'add', id: byWang.id, text: byWang.text });
  });

  it('knows the same lesson again, even with other line endings', () => {
    expect(landLesson(byWang.text.replace(/\n/g, '\r\n'), 'a.md', inbox(byWang))).toEqual({ kind: 'known', id: byWang.id });
  });

  it("lands another rep's lesson under the next free id, changing only the id, and knows that one again", () => {
    const landed = landLesson(byZhao.text, 'b.md', inbox(byWang));
    expect(landed).toEqual({ kind: 'add', id: `${byWang.id}-2`, text: byZhao.text.replace(`id: ${byWang.id}\n`, `id: ${byWang.id}-2\n`) });
    const renamed = (landed as { text: string }).text;
    expect(landLesson(byZhao.text, 'b.md', inbox(byWang, { text: renamed }))).toEqual({ kind: 'known', id: `${byWang.id}-2` });
  });

  it('takes an edited text of a lesson still in the inbox, but not of one already triaged', () => {
    const edited = byWang.text.replace('Met the CFO.', 'Met the CFO and won.');
    expect(landLesson(edited, 'a.md', inbox(byWang))).toEqual({ kind: 'update', id: byWang.id, text: edited });
    expect(landLesson(edited, 'a.md', inbox({ text: byWang.text, status: 'converted' }))).toEqual({ kind: 'known', id: byWang.id });
  });

  it('reports a file that is not a lesson with its line and column', () => {
    const landed = landLesson('---\nid: x\ntitle: [open\n---\n', 'bad.md', new Map());
    expect(landed.kind).toBe('bad');
    expect((landed as { diagnostics: { file: string; line: number; column: number }[] }).diagnostics[0]).toMatchObject({ file: 'bad.md', line: 3 });
  });
});

describe('sharedLessonOf', () => {
  const statement = {
    id: 'c9d0b6a2-4f0e-4c1a-9d65-1a2b3c4d5e6f',
    stored: '2025-06-01T09:00:00.000Z',
    verb: { id: VERBS.shared },
    context: { extensions: { [EXTENSIONS.content]: { kind: 'lesson', id: byWang.id, competencies: [] } } },
    result: { extensions: { [EXTENSIONS.lessonFile]: byWang.text } },
  };

  it('reads the lesson a shared statement carries', () => {
    expect(sharedLessonOf(statement)).toEqual({ statementId: statement.id, lessonId: byWang.id, text: byWang.text, stored: statement.stored });
  });

  it('passes over statements that are not a shared lesson', () => {
    expect(sharedLessonOf({ ...statement, verb: { id: VERBS.answered } })).toBeUndefined();
    expect(sharedLessonOf({ ...statement, context: { extensions: { [EXTENSIONS.content]: { kind: 'quiz', id: 'q' } } } })).toBeUndefined();
    expect(sharedLessonOf({ ...statement, result: {} })).toBeUndefined();
    expect(sharedLessonOf('not a statement')).toBeUndefined();
  });
});
