import type { SearchHit } from '../../core/api/contract';
import { Highlight } from '../components/Highlight';
import { useI18n } from '../i18n/I18nContext';
import type { Route } from '../routing/routes';

/**
 * A hit's type, highlighted title, where it lives, and the highlighted snippet (with `id`, as `${id}-snippet`);
 * the situation it matched, what a partial match lacks, and a switch to its other language (with `onOpen`).
 */
export function HitSummary({ hit, id, onOpen }: { hit: SearchHit; id?: string; onOpen?: (route: Route) => void }) {
  const { t } = useI18n();
  const { otherLang } = hit;
  return (
    <>
      <span className="hit-head">
        <span className={`badge badge-${hit.type}`}>{t(`search.type.${hit.type}`)}</span>
        <span className="hit-title">
          <Highlight text={hit.title} ranges={hit.titleMatches} />
        </span>
        {hit.parentTitle && hit.parentTitle !== hit.title && <span className="hit-parent">{hit.parentTitle}</span>}
        {otherLang && onOpen && hit.section !== null && (
          <button
            type="button"
            className="hit-other-lang"
            lang={otherLang}
            onClick={(event) => {
              // The hit itself opens in its own language; this opens the other one.
              event.stopPropagation();
              onOpen({ name: 'playbook', id: hit.id, anchor: hit.section?.split('--')[0] ?? '', lang: otherLang });
            }}
          >
            {t('search.openIn', { lang: t(`lang.${otherLang}`) })}
          </button>
        )}
      </span>
      {hit.situation && <span className="hit-situation">{t('search.situation', { situation: hit.situation })}</span>}
      {hit.snippet && (
        <span className="hit-snippet" id={id && `${id}-snippet`}>
          <Highlight text={hit.snippet} ranges={hit.matches} />
        </span>
      )}
      {hit.partial && hit.missing && hit.missing.length > 0 && (
        <span className="hit-partial">{t('search.partialMissing', { terms: hit.missing.join('”, “') })}</span>
      )}
    </>
  );
}
