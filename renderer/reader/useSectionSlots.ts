// Places under section headings in the injected playbook HTML where React adds its own notes.
import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * An empty element right under the heading of each of these sections in the injected body HTML, for React to fill
 * through a portal (as `useBlockSlots` does for blocks). Sections not found in the body get no slot.
 */
export function useSectionSlots(container: RefObject<HTMLElement | null>, html: string, anchors: readonly string[]): Map<string, HTMLElement> {
  const [slots, setSlots] = useState<Map<string, HTMLElement>>(new Map());
  const key = anchors.join('\n');
  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    const found = new Map<string, HTMLElement>();
    for (const anchor of new Set(key ? key.split('\n') : [])) {
      const heading = [...root.querySelectorAll<HTMLElement>('h2[id]')].find((element) => element.id === anchor);
      if (!heading) continue;
      const slot = document.createElement('div');
      slot.className = 'section-notes';
      heading.after(slot);
      found.set(anchor, slot);
    }
    setSlots(found);
    return () => found.forEach((slot) => slot.remove());
  }, [container, html, key]);
  return slots;
}
