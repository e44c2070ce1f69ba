// The trainer's "Changes" panel for a workspace kept in Git: branch and ahead/behind, the changed files with
// their section diffs, and Commit, Pull and Push with their outcomes. Shows nothing outside a repository.
import { useId, useState, type FormEvent } from 'react';
import type { FileChange, GitRepositoryStatus } from '../../core/git/gitStatus';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/I18nContext';
import { FileDiffView } from './FileDiffView';
import { GitSettingsForm } from './GitSettingsForm';
import { useGitChanges, type GitChanges } from './useGitChanges';
import './changes.css';

const FILE_STATUS: Record<FileChange['status'], MessageKey> = {
  added: 'git.fileAdded',
  modified: 'git.fileModified',
  deleted: 'git.fileDeleted',
};

export function ChangesPanel({ revision }: { revision: number | undefined }) {
  const git = useGitChanges(revision);
  const status = git.status.state.data;
  if (!status?.repository) return null;
  return <RepositoryChanges status={status} git={git} revision={revision} />;
}

function RepositoryChanges({ status, git, revision }: { status: GitRepositoryStatus; git: GitChanges; revision: number | undefined }) {
  const { t } = useI18n();
  const titleId = useId();
  const [open, setOpen] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const canSync = status.branch !== null && status.upstream !== null;

  const onCommit = async (event: FormEvent) => {
    event.preventDefault();
    if (await git.commit(message.trim())) setMessage('');
  };

  return (
    <section className="card changes-panel" aria-labelledby={titleId}>
      <div className="changes-head">
        <h2 id={titleId} className="changes-title">
          {t('git.title')}
        </h2>
        <p className="changes-branch">
          {status.branch ? t('git.onBranch', { branch: status.branch }) : t('git.detached')}
          {status.upstream ? (
            <span className="hint"> · {t('git.aheadBehind', { ahead: status.ahead, behind: status.behind, upstream: status.upstream })}</span>
          ) : (
            <span className="hint"> · {t('git.noUpstream')}</span>
          )}
        </p>
        <div className="changes-actions">
          <button type="button" className="button button-small" disabled={git.busy || !canSync} onClick={() => void git.fetch()}>
            {t('git.check')}
          </button>
          <button type="button" className="button button-small" disabled={git.busy || !canSync} onClick={() => void git.pull()}>
            {t('git.pull')}
          </button>
          <button type="button" className="button button-small" disabled={git.busy || !canSync} onClick={() => void git.push()}>
            {t('git.push')}
          </button>
        </div>
      </div>

      {git.outcome && (
        <div className={git.outcome.ok ? 'changes-outcome' : 'notice changes-outcome changes-outcome-problem'} role={git.outcome.ok ? 'status' : 'alert'}>
          <p>{git.outcome.message}</p>
          {git.outcome.files && git.outcome.files.length > 0 && (
            <ul className="changes-outcome-files">
              {git.outcome.files.map((file) => (
                <li key={file}>
                  <code>{file}</code>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      {status.files.length === 0 ? (
        <p className="hint">{t('git.clean')}</p>
      ) : (
        <>
          <h3 className="changes-subtitle">{t('git.changedFiles', { count: status.files.length })}</h3>
          <ul className="changes-files">
            {status.files.map((file) => (
              <li key={file.path}>
                <button type="button" className="changes-file" aria-expanded={open === file.path} onClick={() => setOpen(open === file.path ? null : file.path)}>
                  <span className={`diff-badge diff-badge-${file.status}`}>{t(FILE_STATUS[file.status])}</span> <code>{file.path}</code>
                </button>
                {open === file.path && <FileDiffView path={file.path} revision={revision} />}
              </li>
            ))}
          </ul>
          <form className="changes-commit" onSubmit={onCommit}>
            <label htmlFor={`${titleId}-message`}>{t('git.commitMessage')}</label>
            <textarea id={`${titleId}-message`} rows={2} value={message} onChange={(event) => setMessage(event.target.value)} placeholder={t('git.commitPlaceholder')} />
            <button type="submit" className="button button-primary button-small" disabled={git.busy || !message.trim() || status.branch === null}>
              {t('git.commit')}
            </button>
          </form>
        </>
      )}
      <details className="changes-settings">
        <summary>{t('git.settings')}</summary>
        <GitSettingsForm />
      </details>
    </section>
  );
}
