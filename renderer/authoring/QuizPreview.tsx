// A quiz draft as its author checks it: every answer in view, and any question playable as a learner.
import { useState } from 'react';
import { renderMarkdown } from '../../core/markdown/createMarkdown';
import type { Question, Quiz } from '../../core/model';
import { presentQuestion } from '../../core/quiz/presentQuiz';
import { RichHtml } from '../components/RichHtml';
import { useI18n } from '../i18n/I18nContext';
import { QuestionCard } from '../quiz/QuestionCard';
import { localFeedback } from './localFeedback';

const render = (markdown: string) => renderMarkdown(markdown);

/** A trial run of one question; the quiz as it was when "Try it" was pressed, so typing does not reset it. */
interface Trial {
  question: Question;
  seed: number;
  round: number;
}

/**
 * A quiz draft: every question with its answer, as the author checks it, and "Try it" to answer one exactly as a
 * learner will (the quiz player's own question card, graded by the same rules, without recording anything).
 */
export function QuizPreview({ quiz, onJump }: { quiz: Quiz; onJump: (line: number) => void }) {
  const { t, percent } = useI18n();
  const [trial, setTrial] = useState<Trial | null>(null);

  if (trial) {
    const { question } = trial;
    return (
      <div className="preview-quiz">
        <QuestionCard
          key={trial.round}
          question={presentQuestion(question, trial.seed, render)}
          onAnswer={async (response) => localFeedback(question, response, render)}
          eyebrow={t('editor.trialOf', { id: question.id })}
          after={() => (
            <div className="button-row">
              <button type="button" className="button" onClick={() => setTrial({ ...trial, round: trial.round + 1 })}>
                {t('editor.tryAgain')}
              </button>
              <button type="button" className="button button-ghost" onClick={() => setTrial(null)}>
                {t('editor.backToQuestions')}
              </button>
            </div>
          )}
        />
        <button type="button" className="button button-ghost button-small" onClick={() => setTrial(null)}>
          {t('editor.backToQuestions')}
        </button>
      </div>
    );
  }

  return (
    <div className="preview-quiz">
      <p className="eyebrow">{t('kind.quiz')}</p>
      <p className="page-title preview-title">{quiz.title}</p>
      <p className="hint">
        {t('reader.quizMeta', { count: quiz.questions.length })} · {t('quiz.passMark', { score: percent(quiz.passScore) })}
      </p>
      <ol className="preview-questions">
        {quiz.questions.map((question) => (
          <li key={question.id} className="preview-question card">
            <div className="preview-question-head">
              <code>{question.id}</code>
              <span className="badge">{t(`editor.questionType.${question.type}`)}</span>
              <button type="button" className="text-link button-ghost preview-line" onClick={() => onJump(question.line)}>
                {t('editor.line', { line: question.line })}
              </button>
              <button
                type="button"
                className="button button-small preview-try"
                aria-label={t('editor.tryQuestion', { id: question.id })}
                onClick={() => setTrial({ question, seed: Math.floor(Math.random() * 2 ** 31), round: 0 })}
              >
                {t('editor.try')}
              </button>
            </div>
            <RichHtml html={render(question.type === 'recall' ? question.front : question.prompt)} className="question-prompt" />
            <QuestionAnswer question={question} />
            {question.explain && <RichHtml html={render(question.explain)} className="feedback-explain" />}
            {question.ref && <p className="hint">{t('editor.refersTo', { ref: question.ref })}</p>}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The right answer, written out. */
function QuestionAnswer({ question }: { question: Question }) {
  const { t } = useI18n();
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'scenario':
      return (
        <ul className="preview-options">
          {question.options.map((option, i) => (
            <li key={i} className={option.correct ? 'is-correct' : undefined}>
              <span className="preview-mark">{option.correct ? '✓' : '✗'}</span>
              <span className="sr-only">{t(option.correct ? 'editor.rightOption' : 'editor.wrongOption')}</span>
              <RichHtml html={render(option.text)} />
              {option.feedback && <RichHtml html={render(option.feedback)} className="hint preview-option-feedback" />}
            </li>
          ))}
        </ul>
      );
    case 'truefalse':
      return <p className="preview-solution">{t('editor.answerIs', { answer: t(question.answer ? 'quiz.true' : 'quiz.false') })}</p>;
    case 'order':
      return (
        <ol className="preview-order">
          {question.steps.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
      );
    case 'match':
      return (
        <ul className="preview-pairs">
          {question.pairs.map(([left, right], i) => (
            <li key={i}>
              {left} → {right}
            </li>
          ))}
        </ul>
      );
    case 'recall':
      return <RichHtml html={render(question.back)} className="recall-back" />;
  }
}
