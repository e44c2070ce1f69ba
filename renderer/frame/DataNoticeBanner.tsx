// The learner must hear when their progress file was restored or cannot be saved.
import { useState } from 'react';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nContext';
import { useApi } from '../state/ApiContext';
import { useApiQuery } from '../state/useApiQuery';

/**
 * What happened to the learner's progress file (restored from a backup, set aside, cannot be saved), shown across
 * the top until the learner has read it; the back end then stops reporting it, so it shows once.
 */
export function DataNoticeBanner() {
  const { t } = useI18n();
  const api = useApi();
  const status = useApiQuery(() => api.dataStatus({}), [api]);
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || status.state.status !== 'ready' || !status.state.data.notice) return null;
  const dismiss = () => {
    setDismissed(true);
    void api.dismissDataNotice({}).catch(() => undefined);
  };
  return (
    <div className="banner banner-error" role="alert" aria-label={t('dataNotice.label')}>
      <Icon name="alert" />
      <span>{status.state.data.notice}</span>
      <button type="button" className="button button-small" onClick={dismiss}>
        {t('dataNotice.dismiss')}
      </button>
    </div>
  );
}
