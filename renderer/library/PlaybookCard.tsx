// A playbook as a card in the library and under "related": title, a taste of its stages and tags, and the learner's marks.
import type { PlaybookSummary } from '../../core/api/contract';
import type { PlaybookMark } from '../../core/progress/playbookMarks';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute } from '../routing/routes';

// A card shows a taste of its stages and tags; the filters and the reader show them all.
const CARD_STAGES = 2;
const CARD_TAGS = 3;

/** "Read" and the quiz result, when there is something to say. */
function PlaybookMarks({ mark }: { mark: PlaybookMark }) {
  const { t, percent } = useI18n();
  if (!mark.read && !mark.quiz) return null;
  return (
    <p className="card-marks">
      {mark.read && (
        <span className="badge badge-read">
          <Icon name="check" />
          {t('library.read')}
        </span>
      )}
      {mark.quiz && (
        <span className={`badge ${mark.quiz.passed ? 'badge-passed' : 'badge-not-passed'}`}>
          {t(mark.quiz.passed ? 'library.quizPassed' : 'library.quizNotPassed', { score: percent(mark.quiz.best) })}
        </span>
      )}
    </p>
  );
}

export function PlaybookCard({ playbook, mark }: { playbook: PlaybookSummary; mark?: PlaybookMark }) {
  const { t } = useI18n();
  return (
    <article className={`card playbook-card${mark?.read ? ' is-read' : ''}`}>
      <h2 className="card-title">
        <a className="card-link" href={formatRoute({ name: 'playbook', id: playbook.id })}>
          {playbook.title}
        </a>
      </h2>
      {mark && <PlaybookMarks mark={mark} />}
      <p className="card-summary">{playbook.summary}</p>
      <div className="card-meta">
        {playbook.stages.slice(0, CARD_STAGES).map((stage) => (
          <span key={stage} className="badge badge-stage">
            {stage}
          </span>
        ))}
        {playbook.stages.length > CARD_STAGES && (
          <span className="badge" title={playbook.stages.slice(CARD_STAGES).join(', ')}>
            {t('library.more', { count: playbook.stages.length - CARD_STAGES })}
          </span>
        )}
        {playbook.tags.slice(0, CARD_TAGS).map((tag) => (
          <span key={tag} className="tag">
            #{tag}
          </span>
        ))}
      </div>
      <p className="card-foot">
        <span>{t('library.sections', { count: playbook.sectionCount })}</span>
        <span>{playbook.roles.map((role) => t(`role.${role}`)).join(' · ')}</span>
        {playbook.fallback && <span className="badge badge-fallback">{t('library.fallback', { lang: t(`lang.${playbook.lang}`) })}</span>}
      </p>
    </article>
  );
}
