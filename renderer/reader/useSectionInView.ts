// The table of contents follows the reading: which section is on screen now.
import { useEffect, useState, type RefObject } from 'react';

/**
 * Where the eye is while reading: a band a quarter of the way down the viewport, below the sticky top bar.
 * The section owning whatever crosses it is the one being read.
 */
const READING_BAND = '-25% 0px -65% 0px';

/**
 * The section being read while the learner scrolls: every top-level element of the rendered body is watched
 * with an IntersectionObserver and belongs to the section heading before it, so a jump (a deep link, a TOC
 * click) lands on the right section as surely as slow scrolling does.
 * Undefined until the observer has reported; null while the text before the first section is in view.
 *
 * @param body the element whose first child holds the rendered playbook HTML
 */
export function useSectionInView(body: RefObject<HTMLElement | null>, anchors: readonly string[], html: string): string | null | undefined {
  const [current, setCurrent] = useState<string | null | undefined>(undefined);
  const anchorsKey = anchors.join('\n');
  useEffect(() => {
    const children = Array.from(body.current?.firstElementChild?.children ?? []);
    if (children.length === 0 || typeof IntersectionObserver === 'undefined') return;
    const headings = new Set(anchorsKey.split('\n'));
    const sectionOf = new Map<Element, string | null>();
    let section: string | null = null;
    for (const child of children) {
      if (headings.has(child.id)) section = child.id;
      sectionOf.set(child, section);
    }
    const inBand = new Set<Element>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) inBand.add(entry.target);
          else inBand.delete(entry.target);
        }
        // Between two elements (a margin in the band) the last answer stands.
        const first = children.find((child) => inBand.has(child));
        if (first) setCurrent(sectionOf.get(first) ?? null);
      },
      { rootMargin: READING_BAND },
    );
    children.forEach((child) => observer.observe(child));
    return () => observer.disconnect();
  }, [body, anchorsKey, html]);
  return current;
}
