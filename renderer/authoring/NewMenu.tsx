// The editor's "New" menu: which kind of item to start from a template.
import { RENAMABLE_KINDS, type RenamableKind } from '../../core/authoring/sourceText';
import { Icon } from '../components/Icon';
import { useMenuButton } from '../components/useMenuButton';
import { useI18n } from '../i18n/I18nContext';

/** "New": a menu button (↑/↓, Home/End, Enter, Escape) with one template per content type. */
export function NewMenu({ disabled, onChoose }: { disabled: boolean; onChoose: (kind: RenamableKind) => void }) {
  const { t } = useI18n();
  const { open, setOpen, buttonProps, menuProps } = useMenuButton();

  return (
    <div className="new-menu">
      <button
        {...buttonProps}
        type="button"
        className="button button-primary button-small"
        disabled={disabled}
      >
        <Icon name="plus" />
        {t('editor.new')}
      </button>
      {open && (
        <div {...menuProps} className="menu" aria-label={t('editor.newMenu')}>
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
