// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import type { DiagnosticView } from '../../core/api/contract';
import { fakeApi, renderWithApi } from '../testing/renderWithApi';
import { DiagnosticsScreen } from './DiagnosticsScreen';

afterEach(cleanup);

const diagnostics: DiagnosticView[] = [
  {
    file: '/opt/app/resources/content/playbooks/en/pricing.md',
    path: 'playbooks/en/pricing.md',
    line: 12,
    column: 3,
    severity: 'warning',
    message: 'Heading without text.',
  },
  {
    file: '/opt/app/resources/content/content/quizzes/pricing.yaml',
    path: 'content/quizzes/pricing.yaml',
    line: 4,
    column: 9,
    severity: 'error',
    message: 'Unknown question type "essay".',
  },
];

it('lists problems errors first, located by the path inside the content folder, never the machine path', async () => {
  renderWithApi(<DiagnosticsScreen />, fakeApi({ getDiagnostics: async () => diagnostics }));
  const list = await screen.findByRole('list', { name: 'Content problems' });
  expect(within(list).getAllByRole('listitem').map((item) => item.querySelector('code')?.textContent)).toEqual([
    'content/quizzes/pricing.yaml:4:9',
    'playbooks/en/pricing.md:12:3',
  ]);
  expect(screen.queryByText(/\/opt\/app/)).toBeNull();
});
