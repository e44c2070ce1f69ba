// The editor's right pane: the file being typed, shown as learners will see it.
import { useRef, useState } from 'react';
import type { DraftView } from '../../core/api/authoringContract';
import type { ContentItem, ContentKind, LearningPath, Playbook } from '../../core/model';
import { RichHtml } from '../components/RichHtml';
import { Loading } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { PlaybookBeyondNotes, SectionBeyondNotes } from '../reader/BeyondNotice';
import { CaseGraphView } from './CaseGraphView';
import { QuizPreview } from './QuizPreview';
import type { DraftCheck } from './useDraftCheck';

interface DraftPreviewProps {
  kind: ContentKind;
  check: DraftCheck;
  /** Moves the editor's cursor to a 1-based line (a step of the case graph). */
  onJump: (line: number) => void;
}

/**
 * The draft as learners will see it, rendered by the reader's and players' own code. While the text has errors
 * of its own, the last version that parsed stays on screen.
 */
export function DraftPreview({ kind, check, onJump }: DraftPreviewProps) {
  const { t } = useI18n();
  const [lastGood, setLastGood] = useState<DraftView | null>(null);
  if (check.draft?.item && check.draft !== lastGood) setLastGood(check.draft);

  if (kind === 'case') {
    return check.graph ? <CaseGraphView graph={check.graph} onJump={onJump} /> : <Loading />;
  }
  if (!lastGood?.item) return check.draft ? <p className="hint">{t('editor.previewNone')}</p> : <Loading />;
  return (
    <>
      {check.draft !== lastGood && <p className="hint">{t('editor.previewStale')}</p>}
      <ItemPreview item={lastGood.item} html={lastGood.html} onJump={onJump} />
    </>
  );
}

function ItemPreview({ item, html, onJump }: { item: ContentItem; html?: string; onJump: (line: number) => void }) {
  const { t } = useI18n();
  switch (item.kind) {
    case 'playbook':
      return <PlaybookPreview playbook={item} html={html ?? ''} />;
    case 'quiz':
      return <QuizPreview quiz={item} onJump={onJump} />;
    case 'path':
      return <PathPreview path={item} />;
    case 'lesson':
      return (
        <article className="preview-lesson">
          <p className="eyebrow">{t('lessons.kind')}</p>
          <p className="page-title preview-title">{item.title}</p>
          <RichHtml html={html ?? ''} className="playbook-body" />
        </article>
      );
    case 'case':
      return null;
  }
}

function PlaybookPreview({ playbook, html }: { playbook: Playbook; html: string }) {
  const { t } = useI18n();
  const body = useRef<HTMLDivElement>(null);
  const beyond = playbook.beyond ?? [];
  return (
    <article className="preview-playbook">
      <header className="reader-header">
        <p className="eyebrow">{t('kind.playbook')}</p>
        <p className="page-title preview-title">{playbook.title}</p>
        {playbook.summary && <p className="page-subtitle">{playbook.summary}</p>}
        <PlaybookBeyondNotes notes={beyond} />
      </header>
      <div ref={body}>
        <RichHtml html={html} className="playbook-body" />
      </div>
      <SectionBeyondNotes body={body} html={html} notes={beyond} />
    </article>
  );
}

function PathPreview({ path }: { path: LearningPath }) {
  const { t } = useI18n();
  return (
    <article className="preview-path">
      <p className="eyebrow">{t(`role.${path.role}`)}</p>
      <p className="page-title preview-title">{path.title}</p>
      {path.competencies.map((competency) => (
        <section key={competency.id} className="preview-competency">
          <h3 className="section-title">{competency.title}</h3>
          <ol className="preview-modules">
            {path.modules
              .filter((module) => module.competency === competency.id)
              .map((module) => (
                <li key={`${module.kind}:${module.id}`}>
                  <span className={`badge badge-${module.kind}`}>{t(`kind.${module.kind}`)}</span> <code>{module.id}</code>
                </li>
              ))}
          </ol>
        </section>
      ))}
    </article>
  );
}
