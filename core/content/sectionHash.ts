// Fingerprints of what a question or case refers to (`playbook-id#anchor`), so a change to that text can be
// noticed later: by the author (items to re-check) and by learners who answered before the change.
// The parser takes them (core/content/textFingerprint), so they are known without the Markdown at hand.
import type { ContentSet, Lang, Playbook } from '../model';
import { splitRef } from './parseResult';

/** The fingerprint of a section (with its heading) or block, or of the whole body without an anchor. */
function referencedHash(playbook: Playbook, anchor: string | undefined): string | undefined {
  if (!anchor) return playbook.bodyHash;
  const section = playbook.sections.find((candidate) => candidate.anchor === anchor);
  return (section ?? playbook.blocks.find((candidate) => candidate.anchor === anchor))?.hash;
}

/** The fingerprint of what `ref` points at in the `lang` playbook; undefined when it does not resolve. */
export function sectionHash(content: ContentSet, ref: string | undefined, lang: Lang): string | undefined {
  if (!ref) return undefined;
  const [id, anchor] = splitRef(ref);
  const playbook = content.playbooks.find((candidate) => candidate.id === id && candidate.lang === lang);
  return playbook && referencedHash(playbook, anchor);
}

/** `zh-CN:discovery-call#prep`: the key of a referenced section in a table of fingerprints. */
export function sectionKey(lang: Lang, ref: string): string {
  return `${lang}:${ref}`;
}
