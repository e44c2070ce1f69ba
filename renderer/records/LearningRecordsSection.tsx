// Settings → Learning records: where the learner's xAPI statements go (LRS endpoint, key and secret, activity
// base, their own identity), whether they arrived (queued/sent counts, last error, test connection), and exactly
// what is sent (the queued statements' JSON).
import { useId, useState, type FormEvent } from 'react';
import type { RecordsStatus } from '../../core/records/recordsStatus';
import { useI18n } from '../i18n/I18nContext';
import { useLearningRecords } from './useLearningRecords';
import { XapiIdentityForm } from './XapiIdentityForm';

export function LearningRecordsSection() {
  const { t } = useI18n();
  const ids = useId();
  const records = useLearningRecords();
  const status = records.status.data;

  return (
    <section className="card settings-group" aria-labelledby={`${ids}-records`}>
      <h2 id={`${ids}-records`} className="section-title">
        {t('records.title')}
      </h2>
      <p className="hint">{t('records.hint')}</p>
      {status ? <RecordsCounts status={status} /> : null}
      {status ? <LrsForm status={status} busy={records.busy} onSave={records.save} /> : null}
      <div className="records-actions">
        <button type="button" className="button" disabled={records.busy || !status?.settings.endpoint} onClick={() => void records.testConnection()}>
          {t('records.test')}
        </button>
        <button type="button" className="button" disabled={records.busy || !status?.queued} onClick={() => void records.sendNow()}>
          {t('records.sendNow')}
        </button>
        <button type="button" className="button" onClick={records.refresh}>
          {t('records.refresh')}
        </button>
      </div>
      {records.test ? (
        <p className={records.test.ok ? 'hint' : 'notice'} role="status" data-testid="records-test">
          {records.test.message}
        </p>
      ) : null}
      {records.error ? (
        <p className="notice" role="alert">
          {records.error}
        </p>
      ) : null}
      <XapiIdentityForm />
      <details className="field" onToggle={(event) => (event.currentTarget.open ? void records.showQueued() : undefined)}>
        <summary className="field-label">{t('records.whatIsSent')}</summary>
        <p className="hint">{t('records.whatIsSentHint')}</p>
        {records.queued?.total === 0 ? <p>{t('records.nothingQueued')}</p> : null}
        {records.queued && records.queued.total > records.queued.statements.length ? (
          <p className="hint">{t('records.queuedShown', { shown: records.queued.statements.length, total: records.queued.total })}</p>
        ) : null}
        {records.queued?.total ? (
          <pre className="records-json" data-testid="records-queued" tabIndex={0}>
            {JSON.stringify(records.queued.statements, null, 2)}
          </pre>
        ) : null}
      </details>
    </section>
  );
}

function RecordsCounts({ status }: { status: RecordsStatus }) {
  const { t, dateTime } = useI18n();
  return (
    <div className="field" aria-live="polite">
      <p data-testid="records-counts">{t('records.counts', { queued: status.queued, sent: status.sent })}</p>
      {status.refused > 0 ? <p className="hint">{t('records.refused', { count: status.refused })}</p> : null}
      {status.lastSentAt ? <p className="hint">{t('records.lastSent', { when: dateTime(status.lastSentAt) })}</p> : null}
      {status.lastError ? (
        <p className="notice" role="alert" data-testid="records-error">
          {t('records.lastError', { error: status.lastError })}
          {status.retryAt ? ` ${t('records.retryAt', { when: dateTime(status.retryAt) })}` : ''}
        </p>
      ) : null}
    </div>
  );
}

function LrsForm({ status, busy, onSave }: { status: RecordsStatus; busy: boolean; onSave: ReturnType<typeof useLearningRecords>['save'] }) {
  const { t } = useI18n();
  const ids = useId();
  const fromSettings = status.endpointSource === 'settings' ? (status.settings.endpoint ?? '') : '';
  const [endpoint, setEndpoint] = useState(fromSettings);
  const [activityBase, setActivityBase] = useState(status.settings.activityBase);
  const [key, setKey] = useState('');
  const [secret, setSecret] = useState('');
  const keychain = status.credentials.source === 'keychain';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSave({ endpoint: endpoint.trim(), activityBase: activityBase.trim(), ...(keychain && key.trim() ? { key: key.trim(), secret } : {}) }).then((saved) => {
      if (saved) setSecret('');
    });
  };

  return (
    <form className="field records-form" onSubmit={submit}>
      <div className="field">
        <label className="field-label" htmlFor={`${ids}-endpoint`}>
          {t('records.endpoint')}
        </label>
        <input id={`${ids}-endpoint`} className="input" type="url" value={endpoint} placeholder={status.endpointSource === 'environment' ? (status.settings.endpoint ?? '') : 'https://lrs.example.com/xapi/'} onChange={(e) => setEndpoint(e.target.value)} />
        <span className="hint">{status.endpointSource === 'environment' ? t('records.endpointFromEnv') : t('records.endpointHint')}</span>
      </div>
      {keychain ? (
        <div className="field-row">
          <div className="field">
            <label className="field-label" htmlFor={`${ids}-key`}>
              {t('records.key')}
            </label>
            <input id={`${ids}-key`} className="input" autoComplete="off" value={key} placeholder={status.credentials.set ? t('records.keySaved') : ''} onChange={(e) => setKey(e.target.value)} />
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${ids}-secret`}>
              {t('records.secret')}
            </label>
            <input id={`${ids}-secret`} className="input" type="password" autoComplete="off" value={secret} onChange={(e) => setSecret(e.target.value)} />
          </div>
        </div>
      ) : (
        <p className="hint">{status.credentials.set ? t('records.credentialsFromEnv') : t('records.credentialsMissingEnv')}</p>
      )}
      <div className="field">
        <label className="field-label" htmlFor={`${ids}-base`}>
          {t('records.activityBase')}
        </label>
        <input id={`${ids}-base`} className="input" type="url" value={activityBase} onChange={(e) => setActivityBase(e.target.value)} />
        <span className="hint">{t('records.activityBaseHint')}</span>
      </div>
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('records.save')}
      </button>
    </form>
  );
}
