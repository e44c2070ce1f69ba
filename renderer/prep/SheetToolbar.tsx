// Above a prep sheet: whether it is saved, its exports (Markdown, PDF) and deleting it with a confirmation.
import { useState } from 'react';
import type { PrepSheetView } from '../../core/api/contract';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nContext';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useNotify } from '../state/ToastContext';
import { useBusyAction } from '../state/useBusyAction';
import { downloadFile, exportPdf } from './exportSheet';
import type { SaveStatus } from './usePrepSheetDraft';

interface SheetToolbarProps {
  sheet: PrepSheetView;
  status: SaveStatus;
  /** Saves what is on screen before an export. */
  saveUnlessSaved: () => Promise<void>;
  onDeleted: (sheetId: string) => void;
}

export function SheetToolbar({ sheet, status, saveUnlessSaved, onDeleted }: SheetToolbarProps) {
  const api = useApi();
  const { t } = useI18n();
  const { profile } = useSession();
  const notify = useNotify();
  const { run } = useBusyAction('toast');
  const [confirmDelete, setConfirmDelete] = useState(false);

  const exportMarkdown = () =>
    run(async () => {
      await saveUnlessSaved();
      downloadFile(await api.exportPrepSheet({ profileId: profile.id, sheetId: sheet.id, format: 'markdown' }));
    });
  const exportPdfFile = () =>
    run(async () => {
      await saveUnlessSaved();
      const outcome = await exportPdf(profile.id, sheet.id);
      if (outcome.kind === 'saved') notify(t('prep.pdfSaved', { file: outcome.file ?? '' }));
    });
  const deleteSheet = () =>
    run(async () => {
      await api.deletePrepSheet({ profileId: profile.id, sheetId: sheet.id });
      onDeleted(sheet.id);
    });

  const statusText = { saved: t('prep.saved'), dirty: t('prep.unsaved'), saving: t('prep.saving'), error: t('prep.saveFailed') }[status];
  return (
    <div className="sheet-toolbar no-print">
      <span className={`save-status save-${status}`} role="status">
        {statusText}
      </span>
      <button type="button" className="button" onClick={exportMarkdown}>
        <Icon name="download" />
        {t('prep.exportMarkdown')}
      </button>
      <button type="button" className="button" onClick={exportPdfFile}>
        <Icon name="print" />
        {t('prep.exportPdf')}
      </button>
      {confirmDelete ? (
        <>
          <button type="button" className="button button-danger" autoFocus onClick={deleteSheet}>
            {t('prep.confirmDelete')}
          </button>
          <button type="button" className="button button-ghost" onClick={() => setConfirmDelete(false)}>
            {t('prep.cancel')}
          </button>
        </>
      ) : (
        <button type="button" className="button button-ghost" onClick={() => setConfirmDelete(true)}>
          <Icon name="trash" />
          {t('prep.delete')}
        </button>
      )}
    </div>
  );
}
