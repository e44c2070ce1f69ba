import { describe, expect, it } from 'vitest';
import { packEntryKind, unsafePathProblem } from './packPaths';

const isImage = (path: string) => /\.(svg|png)$/.test(path);

describe('unsafePathProblem', () => {
  it.each([
    ['playbooks/en/a.md', undefined],
    ['playbooks/en/', undefined],
    ['', 'an entry without a name'],
    ['/outside.md', 'an absolute path'],
    ['c:/x.md', 'an absolute path'],
    ['playbooks\\a.md', 'a backslash in the path (zip paths use "/")'],
    ['playbooks/../../a.md', 'a ".." segment that climbs out of the folder'],
    ['..', 'a ".." segment that climbs out of the folder'],
    ['playbooks//a.md', 'an empty or "." segment'],
    ['./playbooks/a.md', 'an empty or "." segment'],
    ['playbooks/a.md:stream', 'a character that is not allowed in file names'],
    ['playbooks/a\u0000.md', 'a character that is not allowed in file names'],
  ])('%j → %s', (path, problem) => {
    expect(unsafePathProblem(path)).toBe(problem);
  });
});

describe('packEntryKind', () => {
  it('knows content files by folder and ending, and images only inside the content folders', () => {
    expect(packEntryKind('playbooks/en/a.md', isImage)).toBe('playbook');
    expect(packEntryKind('content/quizzes/q.yml', isImage)).toBe('quiz');
    expect(packEntryKind('content/cases/c.yaml', isImage)).toBe('case');
    expect(packEntryKind('content/paths/p.yaml', isImage)).toBe('path');
    expect(packEntryKind('playbooks/assets/d.svg', isImage)).toBe('image');
    expect(packEntryKind('assets/d.svg', isImage)).toBeUndefined();
    expect(packEntryKind('content/quizzes/q.json', isImage)).toBeUndefined();
    expect(packEntryKind('playbooks/.hidden/a.md', isImage)).toBeUndefined();
    expect(packEntryKind('README.md', isImage)).toBeUndefined();
  });
});
