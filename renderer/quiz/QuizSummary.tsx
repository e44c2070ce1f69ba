// The end of a quiz attempt: passed or not, what to reread, and trying again.
import { useEffect, useRef } from 'react';
import type { QuestionView, QuizResult } from '../../core/api/contract';
import { Icon } from '../components/Icon';
import { ReadinessBar } from '../components/ReadinessBar';
import { RichHtml } from '../components/RichHtml';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute } from '../routing/routes';

/** The attempt's score against the pass mark, what was missed (with the sections to reread), and a retry. */
interface QuizSummaryProps {
  questions: QuestionView[];
  result: QuizResult;
  onRetry: () => void;
}

export function QuizSummary({ questions, result, onRetry }: QuizSummaryProps) {
  const { t, percent } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className={`card summary ${result.passed ? 'is-passed' : 'is-failed'}`} aria-labelledby="quiz-summary-title">
      <h2 id="quiz-summary-title" className="summary-title" ref={heading} tabIndex={-1}>
        <Icon name={result.passed ? 'check' : 'alert'} />
        {result.passed ? t('quiz.passed') : t('quiz.failed')}
      </h2>
      <p className="summary-score">
        <span className="big-number">{percent(result.score)}</span>
        <span>{t('quiz.correctCount', { count: result.correctCount, total: result.total })}</span>
      </p>
      <ReadinessBar label={t('quiz.scoreVsPass', { score: percent(result.passScore) })} value={result.score} target={result.passScore} />
      {result.missed.length > 0 && (
        <div className="summary-missed">
          <h3 className="section-title">{t('quiz.missedTitle')}</h3>
          <p className="hint">{t('quiz.missedToReview')}</p>
          <ul className="missed-list">
            {result.missed.map((missed) => (
              <li key={missed.questionId} className="missed-item">
                <RichHtml html={questions.find((q) => q.id === missed.questionId)?.promptHtml ?? ''} className="missed-prompt" />
                {missed.ref && (
                  <a href={formatRoute({ name: 'playbook', id: missed.ref.playbookId, anchor: missed.ref.anchor })}>
                    {t('quiz.readSection', { title: missed.ref.title })}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="button-row">
        <button type="button" className={result.passed ? 'button' : 'button button-primary'} onClick={onRetry}>
          {t('quiz.retry')}
        </button>
        <a className="button button-ghost" href={formatRoute({ name: 'path' })}>
          {t('quiz.backToPath')}
        </a>
        <a className="button button-ghost" href={formatRoute({ name: 'review' })}>
          {t('nav.review')}
        </a>
      </div>
    </section>
  );
}
