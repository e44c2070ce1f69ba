// The bar above every screen: search from anywhere and the profile switcher.
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nContext';
import { ProfileMenu } from './ProfileMenu';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function TopBar({ onOpenSearch }: { onOpenSearch: () => void }) {
  const { t } = useI18n();
  return (
    <header className="topbar">
      <button type="button" className="search-trigger" aria-keyshortcuts="Control+K Meta+K" onClick={onOpenSearch}>
        <Icon name="search" />
        <span className="search-trigger-text">{t('search.trigger')}</span>
        <kbd aria-hidden="true">{isMac ? '⌘K' : 'Ctrl K'}</kbd>
      </button>
      <ProfileMenu />
    </header>
  );
}
