// Pin buttons placed into the rendered playbook beside each tactic and checklist (the HTML comes from the back end, so they go in through portals).
import { createPortal } from 'react-dom';
import type { PlaybookView } from '../../core/api/contract';
import { useI18n } from '../i18n/I18nContext';
import { PinButton } from '../prep/PinButton';
import type { BlockSlot } from './useBlockSlots';

/** `tickSheet`: the prep sheet a checklist's ticks go to, or none yet (a tick starts one). */
export function BlockPins({ view, slots, tickSheet }: { view: PlaybookView; slots: BlockSlot[]; tickSheet: string | null }) {
  const { t } = useI18n();
  return (
    <>
      {slots.map((slot) =>
        createPortal(
          <>
            {slot.kind === 'checklist' && <span className="block-hint">{tickSheet ? t('reader.ticksTo', { sheet: tickSheet }) : t('reader.ticksNew')}</span>}
            <PinButton item={{ kind: 'tactic', playbookId: view.id, anchor: slot.anchor, lang: view.lang }} label={slot.title} compact />
          </>,
          slot.slot,
          slot.anchor,
        ),
      )}
    </>
  );
}
