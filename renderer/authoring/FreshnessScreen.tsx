import { useState } from 'react';
import type { FreshnessView } from '../../core/api/authoringContract';
import type { OverdueReview } from '../../core/authoring/overdueReviews';
import type { StaleReference } from '../../core/authoring/staleReferences';
import { Icon } from '../components/Icon';
import { PageHeader } from '../components/PageHeader';
import { SectionChangeTexts } from '../git/SectionChangeTexts';
import { EmptyState, FormProblem, messageOf, QueryView } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute } from '../routing/routes';
import { useApi } from '../state/ApiContext';
import { useNotify } from '../state/ToastContext';
import { useApiQuery } from '../state/useApiQuery';
import { useContentVersion } from '../state/WorkspaceContext';

/** Runs one trainer action at a time, reporting success in a toast and failure in place. */
function useAction(onDone: () => void) {
  const { t } = useI18n();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setProblem(null);
    try {
      notify(await action());
      onDone();
    } catch (error) {
      setProblem(messageOf(error, t('state.errorUnknown')));
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, run };
}

/** What needs a trainer's look to stay trustworthy: playbooks due for their periodic review, and what refers to changed sections. */
export function FreshnessScreen() {
  const api = useApi();
  const { t } = useI18n();
  const contentVersion = useContentVersion();
  const report = useApiQuery(() => api.freshness({}), [api, contentVersion]);
  const action = useAction(report.reload);
  return (
    <div className="page">
      <PageHeader title={t('freshness.title')} subtitle={t('freshness.subtitle')} />
      <FormProblem message={action.problem} />
      <QueryView query={report}>{(view) => <FreshnessReport view={view} action={action} />}</QueryView>
    </div>
  );
}

function FreshnessReport({ view, action }: { view: FreshnessView; action: ReturnType<typeof useAction> }) {
  const { t } = useI18n();
  return (
    <>
      <section aria-labelledby="overdue-title">
        <h2 id="overdue-title" className="section-title">
          {t('freshness.overdueTitle')} <span className="section-count">{view.overdue.length}</span>
        </h2>
        {view.overdue.length === 0 ? (
          <EmptyState title={t('freshness.noneOverdue')} />
        ) : (
          <OverdueTable overdue={view.overdue} action={action} />
        )}
      </section>
      <section aria-labelledby="stale-title">
        <h2 id="stale-title" className="section-title">
          {t('freshness.staleTitle')} <span className="section-count">{view.stale.length}</span>
        </h2>
        <p className="hint freshness-hint">{t('freshness.staleHint')}</p>
        {view.stale.length === 0 ? (
          <EmptyState title={t('freshness.noneStale')} />
        ) : (
          <ul className="stale-list">
            {view.stale.map((stale) => (
              <StaleCard key={`${stale.lang}:${stale.ref}`} stale={stale} action={action} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function OverdueTable({ overdue, action }: { overdue: OverdueReview[]; action: ReturnType<typeof useAction> }) {
  const api = useApi();
  const { t, date } = useI18n();
  return (
    <table className="table freshness-table">
      <thead>
        <tr>
          <th scope="col">{t('kind.playbook')}</th>
          <th scope="col">{t('freshness.owner')}</th>
          <th scope="col">{t('freshness.lastVerified')}</th>
          <th scope="col">{t('freshness.interval')}</th>
          <th scope="col">{t('freshness.overdue')}</th>
          <th scope="col">
            <span className="sr-only">{t('freshness.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {overdue.map((item) => {
          const key = `${item.lang}:${item.id}`;
          return (
            <tr key={key}>
              <th scope="row">
                <a href={formatRoute({ name: 'editor', doc: { kind: 'playbook', lang: item.lang, id: item.id } })}>{item.title}</a>
                <span className="hint freshness-lang"> {item.lang}</span>
              </th>
              <td>{item.owner ?? <span className="hint">{t('freshness.noOwner')}</span>}</td>
              <td>{item.lastReviewed ? date(item.lastReviewed) : <span className="hint">{t('freshness.never')}</span>}</td>
              <td>{t('freshness.everyDays', { count: item.reviewEvery })}</td>
              <td>{item.overdueDays === null ? t('freshness.neverReviewed') : t('freshness.overdueDays', { count: item.overdueDays })}</td>
              <td>
                <button
                  type="button"
                  className="button button-small"
                  disabled={action.busy}
                  aria-label={t('freshness.markVerifiedNamed', { title: item.title })}
                  onClick={() =>
                    action.run(async () => {
                      const verified = await api.markVerified({ playbookId: item.id, lang: item.lang });
                      return t(verified.forked ? 'freshness.verifiedForked' : 'freshness.verified', { title: item.title, path: verified.path });
                    })
                  }
                >
                  <Icon name="check" />
                  {t('freshness.markVerified')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function StaleCard({ stale, action }: { stale: StaleReference; action: ReturnType<typeof useAction> }) {
  const api = useApi();
  const { t } = useI18n();
  const [playbookId = '', anchor] = stale.ref.split('#');
  return (
    <li className="card stale-card">
      <div className="stale-head">
        <p>
          {t('freshness.sectionChanged')}{' '}
          <a href={formatRoute({ name: 'playbook', id: playbookId, ...(anchor ? { anchor } : {}) })}>
            <code>{stale.ref}</code>
          </a>{' '}
          <span className="hint">{stale.lang}</span>
        </p>
        <button
          type="button"
          className="button button-small"
          disabled={action.busy}
          aria-label={t('freshness.acceptNamed', { ref: stale.ref })}
          onClick={() =>
            action.run(async () => {
              await api.acceptSectionChange({ ref: stale.ref, lang: stale.lang });
              return t('freshness.accepted', { ref: stale.ref });
            })
          }
        >
          {t('freshness.accept')}
        </button>
      </div>
      <SectionChangeTexts sectionRef={stale.ref} lang={stale.lang} />
      <ul className="stale-referrers">
        {stale.referrers.map((referrer, i) => (
          <li key={`${referrer.kind}:${referrer.id}:${i}`}>
            <a href={formatRoute({ name: 'editor', doc: { kind: referrer.kind === 'question' ? 'quiz' : 'case', lang: stale.lang, id: referrer.id }, line: referrer.line })}>
              {referrer.kind === 'question' ? t('freshness.question', { question: referrer.detail, quiz: referrer.id }) : t('freshness.caseLesson', { id: referrer.id })}
            </a>
            <span className="hint"> · {t('editor.line', { line: referrer.line })}</span>
            {referrer.kind === 'case' && <p className="hint stale-detail">{referrer.detail}</p>}
          </li>
        ))}
      </ul>
    </li>
  );
}
