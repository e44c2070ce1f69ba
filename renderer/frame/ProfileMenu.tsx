import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Profile } from '../../core/api/contract';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute } from '../routing/routes';
import { useSession } from '../state/SessionContext';
import { useNotify } from '../state/ToastContext';

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
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  const items = () => Array.from(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? []);

  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const list = items();
    const index = list.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.preventDefault();
      close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      list[(index + step + list.length) % list.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      (event.key === 'Home' ? list[0] : list.at(-1))?.focus();
    }
  };

  const choose = async (target: Profile) => {
    close();
    if (target.id === profile.id) return;
    try {
      await switchProfile(target.id);
    } catch (error) {
      notify(error instanceof Error ? error.message : t('state.errorUnknown'), { tone: 'error' });
    }
  };

  return (
    <div className="profile-menu">
      <button
        ref={button}
        type="button"
        className="profile-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('profile.menuLabel', { name: profile.name })}
        onClick={() => setOpen((o) => !o)}
      >
        <Avatar profile={profile} />
        <span className="profile-text">
          <span className="profile-name">{profile.name}</span>
          <span className="profile-role">{t(`role.${profile.role}`)}</span>
        </span>
        <Icon name="chevronDown" />
      </button>
      {open && (
        <div ref={menu} id={menuId} className="menu" role="menu" aria-label={t('profile.switchTo')} onKeyDown={onMenuKeyDown}>
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
