import { describe, expect, it } from 'vitest';
import { contentKindOf, parseContentFile } from './parseContentFile';

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
    expect(parseContentFile('path', 'id: p\nlang: en\nrole: sales-rep\ntitle: P\ncompetencies: [{ id: c, title: C }]\nmodules: [{ playbook: a, competency: c }]', source).item?.kind).toBe('path');
  });
});
