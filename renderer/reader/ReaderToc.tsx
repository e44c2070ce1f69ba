// The reader's side rail: the playbook's sections, the one being read marked, each one pinnable to a prep sheet.
import type { PlaybookView } from '../../core/api/contract';
import { useI18n } from '../i18n/I18nContext';
import { PinButton } from '../prep/PinButton';
import { formatRoute } from '../routing/routes';

export function ReaderToc({ view, currentSection }: { view: PlaybookView; currentSection: string | null | undefined }) {
  const { t } = useI18n();
  if (view.toc.length === 0) return null;
  return (
    <aside className="reader-rail">
      <nav className="toc" aria-label={t('reader.toc')}>
        <h2 className="toc-title">{t('reader.toc')}</h2>
        <ol className="toc-list">
          {view.toc.map((entry) => (
            <li key={entry.anchor} className="toc-entry">
              <a href={formatRoute({ name: 'playbook', id: view.id, anchor: entry.anchor })} aria-current={entry.anchor === currentSection ? 'location' : undefined}>
                {entry.title}
              </a>
              <PinButton item={{ kind: 'section', playbookId: view.id, anchor: entry.anchor, lang: view.lang }} label={entry.title} compact />
            </li>
          ))}
        </ol>
      </nav>
    </aside>
  );
}
