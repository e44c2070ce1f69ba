import { describe, expect, it, vi } from 'vitest';
import { contentKindOf, parseContentFile } from './parseContentFile';

// A parser that fails in a way nobody foresaw: parseContentFile must still answer for that file.
vi.mock('./parsePath', () => ({
  parsePath: () => {
    throw new RangeError('Maximum call stack size exceeded');
  },
}));

describe('contentKindOf', () => {
  it('tells the kind from the folder and the file ending', () => {
    expect(contentKindOf('playbooks/en/sub/call.md')).toBe('playbook');
    expect(contentKindOf('content/quizzes/q.yaml')).toBe('quiz');
    expect(contentKindOf('content/cases/en/c.yml')).toBe('case');
    expect(contentKindOf('content/paths/p.YAML')).toBe('path');
  });
  it('ignores other files, misplaced files and hidden ones', () => {
    for (const path of ['README.md', 'playbooks/notes.yaml', 'content/quizzes/q.md', 'playbooks/img/a.svg', 'playbooks/.#draft.md', 'content/.drafts/q.yaml', 'docs/playbooks/a.md']) {
      expect(contentKindOf(path), path).toBeUndefined();
    }
  });
});

describe('parseContentFile', () => {
  it('hands each kind to its parser', () => {
    const source = { root: '/r', file: '/r/x' };
    expect(parseContentFile('playbook', '---\nid: a\ntitle: A\nlang: en\n---\n## S', source).item?.kind).toBe('playbook');
    expect(parseContentFile('quiz', 'id: q\nlang: en\ntitle: Q\nplaybook: a\nquestions: [{ id: x, type: truefalse, prompt: P, answer: true, explain: E }]', source).item?.kind).toBe('quiz');
  });

  it('turns an exception of a parser into an error of that file', () => {
    expect(parseContentFile('path', 'id: p', { root: '/r', file: '/r/content/paths/p.yaml' })).toEqual({
      diagnostics: [{ file: '/r/content/paths/p.yaml', line: 1, column: 1, severity: 'error', message: 'this file could not be read (RangeError: Maximum call stack size exceeded); it is skipped, the rest of the content still loads' }],
    });
  });

  it('refuses a file over the size limit before parsing it', () => {
    const text = `---\nid: a\ntitle: A\nlang: en\n---\n${'x'.repeat(2_000_000)}`;
    expect(parseContentFile('playbook', text, { root: '/r', file: '/r/playbooks/a.md' }).diagnostics).toEqual([
      { file: '/r/playbooks/a.md', line: 1, column: 1, severity: 'error', message: expect.stringMatching(/^this file is larger than 2,000,000 characters/) },
    ]);
  });
});
