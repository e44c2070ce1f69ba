// The one modal dialog frame of the trainer tools, so every dialog traps focus and closes the same way.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext';

interface ModalDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/** A native modal <dialog>: focus trap, Escape and an inert page behind it; focus returns where it was on close. */
export function ModalDialog({ title, onClose, children }: ModalDialogProps) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    return () => opener?.focus();
  }, []);

  return (
    <dialog ref={dialog} className="modal" aria-labelledby={titleId} onClose={onClose}>
      <header className="modal-head">
        <h2 id={titleId} className="modal-title">
          {title}
        </h2>
        <button type="button" className="icon-button" aria-label={t('authoring.closeDialog')} onClick={onClose}>
          ×
        </button>
      </header>
      {children}
    </dialog>
  );
}

/** A dialog form's closing row: the submit button (off while busy) and Cancel. */
export function ModalActions({ submitLabel, busy, onCancel }: { submitLabel: string; busy: boolean; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <div className="button-row modal-actions">
      <button type="submit" className="button button-primary" disabled={busy}>
        {submitLabel}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('authoring.cancel')}
      </button>
    </div>
  );
}
