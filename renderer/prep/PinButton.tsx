// Pinning a section or tactic to the prep sheet for the next meeting, from wherever it is read.
import { useState } from 'react';
import type { PrepItemRef } from '../../core/api/contract';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nContext';
import { usePin } from './usePin';

/** "Pin to prep sheet" for one section or tactic; `label` names the item for screen readers. */
export function PinButton({ item, label, compact = false }: { item: PrepItemRef; label: string; compact?: boolean }) {
  const { t } = useI18n();
  const pin = usePin();
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    await pin(item);
    setBusy(false);
  };
  return (
    <button
      type="button"
      className={compact ? 'icon-button pin-button' : 'button button-ghost pin-button'}
      aria-label={t('pin.labelFor', { title: label })}
      title={t('pin.action')}
      disabled={busy}
      onClick={onClick}
    >
      <Icon name="pin" />
      {!compact && <span>{t('pin.action')}</span>}
    </button>
  );
}
