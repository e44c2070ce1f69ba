// Which link and image targets content may use. One policy, shared by the renderer (which drops what it refuses)
// and by content validation (which reports it at its line), so what `pbt check` accepts is what the app shows.

/** A playbook id: lower-case kebab-case. */
export const PLAYBOOK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type LinkTarget =
  | { kind: 'external'; href: string }
  | { kind: 'internal'; playbook: string | null; anchor: string | null }
  | { kind: 'refused'; reason: string };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Percent-decoding that never throws: a malformed escape leaves the text as it is. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Classifies a link target as written (or as markdown-it normalised it): `http(s):` and `mailto:` are external,
 * `playbook-id`, `playbook-id#anchor` and `#anchor` (same playbook) are internal, everything else is refused.
 */
export function classifyLink(rawHref: string): LinkTarget {
  const href = rawHref.trim();
  const scheme = SCHEME.exec(href)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    return /^https?:\/\/[^/\s]/i.test(href) ? { kind: 'external', href } : { kind: 'refused', reason: 'a web link needs a host, like https://example.com' };
  }
  if (scheme === 'mailto') return { kind: 'external', href };
  if (scheme) return { kind: 'refused', reason: `"${scheme}:" links are not allowed; use http(s):, mailto: or playbook-id#anchor` };
  const hash = href.indexOf('#');
  const playbook = hash < 0 ? href : href.slice(0, hash);
  const anchor = hash < 0 ? null : safeDecode(href.slice(hash + 1));
  if (playbook === '' && anchor) return { kind: 'internal', playbook: null, anchor };
  if (PLAYBOOK_ID.test(playbook) && anchor !== '') return { kind: 'internal', playbook, anchor };
  return {
    kind: 'refused',
    reason: `"${href}" is not a link the app can follow; use http(s):, mailto: or an internal playbook-id#anchor`,
  };
}

export type ImageTarget = { kind: 'relative'; path: string } | { kind: 'refused'; reason: string };

/**
 * Resolves an image path written in a document against that document's folder, both relative to the content root
 * (`/`-separated). Only plain relative paths that stay inside the root are accepted: no scheme (data:, javascript:,
 * http:), no absolute path, no `..` that climbs above the root.
 */
export function resolveImagePath(rawSrc: string, documentPath: string): ImageTarget {
  const src = safeDecode(rawSrc.trim());
  if (src === '') return { kind: 'refused', reason: 'the image has no path' };
  if (SCHEME.test(src)) return { kind: 'refused', reason: `images must be files inside the content folder, not "${src.split(':')[0]}:" URLs` };
  if (/^[/\\]/.test(src)) return { kind: 'refused', reason: 'image paths must be relative to the document, not absolute' };
  if (src.includes('\\')) return { kind: 'refused', reason: 'image paths use "/" as separator' };
  const parts = documentPath.split('/').slice(0, -1);
  for (const part of src.split(/[?#]/)[0]!.split('/')) {
    if (part === '..') {
      if (parts.length === 0) return { kind: 'refused', reason: `"${src}" points outside the content folder` };
      parts.pop();
    } else if (part !== '.' && part !== '') {
      parts.push(part);
    }
  }
  return { kind: 'relative', path: parts.join('/') };
}
