// Places in the injected playbook HTML where React adds a pin button to each tactic and checklist.
import { useLayoutEffect, useState, type RefObject } from 'react';
import type { BlockKind } from '../../core/model';

export interface BlockSlot {
  anchor: string;
  kind: BlockKind;
  title: string;
  /** An element inside the rendered block where React portals its actions. */
  slot: HTMLElement;
}

const PINNABLE: readonly BlockKind[] = ['tactic', 'checklist'];

/**
 * The rendered body is injected HTML, so per-block actions (pin a tactic) are added by finding the
 * blocks after each render and giving each an empty slot that React fills through a portal.
 */
export function useBlockSlots(container: RefObject<HTMLElement | null>, html: string): BlockSlot[] {
  const [slots, setSlots] = useState<BlockSlot[]>([]);
  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    const found: BlockSlot[] = [];
    for (const block of root.querySelectorAll<HTMLElement>('section.block[id]')) {
      const kind = PINNABLE.find((k) => block.classList.contains(`block-${k}`));
      if (!kind) continue;
      const slot = document.createElement('div');
      slot.className = 'block-actions';
      block.prepend(slot);
      const title = block.querySelector('.block-title')?.textContent?.trim() || block.id;
      found.push({ anchor: block.id, kind, title, slot });
    }
    setSlots(found);
    return () => found.forEach(({ slot }) => slot.remove());
  }, [container, html]);
  return slots;
}
