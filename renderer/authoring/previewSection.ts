// Which section of a playbook's Markdown the cursor is in, so the preview can show that section.

export interface SectionHeading {
  title: string;
  /** The explicit `{#anchor}`, when written. */
  anchor?: string;
}

const SECTION_HEADING = /^##\s+(.*?)(?:\s+\{#([^}\s]+)\})?\s*$/;

/** The `## ` heading at or above 1-based `line`, or undefined above the first one (the intro). */
export function sectionAt(text: string, line: number): SectionHeading | undefined {
  const lines = text.split('\n').slice(0, line);
  let inFence = false;
  let found: SectionHeading | undefined;
  for (const current of lines) {
    if (/^\s*(```|~~~)/.test(current)) inFence = !inFence;
    const match = inFence ? null : SECTION_HEADING.exec(current);
    if (match) found = { title: match[1]!, ...(match[2] ? { anchor: match[2] } : {}) };
  }
  return found;
}

/** The heading element of that section in the rendered preview (by explicit anchor, else by its text). */
export function findSectionHeading(preview: HTMLElement, section: SectionHeading): HTMLElement | undefined {
  const headings = Array.from(preview.querySelectorAll<HTMLElement>('h2[id]'));
  return headings.find((heading) => (section.anchor ? heading.id === section.anchor : heading.textContent?.trim() === section.title.replace(/[*_`]/g, '').trim()));
}
