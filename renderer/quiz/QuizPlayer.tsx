// Taking a quiz from start (or where it was left) to the result, one question at a time.
import { useState } from 'react';
import type { AnswerFeedback, QuizResult, QuizSession } from '../../core/api/contract';
import type { Lang } from '../../core/model';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, FormProblem, QueryView } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { useApi } from '../state/ApiContext';
import { useApiQuery } from '../state/useApiQuery';
import { useBusyAction } from '../state/useBusyAction';
import { QuestionCard } from './QuestionCard';
import { QuizSummary } from './QuizSummary';

interface QuizPlayerProps {
  quizId: string;
  profileId: string;
  lang: Lang;
}

/** Starts (or resumes) an attempt and plays it to the result; "retry" starts a fresh attempt. */
export function QuizPlayer({ quizId, profileId, lang }: QuizPlayerProps) {
  const api = useApi();
  const [attemptNumber, setAttemptNumber] = useState(0);
  const session = useApiQuery(() => api.startQuiz({ profileId, quizId, lang }), [api, profileId, quizId, lang, attemptNumber]);
  return (
    <QueryView query={session}>
      {(data) => <QuizRun key={data.attemptId} session={data} onRetry={() => setAttemptNumber((n) => n + 1)} />}
    </QueryView>
  );
}

function firstOpenQuestion(session: QuizSession): number {
  const answered = new Set(session.answered.map((feedback) => feedback.questionId));
  const open = session.questions.findIndex((question) => !answered.has(question.id));
  return open === -1 ? Math.max(0, session.questions.length - 1) : open;
}

function QuizRun({ session, onRetry }: { session: QuizSession; onRetry: () => void }) {
  const api = useApi();
  const { t, percent } = useI18n();
  const [answers, setAnswers] = useState(() => new Map(session.answered.map((feedback) => [feedback.questionId, feedback])));
  const [position, setPosition] = useState(() => firstOpenQuestion(session));
  const [result, setResult] = useState<QuizResult | null>(null);
  const finishing = useBusyAction();

  const total = session.questions.length;
  const header = <PageHeader eyebrow={t('kind.quiz')} title={session.title} />;
  if (total === 0) {
    return (
      <div className="player">
        {header}
        <EmptyState title={t('quiz.emptyTitle')}>{t('quiz.emptyBody')}</EmptyState>
      </div>
    );
  }
  if (result) {
    return (
      <div className="player">
        {header}
        <QuizSummary questions={session.questions} result={result} onRetry={onRetry} />
      </div>
    );
  }

  const question = session.questions[position]!;
  const isLast = position === total - 1;
  const scoreSoFar = [...answers.values()].reduce((sum, feedback) => sum + feedback.score, 0);

  const answer = async (response: Parameters<typeof api.answer>[0]['response']): Promise<AnswerFeedback> => {
    const feedback = await api.answer({ attemptId: session.attemptId, questionId: question.id, response });
    setAnswers((map) => new Map(map).set(question.id, feedback));
    return feedback;
  };

  const finish = () => finishing.run(async () => setResult(await api.finishQuiz({ attemptId: session.attemptId })));

  return (
    <div className="player">
      {header}
      <div className="player-status">
        <div
          className="progress-track"
          role="progressbar"
          aria-label={t('quiz.progressLabel')}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={answers.size}
          aria-valuetext={t('quiz.answeredOf', { count: answers.size, total })}
        >
          <span className="progress-fill" style={{ width: `${(answers.size / total) * 100}%` }} />
        </div>
        <span className="player-score">
          {t('quiz.scoreSoFar', { score: percent(answers.size ? scoreSoFar / answers.size : 0) })} · {t('quiz.passMark', { score: percent(session.passScore) })}
        </span>
      </div>
      <QuestionCard
        key={question.id}
        question={question}
        onAnswer={answer}
        initialFeedback={answers.get(question.id)}
        eyebrow={t('quiz.questionOf', { n: position + 1, total })}
        after={() => (
          <div className="button-row">
            {isLast ? (
              <button type="button" className="button button-primary" autoFocus disabled={finishing.busy} onClick={finish}>
                {t('quiz.seeResults')}
              </button>
            ) : (
              <button type="button" className="button button-primary" autoFocus onClick={() => setPosition(position + 1)}>
                {t('quiz.next')}
              </button>
            )}
            <FormProblem message={finishing.problem} />
          </div>
        )}
      />
    </div>
  );
}
