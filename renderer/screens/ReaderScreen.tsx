// Reading one playbook: its sanitised HTML with pins and checklist ticks placed in it, then practice and related playbooks.
import { useMemo, useRef } from 'react';
import type { PlaybookView } from '../../core/api/contract';
import type { Lang } from '../../core/model';
import { RichHtml } from '../components/RichHtml';
import { QueryView } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { PlaybookCard } from '../library/PlaybookCard';
import { SectionBeyondNotes } from '../reader/BeyondNotice';
import { BlockPins } from '../reader/BlockPins';
import { ReaderHeader } from '../reader/ReaderHeader';
import { ReaderPractice } from '../reader/ReaderPractice';
import { ReaderToc } from '../reader/ReaderToc';
import { ReadToggle } from '../reader/ReadToggle';
import { useBlockSlots } from '../reader/useBlockSlots';
import { useChecklistTicks } from '../reader/useChecklistTicks';
import { useScrollToAnchor } from '../reader/useScrollToAnchor';
import { useSectionInView } from '../reader/useSectionInView';
import { useSectionReadReport } from '../reader/useSectionReadReport';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useApiQuery } from '../state/useApiQuery';
import { useContentVersion } from '../state/WorkspaceContext';

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

function Reader({ view, anchor }: { view: PlaybookView; anchor?: string }) {
  const { t } = useI18n();
  const body = useRef<HTMLDivElement>(null);
  const slots = useBlockSlots(body, view.html);
  const tickSheet = useChecklistTicks(body, view.html, view);
  useScrollToAnchor(body, anchor, view.html);
  const anchors = useMemo(() => view.toc.map((entry) => entry.anchor), [view.toc]);
  const inView = useSectionInView(body, anchors, view.html);
  useSectionReadReport(view.id, view.lang, inView);
  // The section being read wins; until the page has scrolled, the deep link's section (a block's anchor starts with its section's).
  const currentSection = inView !== undefined ? inView : anchors.find((section) => anchor === section || anchor?.startsWith(`${section}--`));

  return (
    <div className="reader">
      <article className="reader-article" aria-labelledby="reader-title">
        <ReaderHeader view={view} anchor={anchor} />
        <div ref={body}>
          <RichHtml html={view.html} className="playbook-body" />
        </div>
        <BlockPins view={view} slots={slots} tickSheet={tickSheet} />
        <SectionBeyondNotes body={body} html={view.html} notes={view.beyond} />
        <footer className="reader-footer">
          <ReadToggle view={view} />
          <p className="source-ref">{t('reader.source', { file: view.source.path })}</p>
        </footer>
        <ReaderPractice view={view} />
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
      <ReaderToc view={view} currentSection={currentSection} />
    </div>
  );
}
