// Moving a learner's progress between machines: export it to a file, or import one (checked whole by the back end before it replaces anything).
import type { ChangeEvent } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { downloadFile } from '../prep/exportSheet';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useNotify } from '../state/ToastContext';
import { useBusyAction } from '../state/useBusyAction';
import { SettingsSection } from './SettingsSection';

export function ProgressTransferSection() {
  const { t } = useI18n();
  const api = useApi();
  const { profile, switchProfile } = useSession();
  const notify = useNotify();
  const { busy, run } = useBusyAction('toast');
  const importFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    void run(async () => {
      const imported = await api.importProgress({ content: await file.text() });
      await switchProfile(imported.profile.id);
      notify(t('settings.imported', { name: imported.profile.name }));
    });
  };

  return (
    <SettingsSection title={t('settings.transfer')}>
      <p className="hint">{t('settings.transferHint')}</p>
      <div className="field-row">
        <button type="button" className="button" disabled={busy} onClick={() => run(async () => downloadFile(await api.exportProgress({ profileId: profile.id })))}>
          {t('settings.exportProgress')}
        </button>
        <label className={`button${busy ? ' is-disabled' : ''}`}>
          {t('settings.importProgress')}
          <input type="file" accept=".json,application/json" className="sr-only" disabled={busy} onChange={importFile} />
        </label>
      </div>
    </SettingsSection>
  );
}
