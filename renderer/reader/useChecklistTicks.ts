// Checklists in a playbook can be ticked straight into the prep sheet for the next meeting.
import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import type { PrepItemRef, PrepSheetView } from '../../core/api/contract';
import type { Lang } from '../../core/model';
import { useI18n } from '../i18n/I18nContext';
import { announceSheetChange, useSheetChanges } from '../prep/prepSheetEvents';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useNotify } from '../state/ToastContext';

const sameItem = (a: PrepItemRef, b: PrepItemRef) => a.kind === b.kind && a.playbookId === b.playbookId && a.anchor === b.anchor && a.lang === b.lang;

/**
 * Makes the checklist blocks of a rendered playbook tickable into the current prep sheet: a tick pins the block to
 * the sheet (a new one when there is none) and ticks the item there; the boxes show the sheet's ticks, and follow
 * changes made elsewhere. Returns the sheet's title, for saying where the ticks go (null before there is a sheet).
 */
export function useChecklistTicks(container: RefObject<HTMLElement | null>, html: string, playbook: { id: string; lang: Lang }): string | null {
  const api = useApi();
  const { t } = useI18n();
  const notify = useNotify();
  const { profile, activeSheetId, setActiveSheetId } = useSession();
  const [sheet, setSheet] = useState<PrepSheetView | null>(null);

  useEffect(() => {
    if (!activeSheetId) return;
    let live = true;
    api.getPrepSheet({ profileId: profile.id, sheetId: activeSheetId }).then(
      (loaded) => live && setSheet(loaded),
      () => live && setSheet(null),
    );
    return () => {
      live = false;
    };
  }, [api, profile.id, activeSheetId]);

  useSheetChanges((changed) => {
    if (!activeSheetId || changed.id === activeSheetId) setSheet(changed);
  });

  const tick = useCallback(
    async (box: HTMLInputElement, item: PrepItemRef, index: number) => {
      try {
        const changed = await api.tickPrepChecklist({ profileId: profile.id, sheetId: activeSheetId, item, index, checked: box.checked });
        setActiveSheetId(changed.id);
        announceSheetChange(changed);
      } catch (error) {
        box.checked = !box.checked;
        notify(error instanceof Error ? error.message : t('state.errorUnknown'), { tone: 'error' });
      }
    },
    [api, profile.id, activeSheetId, setActiveSheetId, notify, t],
  );

  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    const undo: (() => void)[] = [];
    for (const block of root.querySelectorAll<HTMLElement>('section.block-checklist[id]')) {
      const item: PrepItemRef = { kind: 'tactic', playbookId: playbook.id, anchor: block.id, lang: playbook.lang };
      const keys = sheet?.itemViews.find((view) => sameItem(view, item))?.checklist.map((entry) => entry.key) ?? [];
      block.querySelectorAll<HTMLInputElement>('input.task-list-item-checkbox').forEach((box, index) => {
        box.disabled = false;
        box.checked = keys[index] !== undefined && (sheet?.checked.includes(keys[index]) ?? false);
        const onChange = () => void tick(box, item, index);
        box.addEventListener('change', onChange);
        undo.push(() => box.removeEventListener('change', onChange));
      });
    }
    return () => undo.forEach((remove) => remove());
  }, [container, html, playbook.id, playbook.lang, sheet, tick]);

  return sheet ? sheet.title || t('prep.untitled') : null;
}
