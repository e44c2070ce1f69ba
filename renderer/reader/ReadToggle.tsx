// The learner's "I have read this" mark at the end of a playbook (reading counts as progress, not readiness).
import { useState } from 'react';
import type { PlaybookView } from '../../core/api/contract';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nContext';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useBusyAction } from '../state/useBusyAction';

export function ReadToggle({ view }: { view: PlaybookView }) {
  const api = useApi();
  const { t } = useI18n();
  const { profile, lang } = useSession();
  const [read, setRead] = useState(view.read);
  const { busy, run } = useBusyAction('toast');
  const toggle = () => {
    if (busy) return;
    void run(async () => setRead((await api.markRead({ profileId: profile.id, playbookId: view.id, lang, read: !read })).read));
  };
  return (
    // Not `disabled` while saving: a disabled button drops the keyboard focus to the page.
    <button type="button" className={`button${read ? '' : ' button-primary'}`} aria-pressed={read} aria-disabled={busy || undefined} onClick={toggle}>
      <Icon name="check" />
      {read ? t('reader.read') : t('reader.markRead')}
    </button>
  );
}
