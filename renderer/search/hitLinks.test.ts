import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../core/api/contract';
import { hitPinItem, hitRoute, isOpenable, type OpenableHit } from './hitLinks';

const hit = (over: Partial<OpenableHit>): OpenableHit => ({
  type: 'section',
  id: 'discovery',
  lang: 'en',
  section: 'open-questions',
  title: 'Open questions',
  parentTitle: 'Discovery call',
  score: 1,
  snippet: '',
  matches: [],
  titleMatches: [],
  roles: [],
  tags: [],
  ...over,
});

describe('hitRoute', () => {
  it('opens sections and tactics at their anchor', () => {
    expect(hitRoute(hit({}))).toEqual({ name: 'playbook', id: 'discovery', anchor: 'open-questions' });
    expect(hitRoute(hit({ type: 'tactic', section: 'open-questions--tedw' }))).toEqual({
      name: 'playbook',
      id: 'discovery',
      anchor: 'open-questions--tedw',
    });
  });

  it('opens whole items without an anchor', () => {
    expect(hitRoute(hit({ type: 'playbook', section: null }))).toEqual({ name: 'playbook', id: 'discovery' });
    expect(hitRoute(hit({ type: 'quiz', id: 'q1', section: null }))).toEqual({ name: 'quiz', id: 'q1' });
    expect(hitRoute(hit({ type: 'case', id: 'c1', section: null }))).toEqual({ name: 'case', id: 'c1' });
  });

  it('opens a captured lesson in the editor, in its own language', () => {
    expect(hitRoute(hit({ type: 'lesson', id: 'lesson-2025-03-01-ask', lang: 'zh-CN', section: null }))).toEqual({
      name: 'editor',
      doc: { kind: 'lesson', lang: 'zh-CN', id: 'lesson-2025-03-01-ask' },
    });
  });
});

describe('isOpenable', () => {
  it('keeps every type the UI has a screen for, lessons included', () => {
    const lesson: SearchHit = { ...hit({}), type: 'lesson' };
    expect([hit({}), lesson, hit({ type: 'case' })].filter(isOpenable).map((h) => h.type)).toEqual(['section', 'lesson', 'case']);
  });
});

describe('hitPinItem', () => {
  it('pins tactics and sections in the hit language', () => {
    expect(hitPinItem(hit({ type: 'tactic', section: 'a--b', lang: 'zh-CN' }))).toEqual({
      kind: 'tactic',
      playbookId: 'discovery',
      anchor: 'a--b',
      lang: 'zh-CN',
    });
  });

  it('refuses whole playbooks, quizzes and cases', () => {
    expect(hitPinItem(hit({ type: 'playbook', section: null }))).toBeNull();
    expect(hitPinItem(hit({ type: 'quiz', section: null }))).toBeNull();
  });
});
