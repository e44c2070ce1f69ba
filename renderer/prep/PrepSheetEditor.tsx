// One meeting's prep sheet: the facts, notes, pinned tactics with checklists to tick; saved as you type; exported.
import type { PrepItemRef, PrepSheetView } from '../../core/api/contract';
import { EmptyState } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useBusyAction } from '../state/useBusyAction';
import { AddToSheet } from './AddToSheet';
import { PinnedItemCard } from './PinnedItemCard';
import { PrintSheet } from './PrintSheet';
import { SheetFieldsForm } from './SheetFieldsForm';
import { SheetToolbar } from './SheetToolbar';
import { usePrepSheetDraft } from './usePrepSheetDraft';

interface PrepSheetEditorProps {
  sheet: PrepSheetView;
  onSaved: (sheet: PrepSheetView) => void;
  onDeleted: (sheetId: string) => void;
}

export function PrepSheetEditor({ sheet, onSaved, onDeleted }: PrepSheetEditorProps) {
  const api = useApi();
  const { t } = useI18n();
  const { profile } = useSession();
  const { run } = useBusyAction('toast');
  const draft = usePrepSheetDraft(sheet, onSaved);
  const { fields, items, checked } = draft;

  const add = (item: PrepItemRef) =>
    run(async () => {
      await draft.saveIfDirty();
      const updated = await api.pin({ profileId: profile.id, sheetId: sheet.id, item });
      draft.takePinned(updated);
      onSaved(updated);
    });

  return (
    <div className="sheet">
      <SheetToolbar sheet={sheet} status={draft.status} saveUnlessSaved={draft.saveUnlessSaved} onDeleted={onDeleted} />
      <SheetFieldsForm fields={fields} onEdit={draft.edit} />
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
              <PinnedItemCard key={`${item.kind}:${item.playbookId}#${item.anchor}`} item={item} checked={checked} onToggle={draft.toggleCheck} onRemove={() => draft.remove(item)} />
            ))}
          </ul>
        )}
      </section>
      <AddToSheet onAdd={add} pinned={items} />
      <PrintSheet fields={fields} items={items} checked={checked} />
    </div>
  );
}
