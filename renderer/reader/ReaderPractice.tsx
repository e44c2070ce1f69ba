// After reading, practice: the quizzes and cases that train this playbook.
import type { PlaybookView } from '../../core/api/contract';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute } from '../routing/routes';

export function ReaderPractice({ view }: { view: PlaybookView }) {
  const { t } = useI18n();
  if (view.quizzes.length === 0 && view.cases.length === 0) return null;
  return (
    <section className="reader-practice" aria-labelledby="reader-practice-title">
      <h2 id="reader-practice-title" className="section-title">
        {t('reader.practice')}
      </h2>
      <ul className="practice-list">
        {view.quizzes.map((quiz) => (
          <li key={`quiz-${quiz.id}`} className="card practice-item">
            <span className="badge badge-quiz">{t('kind.quiz')}</span>
            <span className="practice-title">{quiz.title}</span>
            <span className="hint">{t('reader.quizMeta', { count: quiz.questionCount })}</span>
            <a className="button" href={formatRoute({ name: 'quiz', id: quiz.id })} aria-label={t('reader.takeQuizNamed', { title: quiz.title })}>
              {t('reader.takeQuiz')}
            </a>
          </li>
        ))}
        {view.cases.map((item) => (
          <li key={`case-${item.id}`} className="card practice-item">
            <span className="badge badge-case">{t('kind.case')}</span>
            <span className="practice-title">{item.title}</span>
            <span className="hint">{t('cases.decisions', { count: item.decisionCount })}</span>
            <a className="button" href={formatRoute({ name: 'case', id: item.id })} aria-label={t('reader.replayNamed', { title: item.title })}>
              {t('reader.replay')}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
