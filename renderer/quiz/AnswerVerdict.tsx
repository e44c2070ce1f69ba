// The outcome of a checked answer: announced to screen readers as it arrives, then the feedback and what follows it.
import type { ReactNode } from 'react';
import type { AnswerFeedback } from '../../core/api/contract';
import { useI18n } from '../i18n/I18nContext';
import { FeedbackPanel, verdictOf } from './FeedbackPanel';

export function AnswerVerdict({ feedback, after }: { feedback: AnswerFeedback | undefined; after?: (feedback: AnswerFeedback) => ReactNode }) {
  const { t, percent } = useI18n();
  return (
    <>
      {/* Present before the answer is checked, so the verdict is announced when it arrives. */}
      <p className="sr-only" aria-live="polite">
        {feedback ? verdictOf(feedback, t, percent) : ''}
      </p>
      {feedback && (
        <>
          <FeedbackPanel feedback={feedback} />
          {after?.(feedback)}
        </>
      )}
    </>
  );
}
