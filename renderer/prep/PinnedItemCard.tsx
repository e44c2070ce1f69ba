// What a pinned item looks like on a prep sheet: a checklist to tick in the meeting, or the text to recall.
import type { PrepItemView } from '../../core/api/contract';
import { Icon } from '../components/Icon';
import { RichHtml } from '../components/RichHtml';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute } from '../routing/routes';

interface PinnedItemCardProps {
  item: PrepItemView;
  checked: string[];
  onToggle: (key: string) => void;
  onRemove: () => void;
}

/** A pinned tactic or section on a prep sheet: its checklist to tick (full text folded away), or its text. */
export function PinnedItemCard({ item, checked, onToggle, onRemove }: PinnedItemCardProps) {
  const { t } = useI18n();
  return (
    <li className={`card pinned${item.missing ? ' is-missing' : ''}`}>
      <div className="pinned-head">
        <span className={`badge badge-${item.kind}`}>{t(`search.type.${item.kind}`)}</span>
        <a className="pinned-title" href={formatRoute({ name: 'playbook', id: item.playbookId, anchor: item.anchor })}>
          {item.title}
        </a>
        <button type="button" className="icon-button" aria-label={t('prep.removeNamed', { title: item.title })} onClick={onRemove}>
          <Icon name="cross" />
        </button>
        <span className="pinned-source hint">{item.playbookTitle}</span>
      </div>
      {item.missing ? (
        <p className="notice">{t('prep.missing')}</p>
      ) : item.checklist.length > 0 ? (
        <>
          <ul className="checklist" aria-label={t('prep.checklistFor', { title: item.title })}>
            {item.checklist.map((entry) => (
              <li key={entry.key}>
                <label className="check">
                  <input type="checkbox" checked={checked.includes(entry.key)} onChange={() => onToggle(entry.key)} />
                  <span>{entry.text}</span>
                </label>
              </li>
            ))}
          </ul>
          <details className="pinned-more">
            <summary>{t('prep.fullText')}</summary>
            <RichHtml html={item.html} />
          </details>
        </>
      ) : (
        <RichHtml html={item.html} className="pinned-body" />
      )}
    </li>
  );
}
