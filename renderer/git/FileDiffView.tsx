// The changed sections of one file against the last commit, loaded when the trainer opens the file.
import type { FileDiff } from '../../core/git/gitStatus';
import { QueryView } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { useApi } from '../state/ApiContext';
import { useApiQuery } from '../state/useApiQuery';
import { PartChangeView } from './PartChangeView';

export function FileDiffView({ path, revision }: { path: string; revision: number | undefined }) {
  const api = useApi();
  const query = useApiQuery<FileDiff>(() => api.gitDiff({ path }), [api, path, revision]);
  return <QueryView query={query}>{(diff) => <PartList diff={diff} />}</QueryView>;
}

function PartList({ diff }: { diff: FileDiff }) {
  const { t } = useI18n();
  if (diff.changes.length === 0) return <p className="hint">{t('git.noTextChange')}</p>;
  return (
    <ul className="diff-parts">
      {diff.changes.map((change) => (
        <PartChangeView key={`${change.status}:${change.key}`} change={change} />
      ))}
    </ul>
  );
}
