import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DraftView } from '../../core/api/authoringContract';
import type { Lesson } from '../../core/model';
import { fakeApi, renderWithApi } from '../testing/renderWithApi';
import { parsePlaybook } from '../../core/content/parsePlaybook';
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

  it('shows a playbook draft’s beyond-the-article marks where the reader shows them', () => {
    const playbook = parsePlaybook(
      ['---', 'id: call', 'title: The call', 'lang: en', 'beyond:', '  - kind: course', '  - section: prep', '    kind: practice', '    note: Common practice.', '---', '## Prep', 'Read the notes.'].join('\n'),
      { root: '/ws', file: '/ws/playbooks/en/call.md' },
    ).item!;
    const draft: DraftView = { diagnostics: [], item: playbook, html: '<h2 id="prep">Prep</h2>\n<p>Read the notes.</p>' };
    renderWithApi(<DraftPreview kind="playbook" check={{ draft, graph: null, error: null }} onJump={() => undefined} />, fakeApi({}));
    const notes = screen.getAllByRole('note');
    expect(notes).toHaveLength(2);
    const whole = notes[0];
    expect(whole!.closest('header')).toBeTruthy();
    expect(whole!.textContent).toBe('Beyond the source article — this course’s elaboration');
    expect(screen.getByRole('heading', { level: 2, name: 'Prep' }).nextElementSibling?.textContent).toBe('Beyond the source article — widely documented practiceCommon practice.');
  });
});
