// After a route change the focus moves to the new screen's heading, so screen readers announce where the learner is.
import { useEffect, useRef, type RefObject } from 'react';
import type { Route } from '../routing/routes';

/** Moving within one playbook (TOC, internal links) keeps the reader's own focus and scroll handling. */
function isSamePage(a: Route, b: Route): boolean {
  return a.name === 'playbook' && b.name === 'playbook' && a.id === b.id;
}

/** How long to wait for a screen that is still loading to show its heading. */
const HEADING_WAIT_MS = 5000;

/**
 * Every screen change, the first one after signing in included, puts the focus on the new screen's heading, so
 * keyboard and screen-reader users start there instead of on `<body>`. A screen that is still loading gets its
 * heading focused when it appears; a screen that focused something itself (a search box, a deep-linked section,
 * a question) keeps it.
 */
export function useScreenFocus(area: RefObject<HTMLElement | null>, scroller: RefObject<HTMLElement | null>, route: Route): void {
  const previous = useRef<Route | null>(null);

  useEffect(() => {
    const before = previous.current;
    previous.current = route;
    if (before && (before === route || isSamePage(before, route))) return;
    if (before) scroller.current?.scrollTo?.(0, 0);
    const main = area.current;
    if (!main) return;

    const settle = (): boolean => {
      const active = document.activeElement;
      if (active && active !== main && main.contains(active)) return true;
      const heading = main.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
      return true;
    };

    const observer = new MutationObserver(() => {
      if (settle()) stop();
    });
    const timer = setTimeout(() => stop(), HEADING_WAIT_MS);
    const frame = requestAnimationFrame(() => {
      if (settle()) stop();
      else observer.observe(main, { childList: true, subtree: true });
    });
    function stop() {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      observer.disconnect();
    }
    return stop;
  }, [area, scroller, route]);
}
