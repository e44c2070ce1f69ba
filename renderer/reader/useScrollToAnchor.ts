// A deep link to a section or block must land there: scroll to it, move the focus to it, and mark it for a moment.
import { useEffect, type RefObject } from 'react';

const TARGET_MARK_MS = 2000;

export function useScrollToAnchor(container: RefObject<HTMLElement | null>, anchor: string | undefined, html: string) {
  useEffect(() => {
    if (!anchor || !container.current) return;
    const target = Array.from(container.current.querySelectorAll<HTMLElement>('[id]')).find((el) => el.id === anchor);
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
    target.classList.add('is-target');
    const timer = setTimeout(() => target.classList.remove('is-target'), TARGET_MARK_MS);
    return () => clearTimeout(timer);
  }, [container, anchor, html]);
}
