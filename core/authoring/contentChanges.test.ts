import { describe, expect, it } from 'vitest';
import type { ContentSet, Lesson } from '../model';
import { contentChanges } from './contentChanges';

const lesson = (id: string): Lesson => ({
  kind: 'lesson', id, lang: 'en', title: id, author: 'a', created: '2025-01-01', tags: [], status: 'inbox', convertedTo: [],
  parts: { situation: '', action: '', result: '', lesson: '' }, body: '', text: '', source: { root: '', file: `${id}.md`, line: 1 },
});
const set = (lessons: Lesson[]): ContentSet => ({ playbooks: [], quizzes: [], cases: [], paths: [], lessons, glossaries: [], diagnostics: [] });

describe('contentChanges', () => {
  it('reports new and replaced items as changed, missing ones as removed, identical objects as unchanged', () => {
    const kept = lesson('kept');
    const edited = lesson('edited');
    const gone = lesson('gone');
    const before = set([kept, edited, gone]);
    const editedAgain = lesson('edited');
    const added = lesson('added');
    expect(contentChanges(before, set([kept, editedAgain, added]))).toEqual({
      changed: [editedAgain, added],
      removed: [{ kind: 'lesson', id: 'gone', lang: 'en' }],
    });
  });
});
