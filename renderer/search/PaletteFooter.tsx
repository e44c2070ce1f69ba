// The palette's last line: the keys it answers to or the last pin's outcome, pinning the active hit, and the way out to full results.
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nContext';
import type { PinOutcome } from '../prep/usePin';
import { formatRoute } from '../routing/routes';
import type { OpenableHit } from './hitLinks';

interface PaletteFooterProps {
  query: string;
  pinStatus: PinOutcome | null;
  /** The active hit when it can be pinned. */
  pinnable: OpenableHit | undefined;
  onPin: () => void;
  onClose: () => void;
}

export function PaletteFooter({ query, pinStatus, pinnable, onPin, onClose }: PaletteFooterProps) {
  const { t } = useI18n();
  return (
    <footer className="palette-footer">
      <span className={pinStatus ? `palette-status${pinStatus.ok ? '' : ' is-error'}` : 'hint'} role="status">
        {pinStatus ? (
          <>
            <Icon name={pinStatus.ok ? 'check' : 'alert'} />
            {pinStatus.message}
          </>
        ) : (
          t('search.paletteKeys')
        )}
      </span>
      <span className="palette-footer-actions">
        {pinnable && (
          <button type="button" className="button button-ghost button-small" aria-keyshortcuts="Alt+P" aria-label={t('pin.labelFor', { title: pinnable.title })} onClick={onPin}>
            <Icon name="pin" />
            {t('pin.short')}
          </button>
        )}
        {pinStatus?.ok && (
          <a className="button button-ghost button-small" href={formatRoute({ name: 'prep', sheetId: pinStatus.sheetId })} onClick={onClose}>
            {t('pin.openSheet')}
          </a>
        )}
        <a className="button button-ghost button-small" href={formatRoute({ name: 'search', query })} onClick={onClose}>
          {t('search.allResults')}
        </a>
      </span>
    </footer>
  );
}
