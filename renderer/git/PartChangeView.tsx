// One changed section, question or step: its text before and now, side by side (stacked on narrow screens).
// Colour is never the only sign: each side is labelled, and an added or removed part says so.
import { useMemo } from 'react';
import { markChanges, type TextSpan } from '../../core/git/markChanges';
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

/** A long section scrolls inside its box: start it where the first change is, not at the top. */
function scrollToFirstMark(pre: HTMLPreElement | null): void {
  const mark = pre?.querySelector<HTMLElement>('del, ins');
  if (pre && mark) pre.scrollTop = Math.max(0, mark.offsetTop - pre.offsetTop - 2 * parseFloat(getComputedStyle(pre).lineHeight || '20'));
}

/**
 * Before and after texts in two labelled columns, the removed words struck through and the added ones underlined;
 * `beforeLabel` says where the old text comes from.
 */
export function TextSides({ before, after, beforeLabel, afterLabel }: { before?: string | undefined; after?: string | undefined; beforeLabel: string; afterLabel: string }) {
  const { t } = useI18n();
  const marked = useMemo(() => (before !== undefined && after !== undefined ? markChanges(before, after) : undefined), [before, after]);
  const side = (text: string | undefined, spans: TextSpan[] | undefined, Mark: 'del' | 'ins') => {
    if (text === undefined) return <p className="hint">{t('git.noText')}</p>;
    return (
      // Focusable, so a long text that scrolls in its box can be scrolled from the keyboard.
      <pre className="diff-text" ref={scrollToFirstMark} tabIndex={0}>
        {spans ? spans.map((span, i) => (span.changed ? <Mark key={i}>{span.text}</Mark> : span.text)) : text}
      </pre>
    );
  };
  return (
    <div className="diff-sides">
      <div className="diff-side diff-before">
        <p className="diff-side-label">{beforeLabel}</p>
        {side(before, marked?.before, 'del')}
      </div>
      <div className="diff-side diff-after">
        <p className="diff-side-label">{afterLabel}</p>
        {side(after, marked?.after, 'ins')}
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
