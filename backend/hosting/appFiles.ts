// What both hosts serve besides the API: the built renderer and the images of the content roots.
import { contentFileFor, CONTENT_URL_PREFIX } from './contentUrls';
import { appMimeType, imageMimeType } from '../files/mimeTypes';
import { decodeUrlComponent } from '../files/decodeUrlComponent';
import { existingFileInside } from '../files/pathInside';
import type { HostKind } from './securityHeaders';
import { contentSecurityPolicy, RESOURCE_CSP, securityHeaders } from './securityHeaders';

export interface AppFile {
  file: string;
  type: string;
}

/** Maps a URL path (already without query) to a file to send, or null for "not found". */
export async function resolveAppFile(
  rendererDir: string,
  contentRoots: readonly string[],
  urlPath: string,
): Promise<AppFile | null> {
  if (urlPath.startsWith(CONTENT_URL_PREFIX)) {
    const file = await contentFileFor(contentRoots, urlPath);
    const type = file && imageMimeType(file);
    return file && type ? { file, type } : null;
  }
  const relative = urlPath === '/' ? 'index.html' : decodeUrlComponent(urlPath.slice(1));
  if (relative === null) return null;
  const file = await existingFileInside(rendererDir, relative);
  const type = file && appMimeType(file);
  return file && type ? { file, type } : null;
}

/** Response headers for a served file: the host's CSP on the app page, the locked-down one on everything else. */
export function appFileHeaders(found: AppFile, host: HostKind): Record<string, string> {
  const isPage = found.type.startsWith('text/html');
  return { ...securityHeaders(isPage ? contentSecurityPolicy(host) : RESOURCE_CSP), 'Content-Type': found.type };
}
