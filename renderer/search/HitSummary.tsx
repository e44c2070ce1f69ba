// A search hit shown the same way in the palette and on the search page.
import type { SearchHit } from '../../core/api/contract';
import { Highlight } from '../components/Highlight';
import { useI18n } from '../i18n/I18nContext';
import type { Route } from '../routing/routes';

/**
 * A hit's type, highlighted title, where it lives, and the highlighted snippet (with `id`, as `${id}-snippet`);
 * the situation it matched, what a partial match lacks, and a switch to its other language (with `onOpen`).
 */
export function HitSummary({ hit, id, onOpen, insideOption = false }: { hit: SearchHit; id?: string; onOpen?: (route: Route) => void; insideOption?: boolean }) {
  const { t } = useI18n();
  const { otherLang } = hit;
  // Inside a listbox option no control may be nested (the option is the control): there the switch is a plain
  // clickable part of the option, for the mouse; the keyboard reaches the other language from the search page.
  const Switch = insideOption ? 'span' : 'button';
  return (
    <>
      <span className="hit-head">
        <span className={`badge badge-${hit.type}`}>{t(`search.type.${hit.type}`)}</span>
        <span className="hit-title">
          <Highlight text={hit.title} ranges={hit.titleMatches} />
        </span>
        {hit.parentTitle && hit.parentTitle !== hit.title && <span className="hit-parent">{hit.parentTitle}</span>}
        {otherLang && onOpen && hit.section !== null && (
          <Switch
            {...(insideOption ? {} : { type: 'button' as const })}
            className="hit-other-lang"
            lang={otherLang}
            onClick={(event) => {
              // The hit itself opens in its own language; this opens the other one.
              event.stopPropagation();
              onOpen({ name: 'playbook', id: hit.id, anchor: hit.section?.split('--')[0] ?? '', lang: otherLang });
            }}
          >
            {t('search.openIn', { lang: t(`lang.${otherLang}`) })}
          </Switch>
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
