import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DraftView } from '../../core/api/authoringContract';
import type { Lesson } from '../../core/model';
import { fakeApi, renderWithApi } from '../testing/renderWithApi';
import { DraftPreview } from './DraftPreview';

const lesson: Lesson = {
  kind: 'lesson',
  id: 'lesson-1',
  lang: 'en',
  title: 'Process first',
  author: 'Wang Li',
  created: '2025-06-01',
  tags: [],
  status: 'inbox',
  convertedTo: [],
  parts: { situation: 'S', action: 'A', result: 'R', lesson: 'L' },
  body: 'Markdown the preview must not render itself.',
  text: '',
  source: { root: '/ws', file: '/ws/lessons/lesson-1.md', line: 1 },
};

describe('DraftPreview', () => {
  it('shows a lesson draft as the back end rendered it', () => {
    const draft: DraftView = { diagnostics: [], item: lesson, html: '<p>Rendered by the <strong>back end</strong></p>' };
    renderWithApi(<DraftPreview kind="lesson" check={{ draft, graph: null, error: null }} onJump={() => undefined} />, fakeApi({}));
    expect(screen.getByText('back end').tagName).toBe('STRONG');
    expect(screen.queryByText(/must not render itself/)).toBeNull();
  });
});
