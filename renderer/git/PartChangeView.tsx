// One changed section, question or step: its text before and now, side by side (stacked on narrow screens).
// Colour is never the only sign: each side is labelled, and an added or removed part says so.
import type { PartChange } from '../../core/git/sectionDiff';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/I18nContext';

const STATUS_LABEL: Record<PartChange['status'], MessageKey> = {
  added: 'git.partAdded',
  removed: 'git.partRemoved',
  changed: 'git.partChanged',
};

export function partTitle(change: Pick<PartChange, 'kind' | 'label'>, t: ReturnType<typeof useI18n>['t']): string {
  switch (change.kind) {
    case 'front-matter':
      return t('git.partFrontMatter');
    case 'intro':
      return t('git.partIntro');
    case 'header':
      return t('git.partHeader');
    case 'question':
      return t('git.partQuestion', { id: change.label });
    case 'step':
      return t('git.partStep', { id: change.label });
    case 'file':
      return t('git.partFile');
    case 'section':
      return change.label;
  }
}

/** Before and after texts in two labelled columns; `beforeLabel` says where the old text comes from. */
export function TextSides({ before, after, beforeLabel, afterLabel }: { before?: string | undefined; after?: string | undefined; beforeLabel: string; afterLabel: string }) {
  const { t } = useI18n();
  return (
    <div className="diff-sides">
      <div className="diff-side diff-before">
        <p className="diff-side-label">{beforeLabel}</p>
        {before === undefined ? <p className="hint">{t('git.noText')}</p> : <pre className="diff-text">{before}</pre>}
      </div>
      <div className="diff-side diff-after">
        <p className="diff-side-label">{afterLabel}</p>
        {after === undefined ? <p className="hint">{t('git.noText')}</p> : <pre className="diff-text">{after}</pre>}
      </div>
    </div>
  );
}

export function PartChangeView({ change }: { change: PartChange }) {
  const { t } = useI18n();
  return (
    <li className="diff-part">
      <p className="diff-part-title">
        <strong>{partTitle(change, t)}</strong> <span className={`diff-badge diff-badge-${change.status}`}>{t(STATUS_LABEL[change.status])}</span>
      </p>
      <TextSides before={change.before} after={change.after} beforeLabel={t('git.beforeCommitted')} afterLabel={t('git.afterNow')} />
    </li>
  );
}
