// Per question: facility, discrimination and how often each wrong option is chosen by the upper group and the
// rest; the misleading distractor and the broken question flagged. Flagged questions come first.
import { useState } from 'react';
import type { QuestionAnalysis as Analysis } from '../../core/team/itemAnalysis';
import type { TeamView } from '../../core/team/teamView';
import { useI18n } from '../i18n/I18nContext';

const SHOWN = 30;

function QuestionRow({ question }: { question: Analysis }) {
  const { t, percent } = useI18n();
  const share = (value: number | null) => (value === null ? '–' : percent(value));
  return (
    <tr className={question.flags.length > 0 ? 'is-flagged' : undefined}>
      <th scope="row">
        <span className="team-question-id">
          {question.quizId} · {question.id} · {question.lang}
        </span>
        {question.prompt && <span className="team-question-prompt">{question.prompt}</span>}
        {question.flags.map((flag) => (
          <span key={flag} className={`badge ${flag === 'broken' ? 'badge-not-passed' : 'badge-fallback'}`}>
            {t(`team.questions.flag.${flag}`)}
          </span>
        ))}
      </th>
      <td>{question.answered}</td>
      <td>{percent(question.facility)}</td>
      <td>{question.discrimination === null ? '–' : question.discrimination.toFixed(2)}</td>
      <td>
        <ul className="team-options">
          {question.options
            .filter((option) => !option.correct)
            .map((option) => (
              <li key={option.key} className={option.misleading ? 'is-misleading' : undefined}>
                <strong>{option.key}</strong> {option.text && <span className="team-option-text">{option.text}</span>}{' '}
                <span>{t('team.questions.optionCounts', { chosen: option.chosen, upper: share(option.upperShare), lower: share(option.lowerShare) })}</span>
                {option.misleading && <span className="badge badge-fallback">{t('team.questions.misleading')}</span>}
              </li>
            ))}
        </ul>
      </td>
    </tr>
  );
}

export function QuestionAnalysisTable({ view }: { view: TeamView }) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const rows = all ? view.questions : view.questions.slice(0, SHOWN);
  if (view.questions.length === 0) return <p className="hint">{t('team.questions.none')}</p>;
  return (
    <>
      <p className="hint">{t(view.upperGroup === 'elite' ? 'team.questions.upperElite' : 'team.questions.upperTop')}</p>
      <div className="team-table-wrap">
        <table className="team-table team-questions">
          <thead>
            <tr>
              <th scope="col">{t('team.questions.question')}</th>
              <th scope="col">{t('team.questions.answered')}</th>
              <th scope="col">{t('team.questions.facility')}</th>
              <th scope="col">{t('team.questions.discrimination')}</th>
              <th scope="col">{t('team.questions.wrongOptions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((question) => (
              <QuestionRow key={`${question.lang}|${question.quizId}|${question.id}`} question={question} />
            ))}
          </tbody>
        </table>
      </div>
      {!all && view.questions.length > SHOWN && (
        <button type="button" className="button button-small" onClick={() => setAll(true)}>
          {t('team.questions.showAll', { count: view.questions.length })}
        </button>
      )}
    </>
  );
}
