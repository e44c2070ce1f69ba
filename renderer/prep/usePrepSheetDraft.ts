// A prep sheet being edited: the fields, pins and ticks as typed, saved on their own a moment after the last change.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PrepItemRef, PrepItemView, PrepSheetView } from '../../core/api/contract';
import { messageOf } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useNotify } from '../state/ToastContext';
import { useSheetChanges } from './prepSheetEvents';

export interface SheetFields {
  title: string;
  customer: string;
  date: string;
  goal: string;
  notes: string;
}

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'error';

const AUTOSAVE_MS = 600;

function sameItem(a: PrepItemRef, b: PrepItemRef): boolean {
  return a.kind === b.kind && a.playbookId === b.playbookId && a.anchor === b.anchor && a.lang === b.lang;
}

export function usePrepSheetDraft(sheet: PrepSheetView, onSaved: (sheet: PrepSheetView) => void) {
  const api = useApi();
  const { t } = useI18n();
  const { profile } = useSession();
  const notify = useNotify();
  const [fields, setFields] = useState<SheetFields>({ title: sheet.title, customer: sheet.customer, date: sheet.date, goal: sheet.goal, notes: sheet.notes });
  const [items, setItems] = useState<PrepItemView[]>(sheet.itemViews);
  const [checked, setChecked] = useState<string[]>(sheet.checked);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const latest = useRef({ fields, items, checked, status, onSaved });
  latest.current = { fields, items, checked, status, onSaved };

  const save = useCallback(async () => {
    const { fields: f, items: list, checked: ticks } = latest.current;
    setStatus('saving');
    try {
      const saved = await api.savePrepSheet({
        profileId: profile.id,
        sheetId: sheet.id,
        sheet: { ...f, items: list.map(({ kind, playbookId, anchor, lang }) => ({ kind, playbookId, anchor, lang })), checked: ticks },
      });
      setStatus('saved');
      latest.current.onSaved(saved);
    } catch (error) {
      setStatus('error');
      notify(messageOf(error, t('state.errorUnknown')), { tone: 'error' });
    }
  }, [api, profile.id, sheet.id, notify, t]);

  useEffect(() => {
    if (status !== 'dirty') return;
    const timer = setTimeout(() => void save(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [status, fields, items, checked, save]);

  // Leaving the sheet (another sheet, another screen) must not lose the last keystrokes.
  useEffect(
    () => () => {
      if (latest.current.status === 'dirty') void save();
    },
    [save],
  );

  // A pin or tick from the palette or another screen: take its items and ticks, keep the fields being typed.
  useSheetChanges((changed) => {
    if (changed.id !== sheet.id) return;
    setItems(changed.itemViews);
    // Ticks not saved yet are newer than the announced ones; the autosave sends them with the new items.
    if (latest.current.status !== 'dirty') setChecked(changed.checked);
  });

  const changed = () => setStatus('dirty');
  return {
    fields,
    items,
    checked,
    status,
    /** Before a pin: edits not sent yet go first, so the pinned sheet the back end returns has them. */
    saveIfDirty: () => (status === 'dirty' ? save() : Promise.resolve()),
    /** Before an export: the file must show the sheet as it is on screen, even after a failed save. */
    saveUnlessSaved: () => (status !== 'saved' ? save() : Promise.resolve()),
    edit: (patch: Partial<SheetFields>) => {
      setFields((f) => ({ ...f, ...patch }));
      changed();
    },
    toggleCheck: (key: string) => {
      setChecked((list) => (list.includes(key) ? list.filter((k) => k !== key) : [...list, key]));
      changed();
    },
    remove: (item: PrepItemView) => {
      setItems((list) => list.filter((i) => !sameItem(i, item)));
      changed();
    },
    /** The sheet as the back end returned it after a pin. */
    takePinned: (updated: PrepSheetView) => setItems(updated.itemViews),
  };
}
