// What the current version brought: playbooks with their changed sections (each a link to the section), the
// quizzes, cases and paths added, changed or removed, and the learner's review cards to re-check.
import type { Change, WhatsNew } from '../../core/channel/whatsNew';
import type { Lang } from '../../core/model';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute } from '../routing/routes';

function ChangeBadge({ change }: { change: Change }) {
  const { t } = useI18n();
  return <span className={`badge channel-change channel-change-${change}`}>{t(`channel.change.${change}`)}</span>;
}

/** The entries in the learner's language, or all of them when none is. */
function inLanguage<T extends { lang: Lang }>(entries: readonly T[], lang: Lang): readonly T[] {
  const own = entries.filter((entry) => entry.lang === lang);
  return own.length > 0 ? own : entries;
}

export function WhatsNewList({ news }: { news: WhatsNew }) {
  const { t, lang } = useI18n();
  const playbooks = inLanguage(news.playbooks, lang);
  const items = inLanguage(news.items, lang);
  const nothing = playbooks.length === 0 && items.length === 0 && news.recheck.length === 0;
  return (
    <div className="channel-news">
      <h3 className="channel-subtitle">{t('channel.whatsNew')}</h3>
      {nothing && <p className="hint">{t('channel.nothingNew')}</p>}
      {news.recheck.length > 0 && (
        <p className="channel-recheck">
          <a href={formatRoute({ name: 'review' })}>{t('channel.recheck', { count: news.recheck.length })}</a>
        </p>
      )}
      <ul className="channel-news-list">
        {playbooks.map((playbook) => (
          <li key={`${playbook.lang}:${playbook.id}`}>
            <ChangeBadge change={playbook.change} />{' '}
            {playbook.change === 'removed' ? playbook.title : <a href={formatRoute({ name: 'playbook', id: playbook.id, lang: playbook.lang })}>{playbook.title}</a>}
            {playbook.sections.length > 0 && (
              <ul className="channel-sections">
                {playbook.sections.map((section) => (
                  <li key={section.anchor}>
                    <ChangeBadge change={section.change} />{' '}
                    {section.change === 'removed' ? section.title : <a href={formatRoute({ name: 'playbook', id: playbook.id, anchor: section.anchor, lang: playbook.lang })}>{section.title}</a>}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
        {items.map((item) => (
          <li key={`${item.kind}:${item.lang}:${item.id}`}>
            <ChangeBadge change={item.change} /> <span className="channel-kind">{t(item.kind === 'path' ? 'channel.item.path' : `kind.${item.kind}`)}</span>{' '}
            {item.change === 'removed' || item.kind === 'path' ? item.title : <a href={formatRoute({ name: item.kind, id: item.id })}>{item.title}</a>}
          </li>
        ))}
      </ul>
    </div>
  );
}
