// "Content updates" in Settings: the rep's subscription to the trainers' content channel, the last check and what
// it found (a refused update with its problems), Check now, Roll back, and what the current version brought.
import { useId, useState } from 'react';
import type { ChannelCheck, ChannelStatus } from '../../core/channel/channelTypes';
import { GitSettingsForm } from '../git/GitSettingsForm';
import { useI18n } from '../i18n/I18nContext';
import { SubscriptionForm } from './SubscriptionForm';
import { useContentChannel, type ContentChannelState } from './useContentChannel';
import { WhatsNewList } from './WhatsNewList';
import '../git/changes.css';
import './channel.css';

export function ContentUpdatesPanel() {
  const { t } = useI18n();
  const titleId = useId();
  const channel = useContentChannel();
  const status = channel.status.state.data;
  const [editing, setEditing] = useState(false);
  const subscribe = async (subscription: Parameters<ContentChannelState['subscribe']>[0]) => {
    if (await channel.subscribe(subscription)) setEditing(false);
  };

  return (
    <section className="card settings-group content-updates" aria-labelledby={titleId} aria-busy={channel.busy || status?.checking === true}>
      <h2 id={titleId} className="section-title">
        {t('channel.title')}
      </h2>
      <p className="hint">{t('channel.hint')}</p>
      {status && (status.subscription === null || editing) ? (
        <SubscriptionForm initial={status.subscription} busy={channel.busy} onSubmit={(subscription) => void subscribe(subscription)} {...(editing ? { onCancel: () => setEditing(false) } : {})} />
      ) : (
        status && <Subscribed status={status} channel={channel} onEdit={() => setEditing(true)} />
      )}
      {(channel.busy || status?.checking) && (
        <p className="hint" role="status">
          {t('channel.checking')}
        </p>
      )}
      {channel.error && (
        <p className="notice channel-problem" role="alert">
          {channel.error}
        </p>
      )}
    </section>
  );
}

function Subscribed({ status, channel, onEdit }: { status: ChannelStatus; channel: ContentChannelState; onEdit: () => void }) {
  const { t, dateTime } = useI18n();
  const { subscription, current, previous, lastCheck, whatsNew } = status;
  return (
    <>
      <dl className="channel-facts">
        <dt>{t(`channel.kind.${subscription!.kind}`)}</dt>
        <dd className="channel-location">
          {subscription!.location}
          {subscription!.branch ? ` (${subscription!.branch})` : ''}
        </dd>
        <dt>{t('channel.current')}</dt>
        <dd>{current ? t('channel.version', { label: current.label ?? t('channel.unnamed'), date: dateTime(current.receivedAt) }) : t('channel.noVersion')}</dd>
        {lastCheck && (
          <>
            <dt>{t('channel.lastCheck')}</dt>
            <dd>{dateTime(lastCheck.at)}</dd>
          </>
        )}
      </dl>
      {lastCheck && <CheckOutcome check={lastCheck} />}
      <div className="channel-actions">
        <button type="button" className="button button-primary" disabled={channel.busy || status.checking} onClick={() => void channel.check()}>
          {t('channel.checkNow')}
        </button>
        {previous && (
          <button type="button" className="button" disabled={channel.busy || status.checking} onClick={() => void channel.rollBack()}>
            {t('channel.rollBack', { label: previous.label ?? dateTime(previous.receivedAt) })}
          </button>
        )}
        <button type="button" className="button button-ghost" disabled={channel.busy} onClick={onEdit}>
          {t('channel.change')}
        </button>
        <button type="button" className="button button-ghost" disabled={channel.busy} onClick={() => void channel.subscribe(null)}>
          {t('channel.leave')}
        </button>
      </div>
      {subscription!.kind !== 'folder' && (
        // The same credentials as the workspace's Git (keychain on the desktop, environment elsewhere).
        <details className="channel-sign-in">
          <summary>{t('channel.signIn')}</summary>
          <GitSettingsForm />
        </details>
      )}
      {whatsNew && <WhatsNewList news={whatsNew} />}
    </>
  );
}

function CheckOutcome({ check }: { check: ChannelCheck }) {
  const { t } = useI18n();
  const problem = check.outcome === 'refused' || check.outcome === 'failed';
  const errors = check.diagnostics.filter((d) => d.severity === 'error');
  return (
    <div className={problem ? 'notice channel-problem' : 'channel-outcome'} role={problem ? 'alert' : 'status'}>
      <p>{t(`channel.outcome.${check.outcome}`, { label: check.message ?? '' })}</p>
      {check.outcome === 'failed' && check.message && <p className="channel-message">{check.message}</p>}
      {errors.length > 0 && (
        <ul className="channel-diagnostics">
          {errors.map((d, i) => (
            <li key={i}>
              <code>
                {d.file}:{d.line}:{d.column}
              </code>{' '}
              {d.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
