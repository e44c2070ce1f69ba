// Fingerprints of what a question or case refers to (`playbook-id#anchor`), so a change to that text can be
// noticed later: by the author (items to re-check) and by learners who answered before the change.
import type { ContentSet, Lang, Playbook } from '../model';
import { splitRef } from '../content/parseResult';

/** A short, stable fingerprint of a text (cyrb53: fast, well spread; not for security). */
function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** Trailing spaces and blank lines at the edges do not change what a learner reads. */
function normalised(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/** The Markdown a reference points at: a section (with its heading) or block, or the whole body without an anchor. */
function referencedText(playbook: Playbook, anchor: string | undefined): string | undefined {
  if (!anchor) return playbook.body;
  const section = playbook.sections.find((candidate) => candidate.anchor === anchor);
  if (section) return `${section.title}\n${section.markdown}`;
  const block = playbook.blocks.find((candidate) => candidate.anchor === anchor);
  return block && `${block.title}\n${block.markdown}`;
}

/** The fingerprint of what `ref` points at in the `lang` playbook; undefined when it does not resolve. */
export function sectionHash(content: ContentSet, ref: string | undefined, lang: Lang): string | undefined {
  if (!ref) return undefined;
  const [id, anchor] = splitRef(ref);
  const playbook = content.playbooks.find((candidate) => candidate.id === id && candidate.lang === lang);
  const text = playbook && referencedText(playbook, anchor);
  return text === undefined ? undefined : hashText(normalised(text));
}

/** `zh-CN:discovery-call#prep`: the key of a referenced section in a table of fingerprints. */
export function sectionKey(lang: Lang, ref: string): string {
  return `${lang}:${ref}`;
}
