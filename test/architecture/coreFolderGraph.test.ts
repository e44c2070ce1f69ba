// No two folders of core/ depend on each other, not even through a test: the check, and proof that it bites.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { coreFolderEdges, dependencyCycles, readSourceFiles, type FolderEdge } from './coreFolderGraph';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The imports that close each cycle, for a failure message that says what to move. */
function describeCycles(edges: FolderEdge[]): string[] {
  return dependencyCycles(edges).map((folders) => {
    const inside = edges.filter((edge) => folders.includes(edge.from) && folders.includes(edge.to));
    return `${folders.join(' ⇄ ')}:\n${inside.flatMap((edge) => edge.imports).map((line) => `  ${line}`).join('\n')}`;
  });
}

describe('the folders of core/', () => {
  it('form no cycle', () => {
    const edges = coreFolderEdges(readSourceFiles(REPO_ROOT, 'core'));
    // The graph is read from the real tree: a broken walk would pass with no edges at all.
    expect(edges.some((edge) => edge.from === 'core/search' && edge.to === 'core/markdown')).toBe(true);
    expect(describeCycles(edges)).toEqual([]);
  });
});

describe('the cycle check', () => {
  it('fails on two folders importing each other, and names the imports', () => {
    const edges = coreFolderEdges([
      { path: 'core/quiz/gradeAnswer.ts', text: "import type { Rating } from '../review/scheduleReview';" },
      { path: 'core/review/scheduleReview.ts', text: "export type { QuizResponse } from '../quiz/gradeAnswer';" },
      { path: 'core/model.ts', text: 'export type Lang = string;' },
      { path: 'core/search/SearchIndex.ts', text: "import type { Lang } from '../model';" },
    ]);
    expect(describeCycles(edges)).toEqual([
      'core/quiz ⇄ core/review:\n  core/quiz/gradeAnswer.ts → ../review/scheduleReview\n  core/review/scheduleReview.ts → ../quiz/gradeAnswer',
    ]);
  });

  it('fails on a longer loop and on a test closing it, and passes a one-way chain', () => {
    const loop = coreFolderEdges([
      { path: 'core/a/one.ts', text: "import { two } from '../b/two';" },
      { path: 'core/b/two.ts', text: "import { three } from '../c/three';" },
      { path: 'core/c/three.test.ts', text: "const one = await import('../a/one');" },
    ]);
    expect(dependencyCycles(loop)).toEqual([['core/a', 'core/b', 'core/c']]);
    const chain = coreFolderEdges([
      { path: 'core/a/one.ts', text: "import { two } from '../b/two';\nimport { three } from '../c/three';" },
      { path: 'core/b/two.ts', text: "import { three } from '../c/three';\nimport { ROLES } from '../model';" },
    ]);
    expect(chain.map((edge) => `${edge.from}→${edge.to}`)).toEqual(['core/a→core/b', 'core/a→core/c', 'core/b→core/c', 'core/b→core']);
    expect(dependencyCycles(chain)).toEqual([]);
  });
});
