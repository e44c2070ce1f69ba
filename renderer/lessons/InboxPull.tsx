// The trainer collects lessons reps shared (from the learning record store or a folder) into the workspace's inbox.
import { useId, useState, type FormEvent } from 'react';
import type { PullReport } from '../../core/lessons/lessonInbox';
import { DiagnosticList } from '../components/DiagnosticList';
import { Icon } from '../components/Icon';
import { FormProblem } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { useApi } from '../state/ApiContext';
import { useApiQuery } from '../state/useApiQuery';
import { useBusyAction } from '../state/useBusyAction';

/**
 * The inbox's intake: collects the lessons reps shared (from the LRS) or exported into the lesson drop folder,
 * and says what came in and what could not be read. `onPulled` refreshes the list.
 */
export function InboxPull({ onPulled }: { onPulled: () => void }) {
  const api = useApi();
  const { t, date } = useI18n();
  const ids = useId();
  const settings = useApiQuery(() => api.lessonInboxSettings({}), [api]);
  const [folder, setFolder] = useState<string | null>(null);
  const { busy, problem, run } = useBusyAction();
  const [report, setReport] = useState<PullReport | null>(null);
  const current = settings.state.data;

  const pull = () =>
    run(async () => {
      setReport(await api.pullLessons({}));
      settings.reload();
      onPulled();
    });

  const saveFolder = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      settings.set(await api.setLessonDropFolder({ dir: folder ?? '' }));
      setFolder(null);
    });
  };

  return (
    <section className="card inbox-pull" aria-labelledby={`${ids}-title`}>
      <div className="inbox-pull-head">
        <div>
          <h2 id={`${ids}-title`} className="section-title">
            {t('inbox.title')}
          </h2>
          {current && <p className="hint">{t(current.lrs ? 'inbox.lrsOn' : 'inbox.lrsOff')}</p>}
          {current?.lastPull && <p className="hint">{t('inbox.lastPull', { date: date(current.lastPull) })}</p>}
        </div>
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void pull()}>
          <Icon name="inbox" />
          {t(busy ? 'inbox.collecting' : 'inbox.collect')}
        </button>
      </div>
      <form className="inbox-folder" onSubmit={saveFolder}>
        <label className="field-label" htmlFor={`${ids}-folder`}>
          {t('inbox.dropFolder')}
        </label>
        <span id={`${ids}-folder-hint`} className="hint">
          {t('inbox.dropFolderHint')}
        </span>
        <div className="inbox-folder-row">
          <input id={`${ids}-folder`} className="input" aria-describedby={`${ids}-folder-hint`} value={folder ?? current?.dropFolder ?? ''} placeholder={t('inbox.dropFolderNone')} onChange={(event) => setFolder(event.target.value)} />
          <button type="submit" className="button" disabled={busy || folder === null}>
            {t('inbox.dropFolderSave')}
          </button>
        </div>
      </form>
      <FormProblem message={problem} />
      {report && (
        <div role="status" className="inbox-report">
          <p>{t('inbox.report', { added: report.added.length, updated: report.updated.length, known: report.known })}</p>
          {report.lrs.status === 'failed' && <p className="notice">{t('inbox.lrsFailed', { message: report.lrs.message ?? '' })}</p>}
          {report.folder.status === 'failed' && <p className="notice">{report.folder.message}</p>}
          {report.diagnostics.length > 0 && (
            <>
              <p className="notice">{t('inbox.problems')}</p>
              <DiagnosticList diagnostics={report.diagnostics} />
            </>
          )}
        </div>
      )}
    </section>
  );
}
