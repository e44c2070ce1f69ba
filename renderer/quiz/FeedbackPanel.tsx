// Feedback teaches: after each answer, why it was right or wrong and where the playbook explains it.
import type { AnswerFeedback } from '../../core/api/contract';
import { Icon } from '../components/Icon';
import { RichHtml } from '../components/RichHtml';
import { useI18n, type Translate } from '../i18n/I18nContext';
import { formatRoute } from '../routing/routes';

export function verdictOf(feedback: AnswerFeedback, t: Translate, percent: (share: number) => string): string {
  // A recall card is the learner's own verdict: it is remembered or not, never "correct".
  if (feedback.solution.type === 'recall') return t(feedback.correct ? 'quiz.recallRemembered' : 'quiz.recallForgotten');
  if (feedback.correct) return t('quiz.correct');
  if (feedback.score > 0) return t('quiz.partial', { score: percent(feedback.score) });
  return t('quiz.incorrect');
}

/** Right or wrong, why, and where the playbook teaches it. */
export function FeedbackPanel({ feedback }: { feedback: AnswerFeedback }) {
  const { t, percent } = useI18n();
  const tone = feedback.correct ? 'is-correct' : feedback.score > 0 ? 'is-partial' : 'is-wrong';
  return (
    <section className={`feedback ${tone}`} aria-label={t('quiz.feedback')}>
      <h2 className="feedback-verdict">
        <Icon name={feedback.correct ? 'check' : feedback.score > 0 ? 'alert' : 'cross'} />
        {verdictOf(feedback, t, percent)}
      </h2>
      {feedback.feedbackHtml.map((html, i) => (
        <RichHtml key={i} html={html} className="feedback-option" />
      ))}
      {feedback.explainHtml && <RichHtml html={feedback.explainHtml} className="feedback-explain" />}
      {feedback.ref && (
        <a className="feedback-ref" href={formatRoute({ name: 'playbook', id: feedback.ref.playbookId, anchor: feedback.ref.anchor })}>
          <Icon name="library" />
          {t('quiz.readSection', { title: feedback.ref.title })}
        </a>
      )}
    </section>
  );
}
