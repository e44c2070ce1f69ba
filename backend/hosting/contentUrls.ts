// Images in playbooks are written as paths relative to the Markdown file. The UI gets them as
// `/content/<root index>/<path inside that root>`, a URL both hosts serve from the same content roots,
// and only when the image stays inside the root its document comes from (symlinks included).
import path from 'node:path';
import { decodeUrlComponent } from '../files/decodeUrlComponent';
import { existingFileInside } from '../files/pathInside';
import { imageMimeType } from '../files/mimeTypes';

export const CONTENT_URL_PREFIX = '/content/';

/**
 * The `resolveImage` of `renderMarkdown` for documents of the content root `root`: an image path relative to
 * that root (already resolved by the Markdown layer) becomes its URL, when it is an image inside the root.
 */
export function contentImageUrls(roots: readonly string[], root: string): (rootPath: string) => string | null {
  const rootIndex = roots.findIndex((candidate) => path.resolve(candidate) === path.resolve(root));
  return (rootPath) => {
    const segments = rootPath.split('/').filter((segment) => segment !== '' && segment !== '.');
    if (rootIndex < 0 || segments.length === 0 || segments.includes('..') || !imageMimeType(rootPath)) return null;
    return `${CONTENT_URL_PREFIX}${rootIndex}/${segments.map(encodeURIComponent).join('/')}`;
  };
}

/** The image file a `/content/...` URL path names, or null when it is not one we serve. */
export async function contentFileFor(roots: readonly string[], urlPath: string): Promise<string | null> {
  if (!urlPath.startsWith(CONTENT_URL_PREFIX)) return null;
  const [indexText, ...segments] = urlPath.slice(CONTENT_URL_PREFIX.length).split('/');
  const root = /^\d+$/.test(indexText ?? '') ? roots[Number(indexText)] : undefined;
  if (root === undefined || segments.length === 0) return null;
  const decoded = segments.map(decodeUrlComponent);
  if (decoded.some((segment) => segment === null || segment.includes('/') || segment.includes('\\'))) return null;
  const file = await existingFileInside(root, path.join(...(decoded as string[])));
  return file && imageMimeType(file) ? file : null;
}
