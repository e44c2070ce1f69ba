import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { PrepItemRef, PrepItemView, PrepSheetView } from '../../core/api/contract';
import { Icon } from '../components/Icon';
import { EmptyState } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useNotify } from '../state/ToastContext';
import { AddToSheet } from './AddToSheet';
import { PinnedItemCard } from './PinnedItemCard';
import { downloadFile, exportPdf } from './exportSheet';
import { PrintSheet } from './PrintSheet';
import { useSheetChanges } from './prepSheetEvents';

export interface SheetFields {
  title: string;
  customer: string;
  date: string;
  goal: string;
  notes: string;
}

const AUTOSAVE_MS = 600;

type SaveStatus = 'saved' | 'dirty' | 'saving' | 'error';

function sameItem(a: PrepItemRef, b: PrepItemRef): boolean {
  return a.kind === b.kind && a.playbookId === b.playbookId && a.anchor === b.anchor && a.lang === b.lang;
}

/** One meeting's prep sheet: the facts, notes, pinned tactics with checklists to tick; saved as you type; exported. */
interface PrepSheetEditorProps {
  sheet: PrepSheetView;
  onSaved: (sheet: PrepSheetView) => void;
  onDeleted: (sheetId: string) => void;
}

export function PrepSheetEditor({ sheet, onSaved, onDeleted }: PrepSheetEditorProps) {
  const api = useApi();
  const { t } = useI18n();
  const { profile } = useSession();
  const notify = useNotify();
  const ids = useId();
  const [fields, setFields] = useState<SheetFields>({
    title: sheet.title,
    customer: sheet.customer,
    date: sheet.date,
    goal: sheet.goal,
    notes: sheet.notes,
  });
  const [items, setItems] = useState<PrepItemView[]>(sheet.itemViews);
  const [checked, setChecked] = useState<string[]>(sheet.checked);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const latest = useRef({ fields, items, checked, status, onSaved });
  latest.current = { fields, items, checked, status, onSaved };

  const save = useCallback(async () => {
    const { fields: f, items: list, checked: ticks } = latest.current;
    setStatus('saving');
    try {
      const saved = await api.savePrepSheet({
        profileId: profile.id,
        sheetId: sheet.id,
        sheet: { ...f, items: list.map(({ kind, playbookId, anchor, lang }) => ({ kind, playbookId, anchor, lang })), checked: ticks },
      });
      setStatus('saved');
      latest.current.onSaved(saved);
    } catch (error) {
      setStatus('error');
      notify(error instanceof Error ? error.message : t('state.errorUnknown'), { tone: 'error' });
    }
  }, [api, profile.id, sheet.id, notify, t]);

  useEffect(() => {
    if (status !== 'dirty') return;
    const timer = setTimeout(() => void save(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [status, fields, items, checked, save]);

  // Leaving the sheet (another sheet, another screen) must not lose the last keystrokes.
  useEffect(
    () => () => {
      if (latest.current.status === 'dirty') void save();
    },
    [save],
  );

  // A pin or tick from the palette or another screen: take its items and ticks, keep the fields being typed.
  useSheetChanges((changed) => {
    if (changed.id !== sheet.id) return;
    setItems(changed.itemViews);
    // Ticks not saved yet are newer than the announced ones; the autosave sends them with the new items.
    if (latest.current.status !== 'dirty') setChecked(changed.checked);
  });

  const edit = (patch: Partial<SheetFields>) => {
    setFields((f) => ({ ...f, ...patch }));
    setStatus('dirty');
  };
  const toggleCheck = (key: string) => {
    setChecked((list) => (list.includes(key) ? list.filter((k) => k !== key) : [...list, key]));
    setStatus('dirty');
  };
  const remove = (item: PrepItemView) => {
    setItems((list) => list.filter((i) => !sameItem(i, item)));
    setStatus('dirty');
  };
  const add = async (item: PrepItemRef) => {
    try {
      if (status === 'dirty') await save();
      const updated = await api.pin({ profileId: profile.id, sheetId: sheet.id, item });
      setItems(updated.itemViews);
      onSaved(updated);
    } catch (error) {
      notify(error instanceof Error ? error.message : t('state.errorUnknown'), { tone: 'error' });
    }
  };

  const exportMarkdown = async () => {
    try {
      if (status !== 'saved') await save();
      downloadFile(await api.exportPrepSheet({ profileId: profile.id, sheetId: sheet.id, format: 'markdown' }));
    } catch (error) {
      notify(error instanceof Error ? error.message : t('state.errorUnknown'), { tone: 'error' });
    }
  };
  const exportPdfFile = async () => {
    try {
      if (status !== 'saved') await save();
      const outcome = await exportPdf(profile.id, sheet.id);
      if (outcome.kind === 'saved') notify(t('prep.pdfSaved', { file: outcome.file ?? '' }));
    } catch (error) {
      notify(error instanceof Error ? error.message : t('state.errorUnknown'), { tone: 'error' });
    }
  };
  const deleteSheet = async () => {
    try {
      await api.deletePrepSheet({ profileId: profile.id, sheetId: sheet.id });
      onDeleted(sheet.id);
    } catch (error) {
      notify(error instanceof Error ? error.message : t('state.errorUnknown'), { tone: 'error' });
    }
  };

  const statusText = { saved: t('prep.saved'), dirty: t('prep.unsaved'), saving: t('prep.saving'), error: t('prep.saveFailed') }[status];

  return (
    <div className="sheet">
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

      <div className="sheet-form card no-print">
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-title`}>
            {t('prep.sheetTitle')}
          </label>
          <input id={`${ids}-title`} className="input input-title" value={fields.title} maxLength={200} onChange={(e) => edit({ title: e.target.value })} />
        </div>
        <div className="field-row">
          <div className="field">
            <label className="field-label" htmlFor={`${ids}-customer`}>
              {t('prep.customer')}
            </label>
            <input id={`${ids}-customer`} className="input" value={fields.customer} maxLength={200} onChange={(e) => edit({ customer: e.target.value })} />
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${ids}-date`}>
              {t('prep.date')}
            </label>
            <input id={`${ids}-date`} className="input" type="date" value={fields.date} onChange={(e) => edit({ date: e.target.value })} />
          </div>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-goal`}>
            {t('prep.goal')}
          </label>
          <textarea id={`${ids}-goal`} className="input" rows={2} value={fields.goal} maxLength={2000} onChange={(e) => edit({ goal: e.target.value })} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-notes`}>
            {t('prep.notes')}
          </label>
          <textarea id={`${ids}-notes`} className="input" rows={4} value={fields.notes} maxLength={20000} onChange={(e) => edit({ notes: e.target.value })} />
        </div>
      </div>

      <section className="sheet-items no-print" aria-labelledby="sheet-items-title">
        <h2 id="sheet-items-title" className="section-title">
          {t('prep.pinned')}
          <span className="section-count">{items.length}</span>
        </h2>
        {items.length === 0 ? (
          <EmptyState title={t('prep.noItemsTitle')}>{t('prep.noItemsBody')}</EmptyState>
        ) : (
          <ul className="pinned-list">
            {items.map((item) => (
              <PinnedItemCard
                key={`${item.kind}:${item.playbookId}#${item.anchor}`}
                item={item}
                checked={checked}
                onToggle={toggleCheck}
                onRemove={() => remove(item)}
              />
            ))}
          </ul>
        )}
      </section>

      <AddToSheet onAdd={add} pinned={items} />
      <PrintSheet fields={fields} items={items} checked={checked} />
    </div>
  );
}
