// A prep sheet goes into the meeting on paper or as a PDF: this is its printed form.
import type { PrepItemView } from '../../core/api/contract';
import { RichHtml } from '../components/RichHtml';
import { useI18n } from '../i18n/I18nContext';
import type { SheetFields } from './usePrepSheetDraft';

/** The sheet as it prints: hidden on screen, the only thing on paper (see print.css). */
export function PrintSheet({ fields, items, checked }: { fields: SheetFields; items: PrepItemView[]; checked: string[] }) {
  const { t, date } = useI18n();
  return (
    <div className="print-sheet" aria-hidden="true">
      <h1>{fields.title || t('prep.untitled')}</h1>
      <dl className="print-facts">
        <dt>{t('prep.customer')}</dt>
        <dd>{fields.customer || '—'}</dd>
        <dt>{t('prep.date')}</dt>
        <dd>{fields.date ? date(fields.date) : '—'}</dd>
        <dt>{t('prep.goal')}</dt>
        <dd>{fields.goal || '—'}</dd>
      </dl>
      {fields.notes && (
        <>
          <h2>{t('prep.notes')}</h2>
          <p className="print-notes">{fields.notes}</p>
        </>
      )}
      {items.map((item) => (
        <section key={`${item.playbookId}#${item.anchor}`} className="print-item">
          <h2>
            {item.title} <small>— {item.playbookTitle}</small>
          </h2>
          {item.checklist.length > 0 ? (
            <ul className="print-checklist">
              {item.checklist.map((entry) => (
                <li key={entry.key}>
                  {checked.includes(entry.key) ? '☑' : '☐'} {entry.text}
                </li>
              ))}
            </ul>
          ) : (
            <RichHtml html={item.html} />
          )}
        </section>
      ))}
    </div>
  );
}
