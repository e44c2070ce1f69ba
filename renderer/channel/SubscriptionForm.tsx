// Where the rep's content comes from: a Git repository, a pack published at a URL, or a shared folder.
import { useId, useState, type FormEvent } from 'react';
import { CHANNEL_KINDS, type ChannelKind, type ChannelSubscription } from '../../core/channel/channelTypes';
import { useI18n } from '../i18n/I18nContext';

export function SubscriptionForm({ initial, busy, onSubmit, onCancel }: { initial: ChannelSubscription | null; busy: boolean; onSubmit: (subscription: ChannelSubscription) => void; onCancel?: () => void }) {
  const { t } = useI18n();
  const ids = useId();
  const [kind, setKind] = useState<ChannelKind>(initial?.kind ?? 'git');
  const [location, setLocation] = useState(initial?.location ?? '');
  const [branch, setBranch] = useState(initial?.branch ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ kind, location: location.trim(), ...(kind === 'git' && branch.trim() ? { branch: branch.trim() } : {}) });
  };

  return (
    <form className="channel-form" onSubmit={submit}>
      <fieldset className="field">
        <legend className="field-label">{t('channel.kind')}</legend>
        <div className="segmented">
          {CHANNEL_KINDS.map((option) => (
            <label key={option} className={`segment${option === kind ? ' is-checked' : ''}`}>
              <input type="radio" name={`${ids}-kind`} checked={option === kind} onChange={() => setKind(option)} />
              <span>{t(`channel.kind.${option}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label className="field-label" htmlFor={`${ids}-location`}>
          {t(`channel.location.${kind}`)}
        </label>
        <input id={`${ids}-location`} className="input" value={location} placeholder={t(`channel.placeholder.${kind}`)} onChange={(e) => setLocation(e.target.value)} required />
      </div>
      {kind === 'git' && (
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-branch`}>
            {t('channel.branch')}
          </label>
          <input id={`${ids}-branch`} className="input" value={branch} placeholder={t('channel.branchPlaceholder')} onChange={(e) => setBranch(e.target.value)} />
        </div>
      )}
      <div className="channel-actions">
        <button type="submit" className="button button-primary" disabled={busy || !location.trim()}>
          {t('channel.subscribe')}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('channel.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
