// Where the team's records come from: a folder of NDJSON exports (a shared drive) or the LRS, and a refresh
// that reads only what is new. A load says what it read and which lines it skipped, by file and line.
import { useState } from 'react';
import type { TeamLoadResult } from '../../core/api/teamContract';
import { FormProblem, messageOf } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';

export function TeamSources({ folders, lrs, onLoaded }: { folders: string[]; lrs: string[]; onLoaded: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const { profile } = useSession();
  const [folder, setFolder] = useState(folders[0] ?? '');
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<TeamLoadResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const run = async (load: () => Promise<TeamLoadResult>) => {
    setBusy(true);
    setProblem(null);
    try {
      setReport(await load());
      onLoaded();
    } catch (error) {
      setProblem(messageOf(error, t('team.sources.failed')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card team-sources" aria-labelledby="team-sources-title">
      <h2 id="team-sources-title" className="section-title">
        {t('team.sources.title')}
      </h2>
      <form
        className="team-source-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (folder.trim()) void run(() => api.teamLoad({ profileId: profile.id, source: { kind: 'folder', path: folder.trim() } }));
        }}
      >
        <label className="field">
          <span className="field-label">{t('team.sources.folder')}</span>
          <input value={folder} onChange={(event) => setFolder(event.target.value)} placeholder={t('team.sources.folderPlaceholder')} />
        </label>
        <button type="submit" className="button button-primary" disabled={busy || !folder.trim()}>
          {t('team.sources.loadFolder')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void run(() => api.teamLoad({ profileId: profile.id, source: { kind: 'lrs' } }))}>
          {t('team.sources.loadLrs')}
        </button>
        {(folders.length > 0 || lrs.length > 0) && (
          <button type="button" className="button" disabled={busy} onClick={() => void run(() => api.teamRefresh({ profileId: profile.id }))}>
            {t('team.sources.refresh')}
          </button>
        )}
      </form>
      {(folders.length > 0 || lrs.length > 0) && <p className="hint">{t('team.sources.loaded', { sources: [...folders, ...lrs].join(', ') })}</p>}
      <FormProblem message={problem} />
      {report && (
        <div className="team-load-report" role="status">
          <p>{t('team.sources.report', { added: report.added, duplicates: report.duplicates, skipped: report.skipped, total: report.statements })}</p>
          {report.problems.length > 0 && (
            <ul className="team-problems">
              {report.problems.map((entry) => (
                <li key={`${entry.file}:${entry.line}`}>
                  <code>
                    {entry.file}:{entry.line}
                  </code>{' '}
                  {entry.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
