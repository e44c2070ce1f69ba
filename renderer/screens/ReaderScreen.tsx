import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { PlaybookView } from '../../core/api/contract';
import { LANGS, type Lang } from '../../core/model';
import { Icon } from '../components/Icon';
import { RichHtml } from '../components/RichHtml';
import { QueryView } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { PinButton } from '../prep/PinButton';
import { PlaybookBeyondNotes, SectionBeyondNotes } from '../reader/BeyondNotice';
import { useBlockSlots } from '../reader/useBlockSlots';
import { useChecklistTicks } from '../reader/useChecklistTicks';
import { useSectionInView } from '../reader/useSectionInView';
import { formatRoute } from '../routing/routes';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useNotify } from '../state/ToastContext';
import { useApiQuery } from '../state/useApiQuery';
import { useContentVersion } from '../state/WorkspaceContext';
import { PlaybookCard } from './LibraryScreen';

/** The levels the content uses; any other value is shown as written. */
const LEVELS = ['foundation', 'intermediate', 'advanced'] as const;
const isKnownLevel = (level: string): level is (typeof LEVELS)[number] => (LEVELS as readonly string[]).includes(level);

/** `lang` reads the playbook in another language than the UI's (a search hit opened in the language of its query). */
export function ReaderScreen({ id, anchor, lang: requested }: { id: string; anchor?: string; lang?: Lang }) {
  const api = useApi();
  const { profile, lang: uiLang } = useSession();
  const lang = requested ?? uiLang;
  // Shown again when the content changes on disk or in the editor, not only when the page is opened.
  const contentVersion = useContentVersion();
  const playbook = useApiQuery(() => api.getPlaybook({ id, lang, profileId: profile.id }), [api, id, lang, profile.id, contentVersion]);
  return (
    <div className="page page-reader">
      <QueryView query={playbook}>{(view) => <Reader view={view} anchor={anchor} />}</QueryView>
    </div>
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

/** Scrolls to the deep-linked section or block and moves focus there, so the link lands where it points. */
function useScrollToAnchor(container: RefObject<HTMLElement | null>, anchor: string | undefined, html: string) {
  useEffect(() => {
    if (!anchor || !container.current) return;
    const target = Array.from(container.current.querySelectorAll<HTMLElement>('[id]')).find((el) => el.id === anchor);
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
    target.classList.add('is-target');
    const timer = setTimeout(() => target.classList.remove('is-target'), 2000);
    return () => clearTimeout(timer);
  }, [container, anchor, html]);
}

function Reader({ view, anchor }: { view: PlaybookView; anchor?: string }) {
  const api = useApi();
  const { t } = useI18n();
  const { profile, lang } = useSession();
  const notify = useNotify();
  const body = useRef<HTMLDivElement>(null);
  const [read, setRead] = useState(view.read);
  const [saving, setSaving] = useState(false);
  const slots = useBlockSlots(body, view.html);
  const tickSheet = useChecklistTicks(body, view.html, view);
  useScrollToAnchor(body, anchor, view.html);
  const anchors = useMemo(() => view.toc.map((entry) => entry.anchor), [view.toc]);
  const inView = useSectionInView(body, anchors, view.html);
  // The section being read wins; until the page has scrolled, the deep link's section (a block's anchor starts with its section's).
  const currentSection = inView !== undefined ? inView : anchors.find((section) => anchor === section || anchor?.startsWith(`${section}--`));

  const toggleRead = async () => {
    if (saving) return;
    setSaving(true);
    try {
      const result = await api.markRead({ profileId: profile.id, playbookId: view.id, lang, read: !read });
      setRead(result.read);
    } catch (error) {
      notify(error instanceof Error ? error.message : t('state.errorUnknown'), { tone: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="reader">
      <article className="reader-article" aria-labelledby="reader-title">
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

        <div ref={body}>
          <RichHtml html={view.html} className="playbook-body" />
        </div>
        {slots.map((slot) =>
          createPortal(
            <>
              {slot.kind === 'checklist' && (
                <span className="block-hint">{tickSheet ? t('reader.ticksTo', { sheet: tickSheet }) : t('reader.ticksNew')}</span>
              )}
              <PinButton item={{ kind: 'tactic', playbookId: view.id, anchor: slot.anchor, lang: view.lang }} label={slot.title} compact />
            </>,
            slot.slot,
            slot.anchor,
          ),
        )}

        <SectionBeyondNotes body={body} html={view.html} notes={view.beyond} />

        <footer className="reader-footer">
          {/* Not `disabled` while saving: a disabled button drops the keyboard focus to the page. */}
          <button type="button" className={`button${read ? '' : ' button-primary'}`} aria-pressed={read} aria-disabled={saving || undefined} onClick={toggleRead}>
            <Icon name="check" />
            {read ? t('reader.read') : t('reader.markRead')}
          </button>
          <p className="source-ref">{t('reader.source', { file: view.source.path })}</p>
        </footer>

        {(view.quizzes.length > 0 || view.cases.length > 0) && (
          <section className="reader-practice" aria-labelledby="reader-practice-title">
            <h2 id="reader-practice-title" className="section-title">
              {t('reader.practice')}
            </h2>
            <ul className="practice-list">
              {view.quizzes.map((quiz) => (
                <li key={`quiz-${quiz.id}`} className="card practice-item">
                  <span className="badge badge-quiz">{t('kind.quiz')}</span>
                  <span className="practice-title">{quiz.title}</span>
                  <span className="hint">{t('reader.quizMeta', { count: quiz.questionCount })}</span>
                  <a className="button" href={formatRoute({ name: 'quiz', id: quiz.id })} aria-label={t('reader.takeQuizNamed', { title: quiz.title })}>
                    {t('reader.takeQuiz')}
                  </a>
                </li>
              ))}
              {view.cases.map((item) => (
                <li key={`case-${item.id}`} className="card practice-item">
                  <span className="badge badge-case">{t('kind.case')}</span>
                  <span className="practice-title">{item.title}</span>
                  <span className="hint">{t('cases.decisions', { count: item.decisionCount })}</span>
                  <a className="button" href={formatRoute({ name: 'case', id: item.id })} aria-label={t('reader.replayNamed', { title: item.title })}>
                    {t('reader.replay')}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}

        {view.related.length > 0 && (
          <section className="reader-related" aria-labelledby="reader-related-title">
            <h2 id="reader-related-title" className="section-title">
              {t('reader.related')}
            </h2>
            <ul className="card-grid">
              {view.related.map((related) => (
                <li key={related.id}>
                  <PlaybookCard playbook={related} />
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>

      {view.toc.length > 0 && (
        <aside className="reader-rail">
          <nav className="toc" aria-label={t('reader.toc')}>
            <h2 className="toc-title">{t('reader.toc')}</h2>
            <ol className="toc-list">
              {view.toc.map((entry) => (
                <li key={entry.anchor} className="toc-entry">
                  <a
                    href={formatRoute({ name: 'playbook', id: view.id, anchor: entry.anchor })}
                    aria-current={entry.anchor === currentSection ? 'location' : undefined}
                  >
                    {entry.title}
                  </a>
                  <PinButton item={{ kind: 'section', playbookId: view.id, anchor: entry.anchor, lang: view.lang }} label={entry.title} compact />
                </li>
              ))}
            </ol>
          </nav>
        </aside>
      )}
    </div>
  );
}
