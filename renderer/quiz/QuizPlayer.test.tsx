// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type AnswerFeedback, type QuestionView, type QuizResponse, type QuizResult, type QuizSession } from '../../core/api/contract';
import { fakeApi, renderWithApi } from '../testing/renderWithApi';
import { QuizPlayer } from './QuizPlayer';

afterEach(cleanup);

// Options are shown in a shuffled order; each carries its ORIGINAL index, which is what must be sent back.
const questions: QuestionView[] = [
  {
    id: 'q-single',
    type: 'single',
    promptHtml: '<p>What comes first in a discovery call?</p>',
    options: [
      { index: 2, html: 'The demo' },
      { index: 0, html: 'The price' },
      { index: 1, html: 'The customer’s goals' },
    ],
  },
  {
    id: 'q-multiple',
    type: 'multiple',
    promptHtml: '<p>Which are buying signals?</p>',
    options: [
      { index: 1, html: 'Asks for references' },
      { index: 2, html: 'Cancels the meeting' },
      { index: 0, html: 'Asks about delivery dates' },
    ],
  },
  { id: 'q-truefalse', type: 'truefalse', promptHtml: '<p>Always send the price list first.</p>' },
  {
    id: 'q-order',
    type: 'order',
    promptHtml: '<p>Put the call in order.</p>',
    steps: [
      { index: 2, text: 'Summarise' },
      { index: 0, text: 'Open' },
      { index: 1, text: 'Ask' },
    ],
  },
  {
    id: 'q-match',
    type: 'match',
    promptHtml: '<p>Match the role to the job.</p>',
    left: ['Champion', 'Economic buyer'],
    right: [
      { index: 1, text: 'Signs' },
      { index: 0, text: 'Sells inside' },
    ],
  },
  { id: 'q-recall', type: 'recall', promptHtml: '<p>The walk-away point?</p>', backHtml: '<p>The worst deal you will still sign.</p>' },
  {
    id: 'q-scenario',
    type: 'scenario',
    promptHtml: '<p>The buyer asks for a discount in the first call.</p>',
    options: [
      { index: 1, html: 'Ask what the discount is for' },
      { index: 0, html: 'Give 10% at once' },
    ],
  },
];

const solutions: Record<string, QuizResponse> = {
  'q-single': { type: 'single', choice: 1 },
  'q-multiple': { type: 'multiple', choices: [0, 1] },
  'q-truefalse': { type: 'truefalse', value: false },
  'q-order': { type: 'order', order: [0, 1, 2] },
  'q-match': { type: 'match', pairs: [0, 1] },
  'q-recall': { type: 'recall', remembered: true },
  'q-scenario': { type: 'scenario', choice: 1 },
};

/** An in-memory quiz back end: grades by comparing with the solution, finishes with the share answered right. */
function quizBackend(passScore = 0.8) {
  let attempts = 0;
  const answers = new Map<string, boolean>();
  const api = fakeApi({
    startQuiz: vi.fn(async (): Promise<QuizSession> => {
      attempts++;
      answers.clear();
      return { attemptId: `attempt-${attempts}`, quizId: 'discovery-basics', title: 'Discovery basics', passScore, questions, answered: [] };
    }),
    answer: vi.fn(async ({ questionId, response }): Promise<AnswerFeedback> => {
      const correct = JSON.stringify(response) === JSON.stringify(solutions[questionId]);
      answers.set(questionId, correct);
      return {
        questionId,
        correct,
        score: correct ? 1 : 0,
        explainHtml: `<p>Explanation for ${questionId}.</p>`,
        feedbackHtml: correct ? [] : ['<p>Think about the customer.</p>'],
        solution: solutions[questionId]!,
        ...(questionId === 'q-recall' ? { backHtml: '<p>The worst deal you will still sign.</p>' } : {}),
        ...(questionId === 'q-single' || questionId === 'q-recall' ? { ref: { playbookId: 'discovery', anchor: 'goals', title: 'Goals first' } } : {}),
      };
    }),
    finishQuiz: vi.fn(async ({ attemptId }): Promise<QuizResult> => {
      const right = [...answers.values()].filter(Boolean).length;
      const score = right / questions.length;
      return {
        attemptId,
        quizId: 'discovery-basics',
        score,
        passScore,
        passed: score >= passScore,
        correctCount: right,
        total: questions.length,
        missed: [...answers].filter(([, ok]) => !ok).map(([questionId]) => ({
          questionId,
          ref: { playbookId: 'discovery', anchor: 'goals', title: 'Goals first' },
        })),
      };
    }),
  });
  return api;
}

async function checkAnswer(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Check answer' }));
  return screen.findByRole('region', { name: 'Feedback' });
}

