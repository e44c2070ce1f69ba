import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { RENAMABLE_KINDS, type RenamableKind } from '../../core/authoring/sourceText';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nContext';

/** "New": a menu button (↑/↓, Enter, Escape) with one template per content type. */
export function NewMenu({ disabled, onChoose }: { disabled: boolean; onChoose: (kind: RenamableKind) => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const items = () => Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);

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

  const onKeyDown = (event: KeyboardEvent) => {
    const list = items();
    const index = list.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.preventDefault();
      close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      list[(index + (event.key === 'ArrowDown' ? 1 : -1) + list.length) % list.length]?.focus();
    }
  };

  return (
    <div className="new-menu">
      <button
        ref={button}
        type="button"
        className="button button-primary button-small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled}
        onClick={() => setOpen((o) => !o)}
      >
        <Icon name="plus" />
        {t('editor.new')}
      </button>
      {open && (
        <div ref={menu} id={menuId} className="menu" role="menu" aria-label={t('editor.newMenu')} onKeyDown={onKeyDown}>
          {RENAMABLE_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              role="menuitem"
              className="menu-item"
              tabIndex={-1}
              onClick={() => {
                setOpen(false);
                onChoose(kind);
              }}
            >
              {t(`editor.kind.${kind}`)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
