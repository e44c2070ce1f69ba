// Several learners can share one machine: the top bar shows who is learning and switches between them.
import type { Profile } from '../../core/api/contract';
import { Icon } from '../components/Icon';
import { useMenuButton } from '../components/useMenuButton';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute } from '../routing/routes';
import { useSession } from '../state/SessionContext';
import { useBusyAction } from '../state/useBusyAction';

function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  // CJK names have no spaces: the first character reads best on the avatar.
  if (words.length === 1) return Array.from(words[0]!)[0]?.toUpperCase() ?? '?';
  return words
    .slice(0, 2)
    .map((word) => Array.from(word)[0]!.toUpperCase())
    .join('');
}

export function Avatar({ profile }: { profile: Profile }) {
  return (
    <span className="avatar" aria-hidden="true">
      {initialsOf(profile.name)}
    </span>
  );
}

/** The top bar's profile switcher: a menu button (↑/↓, Enter, Escape) listing every learner on this machine. */
export function ProfileMenu() {
  const { t } = useI18n();
  const { profile, profiles, switchProfile } = useSession();
  const { run } = useBusyAction('toast');
  const { open, close, buttonProps, menuProps } = useMenuButton();

  const choose = async (target: Profile) => {
    close();
    if (target.id === profile.id) return;
    await run(() => switchProfile(target.id));
  };

  return (
    <div className="profile-menu">
      <button
        {...buttonProps}
        type="button"
        className="profile-button"
      >
        <Avatar profile={profile} />
        {/* Named by what it shows (a name given apart from the visible text confuses voice control), after a hidden "Profile:". */}
        <span className="sr-only">{t('profile.menuLabel')}</span>
        <span className="profile-text">
          <span className="profile-name">{profile.name}</span>
          <span className="profile-role">{t(`role.${profile.role}`)}</span>
        </span>
        <Icon name="chevronDown" />
      </button>
      {open && (
        <div {...menuProps} className="menu" aria-label={t('profile.switchTo')}>
          <p className="menu-heading" aria-hidden="true">
            {t('profile.switchTo')}
          </p>
          {profiles.map((p) => (
            <button
              key={p.id}
              type="button"
              role="menuitemradio"
              aria-checked={p.id === profile.id}
              className="menu-item"
              tabIndex={-1}
              onClick={() => choose(p)}
            >
              <Avatar profile={p} />
              <span className="profile-text">
                <span className="profile-name">{p.name}</span>
                <span className="profile-role">{t(`role.${p.role}`)}</span>
              </span>
              {p.id === profile.id && <Icon name="check" />}
            </button>
          ))}
          <div className="menu-separator" role="separator" />
          <a role="menuitem" className="menu-item" tabIndex={-1} href={`${formatRoute({ name: 'settings' })}`} onClick={close}>
            <Icon name="plus" />
            <span>{t('profile.manage')}</span>
          </a>
        </div>
      )}
    </div>
  );
}
