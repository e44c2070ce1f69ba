// The library: every playbook in the learner's language as a card, narrowed by filters, with what the learner has read and passed.
import { useState } from 'react';
import type { Catalog } from '../../core/api/contract';
import type { PlaybookMark } from '../../core/progress/playbookMarks';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, QueryView } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { LibraryFilters, matchesFilters, noFilters, type Filters } from '../library/LibraryFilters';
import { PlaybookCard } from '../library/PlaybookCard';
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

function LibraryBrowser({ catalog, marks }: { catalog: Catalog; marks: PlaybookMark[] }) {
  const { t } = useI18n();
  const [filters, setFilters] = useState<Filters>(noFilters);

  if (catalog.playbooks.length === 0) {
    return <EmptyState title={t('library.emptyTitle')}>{t('library.emptyBody')}</EmptyState>;
  }
  const shown = catalog.playbooks.filter((playbook) => matchesFilters(playbook, filters));
  const markOf = new Map(marks.map((mark) => [mark.playbookId, mark]));
  const readCount = catalog.playbooks.filter((playbook) => markOf.get(playbook.id)?.read).length;

  return (
    <>
      <LibraryFilters catalog={catalog} filters={filters} onChange={setFilters} />
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
