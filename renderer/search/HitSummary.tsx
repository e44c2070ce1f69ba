import type { SearchHit } from '../../core/api/contract';
import { Highlight } from '../components/Highlight';
import { useI18n } from '../i18n/I18nContext';

/** A hit's type, highlighted title, where it lives, and the highlighted snippet (with `id`, as `${id}-snippet`). */
export function HitSummary({ hit, id }: { hit: SearchHit; id?: string }) {
  const { t } = useI18n();
  return (
    <>
      <span className="hit-head">
        <span className={`badge badge-${hit.type}`}>{t(`search.type.${hit.type}`)}</span>
        <span className="hit-title">
          <Highlight text={hit.title} ranges={hit.titleMatches} />
        </span>
        {hit.parentTitle && hit.parentTitle !== hit.title && <span className="hit-parent">{hit.parentTitle}</span>}
      </span>
      {hit.snippet && (
        <span className="hit-snippet" id={id && `${id}-snippet`}>
          <Highlight text={hit.snippet} ranges={hit.matches} />
        </span>
      )}
    </>
  );
}
