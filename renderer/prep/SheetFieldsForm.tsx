// The meeting's facts on a prep sheet: title, customer, date, goal and free notes.
import { useId } from 'react';
import { useI18n } from '../i18n/I18nContext';
import type { SheetFields } from './usePrepSheetDraft';

export function SheetFieldsForm({ fields, onEdit }: { fields: SheetFields; onEdit: (patch: Partial<SheetFields>) => void }) {
  const { t } = useI18n();
  const ids = useId();
  return (
    <div className="sheet-form card no-print">
      <div className="field">
        <label className="field-label" htmlFor={`${ids}-title`}>
          {t('prep.sheetTitle')}
        </label>
        <input id={`${ids}-title`} className="input input-title" value={fields.title} maxLength={200} onChange={(e) => onEdit({ title: e.target.value })} />
      </div>
      <div className="field-row">
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-customer`}>
            {t('prep.customer')}
          </label>
          <input id={`${ids}-customer`} className="input" value={fields.customer} maxLength={200} onChange={(e) => onEdit({ customer: e.target.value })} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-date`}>
            {t('prep.date')}
          </label>
          <input id={`${ids}-date`} className="input" type="date" value={fields.date} onChange={(e) => onEdit({ date: e.target.value })} />
        </div>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${ids}-goal`}>
          {t('prep.goal')}
        </label>
        <textarea id={`${ids}-goal`} className="input" rows={2} value={fields.goal} maxLength={2000} onChange={(e) => onEdit({ goal: e.target.value })} />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${ids}-notes`}>
          {t('prep.notes')}
        </label>
        <textarea id={`${ids}-notes`} className="input" rows={4} value={fields.notes} maxLength={20000} onChange={(e) => onEdit({ notes: e.target.value })} />
      </div>
    </div>
  );
}