describe('QuizPlayer', () => {
  it('plays every question type by mouse and keyboard, gives feedback, and summarises pass/fail', async () => {
    const user = userEvent.setup();
    const api = quizBackend(0.9);
    renderWithApi(<QuizPlayer quizId="discovery-basics" profileId="p1" lang="en" />, api);

    // single: mouse
    expect(await screen.findByRole('heading', { name: 'Discovery basics' })).toBeTruthy();
    expect(screen.getByText('Question 1 of 7')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: /The customer’s goals/ }));
    let feedback = await checkAnswer(user);
    expect(api.answer).toHaveBeenLastCalledWith({ attemptId: 'attempt-1', questionId: 'q-single', response: { type: 'single', choice: 1 } });
    expect(within(feedback).getByText('Correct')).toBeTruthy();
    expect(within(feedback).getByText('Explanation for q-single.')).toBeTruthy();
    expect(within(feedback).getByRole('link', { name: 'Read: Goals first' }).getAttribute('href')).toBe('#/playbook/discovery/goals');
    expect((screen.getByRole('radio', { name: /The customer’s goals/ }) as HTMLInputElement).disabled).toBe(true);
    // The primary action takes the focus, so Enter moves on.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next question' }));
    await user.keyboard('{Enter}');

    // multiple: keys 1 and 3 pick the first and third shown options (original indices 1 and 0)
    await screen.findByText('Question 2 of 7');
    await user.keyboard('13');
    expect((screen.getByRole('checkbox', { name: /Asks for references/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: /Asks about delivery dates/ }) as HTMLInputElement).checked).toBe(true);
    feedback = await checkAnswer(user);
    expect(api.answer).toHaveBeenLastCalledWith(expect.objectContaining({ response: { type: 'multiple', choices: [0, 1] } }));
    expect(within(feedback).getByText('Correct')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next question' }));

    // true/false: a wrong answer shows what was right
    await user.click(await screen.findByRole('radio', { name: /True/ }));
    feedback = await checkAnswer(user);
    expect(api.answer).toHaveBeenLastCalledWith(expect.objectContaining({ response: { type: 'truefalse', value: true } }));
    expect(within(feedback).getByText('Not quite')).toBeTruthy();
    expect(within(feedback).getByText('Think about the customer.')).toBeTruthy();
    expect(screen.getByRole('radio', { name: /False.*Correct answer/ })).toBeTruthy();
    expect(screen.getByRole('radio', { name: /True.*Your answer/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next question' }));

    // order: buttons and Alt+arrow keys; shown Summarise, Open, Ask → Open, Ask, Summarise
    await user.click(await screen.findByRole('button', { name: 'Move down: Summarise' }));
    const summarise = screen.getByText('Summarise').closest('li')!;
    summarise.focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining('Open'),
      expect.stringContaining('Ask'),
      expect.stringContaining('Summarise'),
    ]);
    expect(screen.getByText('“Summarise” moved to position 3 of 3')).toBeTruthy();
    feedback = await checkAnswer(user);
    expect(api.answer).toHaveBeenLastCalledWith(expect.objectContaining({ response: { type: 'order', order: [0, 1, 2] } }));
    expect(within(feedback).getByText('Correct')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next question' }));

    // match: a labelled select per left item; checking before all are matched asks for the rest
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Champion' }), 'Sells inside');
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('alert').textContent).toBe('Match every item first.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Economic buyer' }), 'Signs');
    feedback = await checkAnswer(user);
    expect(api.answer).toHaveBeenLastCalledWith(expect.objectContaining({ response: { type: 'match', pairs: [0, 1] } }));
    expect(within(feedback).getByText('Correct')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next question' }));

    // recall: the front alone, "Show answer" turns the card over, then the learner's own verdict
    await user.click(await screen.findByRole('button', { name: 'Show answer' }));
    const back = screen.getByRole('region', { name: 'Answer' });
    expect(within(back).getByText('The worst deal you will still sign.')).toBeTruthy();
    expect(api.answer).toHaveBeenCalledTimes(5);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'I remembered' }));
    await user.click(screen.getByRole('button', { name: 'I didn’t' }));
    feedback = await screen.findByRole('region', { name: 'Feedback' });
    expect(api.answer).toHaveBeenLastCalledWith(expect.objectContaining({ response: { type: 'recall', remembered: false } }));
    expect(within(feedback).getByRole('heading', { name: 'Not this time: the card comes back soon' })).toBeTruthy();
    expect(screen.getAllByText('The worst deal you will still sign.')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'I remembered' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Next question' }));

    // scenario: keyboard only — key 1 picks the first shown option, Enter checks
    await screen.findByText('Question 7 of 7');
    await user.keyboard('1{Enter}');
    feedback = await screen.findByRole('region', { name: 'Feedback' });
    expect(api.answer).toHaveBeenLastCalledWith(expect.objectContaining({ response: { type: 'scenario', choice: 1 } }));
    expect(within(feedback).getByText('Correct')).toBeTruthy();

    // summary: 5 of 7 right is below the 90% pass mark
    await user.click(screen.getByRole('button', { name: 'See results' }));
    expect(await screen.findByRole('heading', { name: 'Not passed yet' })).toBeTruthy();
    expect(screen.getByText('71%', { selector: '.big-number' })).toBeTruthy();
    expect(screen.getByText('5 of 7 questions right')).toBeTruthy();
    expect(screen.getByText('Always send the price list first.')).toBeTruthy();
    expect(screen.getByText('The walk-away point?')).toBeTruthy();
    expect(api.finishQuiz).toHaveBeenCalledWith({ attemptId: 'attempt-1' });

    // retry starts a fresh attempt from the first question
    await user.click(screen.getByRole('button', { name: 'Retry quiz' }));
    expect(await screen.findByText('Question 1 of 7')).toBeTruthy();
    expect(api.startQuiz).toHaveBeenCalledTimes(2);
  });

  it('passes when the score reaches the pass mark', async () => {
    const user = userEvent.setup();
    const passing = quizBackend(0.8);
    const single: QuizSession = {
      attemptId: 'a',
      quizId: 'q',
      title: 'One question',
      passScore: 0.8,
      questions: [questions[0]!],
      answered: [],
    };
    passing.startQuiz = vi.fn(async () => single);
    passing.finishQuiz = vi.fn(async () => ({ attemptId: 'a', quizId: 'q', score: 1, passScore: 0.8, passed: true, correctCount: 1, total: 1, missed: [] }));
    renderWithApi(<QuizPlayer quizId="q" profileId="p1" lang="en" />, passing);
    await user.click(await screen.findByRole('radio', { name: /The customer’s goals/ }));
    await checkAnswer(user);
    await user.click(screen.getByRole('button', { name: 'See results' }));
    expect(await screen.findByRole('heading', { name: 'Passed' })).toBeTruthy();
    expect(screen.getByText('100%', { selector: '.big-number' })).toBeTruthy();
  });

  it('keeps the back of a recall card hidden until the learner turns it over, and plays it by keyboard', async () => {
    const user = userEvent.setup();
    const api = quizBackend();
    const recallOnly = questions.find((question) => question.id === 'q-recall')!;
    api.startQuiz = vi.fn(async () => ({ attemptId: 'a', quizId: 'q', title: 'Cards', passScore: 0.8, questions: [recallOnly], answered: [] }));
    renderWithApi(<QuizPlayer quizId="q" profileId="p1" lang="en" />, api);
    expect(await screen.findByText('The walk-away point?')).toBeTruthy();
    expect(screen.queryByText('The worst deal you will still sign.')).toBeNull();
    expect(screen.queryByRole('button', { name: 'I remembered' })).toBeNull();

    await user.keyboard('{Enter}');
    expect(screen.getByText('The worst deal you will still sign.')).toBeTruthy();
    await user.keyboard('{Enter}');
    await screen.findByRole('region', { name: 'Feedback' });
    expect(api.answer).toHaveBeenCalledWith({ attemptId: 'a', questionId: 'q-recall', response: { type: 'recall', remembered: true } });
  });

  it('asks for an answer instead of sending an empty one', async () => {
    const user = userEvent.setup();
    const api = quizBackend();
    renderWithApi(<QuizPlayer quizId="discovery-basics" profileId="p1" lang="en" />, api);
    await user.click(await screen.findByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose an answer first.');
    expect(api.answer).not.toHaveBeenCalled();
  });

  it('resumes an attempt at the first unanswered question', async () => {
    const api = quizBackend();
    api.startQuiz = vi.fn(async () => ({
      attemptId: 'resumed',
      quizId: 'discovery-basics',
      title: 'Discovery basics',
      passScore: 0.8,
      questions,
      answered: [
        { questionId: 'q-single', correct: true, score: 1, explainHtml: '', feedbackHtml: [], solution: solutions['q-single']! },
        { questionId: 'q-multiple', correct: true, score: 1, explainHtml: '', feedbackHtml: [], solution: solutions['q-multiple']! },
      ],
    }));
    renderWithApi(<QuizPlayer quizId="discovery-basics" profileId="p1" lang="en" />, api);
    expect(await screen.findByText('Question 3 of 7')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Quiz progress' }).getAttribute('aria-valuetext')).toBe('2 of 7 answered');
  });

  it('shows the API error message when the quiz cannot start', async () => {
    const api = fakeApi({ startQuiz: () => Promise.reject(new ApiError('not-found', 'No quiz “ghost” in English or Chinese.')) });
    renderWithApi(<QuizPlayer quizId="ghost" profileId="p1" lang="en" />, api);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('No quiz “ghost” in English or Chinese.')).toBeTruthy();
    expect(within(alert).getByRole('heading', { name: 'Not found' })).toBeTruthy();
  });
});

describe('QuizPlayer content errors', () => {
  it('lists the file and line of content diagnostics carried by the error', async () => {
    const api = fakeApi({
      startQuiz: () =>
        Promise.reject(
          new ApiError('internal', 'The quiz file has errors.', [
            { file: 'content/quizzes/discovery.yaml', line: 12, column: 5, severity: 'error', message: 'Unknown question type "essay".' },
          ]),
        ),
    });
    renderWithApi(<QuizPlayer quizId="discovery" profileId="p1" lang="en" />, api);
    await waitFor(() => expect(screen.getByText('content/quizzes/discovery.yaml:12:5')).toBeTruthy());
    expect(screen.getByText('Unknown question type "essay".')).toBeTruthy();
  });
});
