// The "Content updates" panel's state: the channel's status (asked again while a check runs, e.g. the one at
// start), and one action at a time (subscribe, check now, roll back, leave) whose failure is kept to show.
import { useEffect, useState } from 'react';
import type { ChannelStatus, ChannelSubscription } from '../../core/channel/channelTypes';
import { messageOf } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useApiQuery, type Query } from '../state/useApiQuery';

const POLL_MS = 1000;

export interface ContentChannelState {
  status: Query<ChannelStatus>;
  busy: boolean;
  /** Why the last action failed. */
  error: string | null;
  subscribe(subscription: ChannelSubscription | null): Promise<boolean>;
  check(): Promise<void>;
  rollBack(): Promise<void>;
}

export function useContentChannel(): ContentChannelState {
  const api = useApi();
  const { t } = useI18n();
  const { profile } = useSession();
  const profileId = profile.id;
  const status = useApiQuery(() => api.channelStatus({ profileId }), [api, profileId]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const checking = status.state.data?.checking === true;

  useEffect(() => {
    if (!checking || busy) return undefined;
    const timer = setTimeout(status.reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [checking, busy, status.state]);

  const run = async (action: () => Promise<ChannelStatus>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      status.set(await action());
      return true;
    } catch (failure) {
      setError(messageOf(failure, t('state.errorUnknown')));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return {
    status,
    busy,
    error,
    subscribe: (subscription) => run(() => api.subscribeChannel({ subscription, profileId })),
    check: async () => void (await run(() => api.checkChannel({ profileId }))),
    rollBack: async () => void (await run(() => api.rollBackChannel({ profileId }))),
  };
}
