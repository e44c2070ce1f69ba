import { describe, expect, it } from 'vitest';
import type { LearningPath } from '../model';
import { competenciesOf } from './competenciesOf';

const path = (id: string, modules: LearningPath['modules']): LearningPath =>
  ({ kind: 'path', id, lang: 'en', role: 'ae', title: id, competencies: [], modules, source: { root: '', path: '' } }) as unknown as LearningPath;

describe('competenciesOf', () => {
  it('collects the competency of every module listing the item, across paths, once each', () => {
    const paths = [
      path('ae', [{ kind: 'quiz', id: 'q1', competency: 'qualify' }, { kind: 'playbook', id: 'q1', competency: 'reading' }]),
      path('sdr', [{ kind: 'quiz', id: 'q1', competency: 'discovery' }, { kind: 'quiz', id: 'q1', competency: 'qualify' }]),
    ];
    expect(competenciesOf(paths, 'quiz', 'q1')).toEqual(['discovery', 'qualify']);
    expect(competenciesOf(paths, 'case', 'q1')).toEqual([]);
  });
});
