// Keyboard users can learn every shortcut from one place (the `?` key).
import { Fragment } from 'react';
import { ModalDialog } from '../authoring/ModalDialog';
import { useI18n } from '../i18n/I18nContext';
import { SHORTCUTS } from '../shortcuts/shortcutTable';

/** The `?` help: every shortcut of the app, read from the same table the key handlers match with. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <ModalDialog title={t('shortcuts.title')} onClose={onClose}>
      <div className="modal-body">
        <table className="shortcuts-table">
          <thead>
            <tr>
              <th scope="col">{t('shortcuts.keys')}</th>
              <th scope="col">{t('shortcuts.does')}</th>
              <th scope="col">{t('shortcuts.where')}</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(SHORTCUTS).map(([id, shortcut]) => (
              <tr key={id}>
                <td className="shortcut-keys">
                  {shortcut.keys.map((key, i) => (
                    <Fragment key={key}>
                      {i > 0 && <span className="shortcut-or"> {id === 'palette' ? t('shortcuts.or') : '/'} </span>}
                      <kbd>{key}</kbd>
                    </Fragment>
                  ))}
                </td>
                <td>{t(shortcut.does)}</td>
                <td className="hint">{t(shortcut.where)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ModalDialog>
  );
}
