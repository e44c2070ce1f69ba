// Playbooks past their periodic review, with who owns each and a button to mark it verified.
import type { OverdueReview } from '../../core/authoring/overdueReviews';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute } from '../routing/routes';
import { useApi } from '../state/ApiContext';
import type { FreshnessAction } from './useFreshnessAction';

export function OverdueTable({ overdue, action }: { overdue: OverdueReview[]; action: FreshnessAction }) {
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
