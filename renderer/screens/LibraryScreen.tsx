import { useId, useState } from 'react';
import type { Catalog, PlaybookSummary } from '../../core/api/contract';
import type { PlaybookMark } from '../../core/progress/playbookMarks';
import type { RoleId } from '../../core/model';
import { Icon } from '../components/Icon';
import { PageHeader } from '../components/PageHeader';
import { RoleSelect } from '../components/RoleSelect';
import { EmptyState, QueryView } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute } from '../routing/routes';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useApiQuery } from '../state/useApiQuery';

export function LibraryScreen() {
  const api = useApi();
  const { lang, profile } = useSession();
  // The marks come with the catalog, so the cards never appear first unmarked and then change.
  const library = useApiQuery(
    () => Promise.all([api.getCatalog({ lang }), api.playbookMarks({ profileId: profile.id })]).then(([catalog, marks]) => ({ catalog, marks })),
    [api, lang, profile.id],
  );
  const { t } = useI18n();
  return (
    <div className="page">
      <PageHeader title={t('library.title')} subtitle={t('library.subtitle')} />
      <QueryView query={library}>{(data) => <LibraryBrowser catalog={data.catalog} marks={data.marks} />}</QueryView>
    </div>
  );
}

interface Filters {
  role: RoleId | '';
  stage: string;
  tag: string;
  text: string;
}

const noFilters: Filters = { role: '', stage: '', tag: '', text: '' };

function matchesFilters(playbook: PlaybookSummary, filters: Filters): boolean {
  const text = filters.text.trim().toLowerCase();
  return (
    (!filters.role || playbook.roles.includes(filters.role)) &&
    (!filters.stage || playbook.stages.includes(filters.stage)) &&
    (!filters.tag || playbook.tags.includes(filters.tag)) &&
    (!text || `${playbook.title} ${playbook.summary}`.toLowerCase().includes(text))
  );
}

function LibraryBrowser({ catalog, marks }: { catalog: Catalog; marks: PlaybookMark[] }) {
  const { t } = useI18n();
  const ids = useId();
  const [filters, setFilters] = useState<Filters>(noFilters);
  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));

  if (catalog.playbooks.length === 0) {
    return <EmptyState title={t('library.emptyTitle')}>{t('library.emptyBody')}</EmptyState>;
  }
  const shown = catalog.playbooks.filter((playbook) => matchesFilters(playbook, filters));
  const markOf = new Map(marks.map((mark) => [mark.playbookId, mark]));
  const readCount = catalog.playbooks.filter((playbook) => markOf.get(playbook.id)?.read).length;
  const filtered = filters.role !== '' || filters.stage !== '' || filters.tag !== '' || filters.text !== '';

  return (
    <>
      <div className="toolbar" role="search" aria-label={t('library.filters')}>
        <div className="toolbar-field">
          <label htmlFor={`${ids}-text`}>{t('library.filterText')}</label>
          <input id={`${ids}-text`} className="input" type="search" value={filters.text} onChange={(e) => set({ text: e.target.value })} />
        </div>
        <div className="toolbar-field">
          <label htmlFor={`${ids}-role`}>{t('library.role')}</label>
          <RoleSelect id={`${ids}-role`} value={filters.role} onChange={(role) => set({ role })} anyLabel={t('library.anyRole')} />
        </div>
        <div className="toolbar-field">
          <label htmlFor={`${ids}-stage`}>{t('library.stage')}</label>
          <select id={`${ids}-stage`} className="select" value={filters.stage} onChange={(e) => set({ stage: e.target.value })}>
            <option value="">{t('library.anyStage')}</option>
            {catalog.stages.map((stage) => (
              <option key={stage} value={stage}>
                {stage}
              </option>
            ))}
          </select>
        </div>
        <div className="toolbar-field">
          <label htmlFor={`${ids}-tag`}>{t('library.tag')}</label>
          <select id={`${ids}-tag`} className="select" value={filters.tag} onChange={(e) => set({ tag: e.target.value })}>
            <option value="">{t('library.anyTag')}</option>
            {catalog.tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </div>
        {filtered && (
          <button type="button" className="button button-ghost" onClick={() => setFilters(noFilters)}>
            {t('library.clear')}
          </button>
        )}
      </div>
      <p className="result-count" aria-live="polite">
        {t('library.count', { count: shown.length, total: catalog.playbooks.length })}
        <span className="result-count-read"> · {t('library.readCount', { read: readCount, total: catalog.playbooks.length })}</span>
      </p>
      {shown.length === 0 ? (
        <EmptyState
          title={t('library.noMatchTitle')}
          action={
            <button type="button" className="button" onClick={() => setFilters(noFilters)}>
              {t('library.clear')}
            </button>
          }
        />
      ) : (
        <ul className="card-grid">
          {shown.map((playbook) => (
            <li key={playbook.id}>
              <PlaybookCard playbook={playbook} mark={markOf.get(playbook.id)} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

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
