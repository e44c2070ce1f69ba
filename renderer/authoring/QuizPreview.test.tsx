// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Quiz } from '../../core/model';
import { fakeApi, renderWithApi } from '../testing/renderWithApi';
import { QuizPreview } from './QuizPreview';

afterEach(cleanup);

const quiz: Quiz = {
  kind: 'quiz',
  id: 'quiz-discovery',
  lang: 'en',
  title: 'Discovery basics',
  playbook: 'discovery',
  passScore: 0.8,
  source: { root: '/ws', file: '/ws/content/quizzes/en/quiz-discovery.yaml', line: 1 },
  questions: [
    {
      id: 'q1',
      type: 'single',
      prompt: 'What comes *first*?',
      options: [
        { text: 'The demo', correct: false, feedback: 'Too early.' },
        { text: 'The customer’s goals', correct: true },
      ],
      explain: 'Goals decide what to show.',
      ref: 'discovery#goals',
      line: 7,
    },
    { id: 'q2', type: 'truefalse', prompt: 'Send the price list first.', answer: false, explain: '', line: 15 },
  ],
};

describe('QuizPreview', () => {
  it('shows every question with its answer, and jumps to a question’s line', async () => {
    const onJump = vi.fn();
    renderWithApi(<QuizPreview quiz={quiz} onJump={onJump} />, fakeApi({}));
    const first = screen.getAllByRole('listitem').find((item) => item.textContent?.includes('What comes first?'))!;
    expect(within(first).getByText('Right answer:').nextSibling?.textContent?.trim()).toBe('The customer’s goals');
    expect(within(first).getByText('Too early.')).toBeTruthy();
    expect(within(first).getByText('Teaches from discovery#goals')).toBeTruthy();
    expect(screen.getByText('Answer: False')).toBeTruthy();
    await userEvent.setup().click(within(first).getByRole('button', { name: 'Line 7' }));
    expect(onJump).toHaveBeenCalledWith(7);
  });

  it('lets the author answer a question as a learner would, graded by the quiz rules, without calling the back end', async () => {
    const user = userEvent.setup();
    renderWithApi(<QuizPreview quiz={quiz} onJump={() => undefined} />, fakeApi({}));
    await user.click(screen.getByRole('button', { name: 'Try question q1' }));
    await user.click(screen.getByRole('radio', { name: /The demo/ }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    const feedback = screen.getByRole('region', { name: 'Feedback' });
    expect(within(feedback).getByText('Not quite')).toBeTruthy();
    expect(within(feedback).getByText('Too early.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await user.click(screen.getByRole('radio', { name: /The customer’s goals/ }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(within(screen.getByRole('region', { name: 'Feedback' })).getByText('Correct')).toBeTruthy();
  });
});
