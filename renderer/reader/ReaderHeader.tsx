// The top of a playbook in the reader: title, who it is for, its metadata, notices, and the way to the other language.
import type { PlaybookView } from '../../core/api/contract';
import { LANGS, type Lang } from '../../core/model';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute } from '../routing/routes';
import { PlaybookBeyondNotes } from './BeyondNotice';

/** The levels the content uses; any other value is shown as written. */
const LEVELS = ['foundation', 'intermediate', 'advanced'] as const;
const isKnownLevel = (level: string): level is (typeof LEVELS)[number] => (LEVELS as readonly string[]).includes(level);

export function ReaderHeader({ view, anchor }: { view: PlaybookView; anchor?: string }) {
  const { t } = useI18n();
  return (
    <header className="reader-header">
      <p className="eyebrow">{t('kind.playbook')}</p>
      <h1 id="reader-title" className="page-title" tabIndex={-1}>
        {view.title}
      </h1>
      {view.summary && <p className="page-subtitle">{view.summary}</p>}
      <p className="reader-meta">
        {view.roles.map((role) => (
          <span key={role} className="badge badge-role">
            {t(`role.${role}`)}
          </span>
        ))}
        {view.level && <span>{t('reader.level', { level: isKnownLevel(view.level) ? t(`level.${view.level}`) : view.level })}</span>}
        {view.author && <span>{t('reader.author', { author: view.author })}</span>}
        {view.updated && <span>{t('reader.updated', { date: view.updated })}</span>}
      </p>
      {view.stages.length > 0 && <p className="reader-stages">{t('reader.stages', { stages: view.stages.join(' → ') })}</p>}
      <PlaybookBeyondNotes notes={view.beyond} />
      {view.fallback && (
        <p className="notice" role="note">
          {t('reader.fallback', { lang: t(`lang.${view.lang}`) })}
        </p>
      )}
      <OtherLanguageLink view={view} anchor={anchor} />
    </header>
  );
}

/**
 * One click to the same place in the other language. Section anchors are the same in both; a tactic's anchor is
 * made from its title, so the switch lands on its section.
 */
function OtherLanguageLink({ view, anchor }: { view: PlaybookView; anchor?: string }) {
  const { t } = useI18n();
  const other = LANGS.find((lang) => lang !== view.lang) as Lang;
  const section = anchor?.split('--')[0];
  return (
    <p className="reader-other-lang">
      <a className="button button-ghost button-small" lang={other} href={formatRoute({ name: 'playbook', id: view.id, ...(section ? { anchor: section } : {}), lang: other })}>
        <Icon name="globe" />
        {t('reader.otherLang', { lang: t(`lang.${other}`) })}
      </a>
    </p>
  );
}
