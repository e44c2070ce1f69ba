// The blocks the editor's toolbar inserts into a playbook, worded in the playbook's language (not the UI's).
import type { BlockKind } from '../../core/model';
import type { Translate } from '../i18n/I18nContext';

export const BLOCK_SNIPPETS = ['tactic', 'pitfall', 'example', 'checklist'] as const satisfies readonly BlockKind[];
export type SnippetKind = (typeof BLOCK_SNIPPETS)[number];

/** A `::: kind Title` … `:::` container with placeholder text, set off by blank lines so it starts a block of its own. */
export function blockSnippet(kind: SnippetKind, t: Translate): string {
  const body = kind === 'checklist' ? [`- [ ] ${t('snippet.checklistItem')}`, `- [ ] ${t('snippet.checklistItem')}`] : [t(`snippet.${kind}Body`)];
  return ['', `::: ${kind} ${t(`snippet.${kind}Title`)}`, ...body, ':::', ''].join('\n');
}
