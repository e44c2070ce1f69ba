// One question of any type, answered by keyboard or mouse, then its feedback. Used by quizzes and reviews.
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { AnswerFeedback, QuestionView, QuizResponse } from '../../core/api/contract';
import { RichHtml } from '../components/RichHtml';
import { FormProblem } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { useBusyAction } from '../state/useBusyAction';
import { answerKeyHandler } from './answerKeys';
import { AnswerVerdict } from './AnswerVerdict';
import { ChoiceInput, feedbackCorrectValues } from './ChoiceInput';
import { choiceModel } from './choiceModel';
import { MatchInput } from './MatchInput';
import { OrderInput } from './OrderInput';
import { RecallInput } from './RecallInput';
import { emptyDraft, toResponse, type Draft } from './responseDraft';

interface QuestionCardProps {
  question: QuestionView;
  /** Sends the learner's response and resolves with the feedback to show. */
  onAnswer: (response: QuizResponse) => Promise<AnswerFeedback>;
  /** Feedback already given (resuming an attempt). */
  initialFeedback?: AnswerFeedback;
  /** Above the prompt, e.g. "Question 2 of 5". */
  eyebrow?: ReactNode;
  /** What follows the feedback: the next question, a rating. */
  after?: (feedback: AnswerFeedback) => ReactNode;
  /**
   * For a recall card: what the turned card asks instead of "Remembered / Forgot". Review passes its rating bar,
   * so the learner judges the card once, by rating it.
   */
  recallVerdict?: ReactNode;
}

export function QuestionCard({ question, onAnswer, initialFeedback, eyebrow, after, recallVerdict }: QuestionCardProps) {
  const { t } = useI18n();
  const promptId = useId();
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(question));
  const [feedback, setFeedback] = useState<AnswerFeedback | undefined>(initialFeedback);
  // A recall card answered before (resuming) is shown turned over.
  const [revealed, setRevealed] = useState(Boolean(initialFeedback));
  const { busy, problem, setProblem, run } = useBusyAction();
  const prompt = useRef<HTMLDivElement>(null);

  // A new question takes the focus: screen readers read it, and the answer keys work at once.
  useEffect(() => prompt.current?.focus(), []);

  const submit = (response: QuizResponse) => run(async () => setFeedback(await onAnswer(response)));

  const check = () => {
    if (feedback || busy) return;
    const response = toResponse(draft);
    if (response) void submit(response);
    else setProblem(t(draft.type === 'match' ? 'quiz.incompleteMatch' : 'quiz.incomplete'));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    check();
  };

  const choices = choiceModel(question, draft, t('quiz.true'), t('quiz.false'));

  const onKeyDown = answerKeyHandler({
    answered: Boolean(feedback),
    choices,
    onCheck: () => (draft.type === 'recall' ? setRevealed(true) : check()),
    onChoose: (value) => {
      setProblem(null);
      setDraft(value);
    },
  });

  return (
    <form className="question card" onSubmit={onSubmit} onKeyDown={onKeyDown} aria-busy={busy}>
      {eyebrow && <p className="eyebrow">{eyebrow}</p>}
      <div ref={prompt} tabIndex={-1} className="question-prompt-frame">
        <RichHtml id={promptId} html={question.promptHtml} className="question-prompt" />
      </div>

      {choices && (
        <ChoiceInput
          name={`q-${question.id}`}
          labelledBy={promptId}
          multiple={question.type === 'multiple'}
          items={choices.items}
          selected={choices.selected}
          correct={feedbackCorrectValues(feedback)}
          disabled={Boolean(feedback) || busy}
          onToggle={(value) => {
            setProblem(null);
            setDraft(choices.toggle(value));
          }}
        />
      )}
      {draft.type === 'order' && (
        <OrderInput
          labelledBy={promptId}
          steps={question.steps ?? []}
          order={draft.order}
          solution={feedback?.solution.type === 'order' ? feedback.solution.order : null}
          onChange={(order) => setDraft({ type: 'order', order })}
        />
      )}
      {draft.type === 'match' && (
        <MatchInput
          idPrefix={promptId}
          left={question.left ?? []}
          right={question.right ?? []}
          pairs={draft.pairs}
          solution={feedback?.solution.type === 'match' ? feedback.solution.pairs : null}
          onChange={(pairs) => {
            setProblem(null);
            setDraft({ type: 'match', pairs });
          }}
        />
      )}

      {draft.type === 'recall' && (
        <RecallInput
          backHtml={question.backHtml ?? feedback?.backHtml ?? ''}
          revealed={revealed}
          answered={Boolean(feedback)}
          busy={busy}
          onReveal={() => setRevealed(true)}
          onVerdict={(remembered) => void submit({ type: 'recall', remembered })}
          verdict={recallVerdict}
        />
      )}

      <FormProblem message={problem} />

      {!feedback && draft.type !== 'recall' && (
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('quiz.check')}
          </button>
          {choices && <span className="hint">{t('quiz.keysHint')}</span>}
        </div>
      )}

      <AnswerVerdict feedback={feedback} after={after} />
    </form>
  );
}
