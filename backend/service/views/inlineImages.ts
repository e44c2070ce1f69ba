// A standalone file (an exported prep sheet, the page printed to PDF) has no host behind it to serve
// `/content/...` images: each one travels inside the file as a data URI, or becomes its alt text when it is
// too large to carry or cannot be found.
import { readFile, stat } from 'node:fs/promises';
import { contentFileFor } from '../../hosting/contentUrls';
import { imageMimeType } from '../../files/mimeTypes';

/** Above this an image would bloat the file (and the PDF) more than it helps a meeting sheet. */
export const MAX_INLINE_IMAGE_BYTES = 512 * 1024;

// The one shape core/markdown renders images in: `<img src="…" alt="…"[ title="…"] loading="lazy">`.
const IMAGE_TAG = /<img src="([^"]*)" alt="([^"]*)"((?: title="[^"]*")?) loading="lazy">/g;

const unescapeAttribute = (value: string) => value.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

async function dataUri(src: string, roots: readonly string[]): Promise<string | null> {
  const file = await contentFileFor(roots, unescapeAttribute(src));
  const mime = file && imageMimeType(file);
  if (!file || !mime || (await stat(file)).size > MAX_INLINE_IMAGE_BYTES) return null;
  return `data:${mime};base64,${(await readFile(file)).toString('base64')}`;
}

/** Rendered HTML with its content images inlined; loaded eagerly, since a printed page does not scroll them into view. */
export async function inlineContentImages(html: string, roots: readonly string[]): Promise<string> {
  const tags = [...html.matchAll(IMAGE_TAG)];
  const uris = await Promise.all(tags.map(([, src = '']) => dataUri(src, roots)));
  let index = 0;
  return html.replace(IMAGE_TAG, (_tag, _src: string, alt: string, title: string) => {
    const uri = uris[index++];
    return uri ? `<img src="${uri}" alt="${alt}"${title}>` : `<span class="image-refused">${alt}</span>`;
  });
}
