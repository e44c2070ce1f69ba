// Which paths a content pack may hold. A pack comes from elsewhere, so a path is checked before anything is
// done with it: it must stay inside the folder it is unpacked into (no `..`, no absolute or drive path, no
// backslashes) and name a content file or an image where content lives.
import type { ContentKind } from '../../model';
import { CONTENT_LAYOUT, contentKindOf } from '../../content/parseContentFile';

export const MANIFEST_FILE = 'manifest.json';

export const PACK_ENTRY_KINDS = [...(Object.keys(CONTENT_LAYOUT) as ContentKind[]), 'image'] as const;
export type PackEntryKind = ContentKind | 'image';

/** The top-level folders content lives in (`playbooks`, `content`, …): all a pack writes into. */
export const CONTENT_FOLDERS = [...new Set(Object.values(CONTENT_LAYOUT).map((layout) => layout.folder.split('/')[0]!))];

/** Where content files of each kind go, for messages: `playbooks/, content/quizzes/, …`. */
export const CONTENT_FILE_FOLDERS = Object.values(CONTENT_LAYOUT).map((layout) => `${layout.folder}/`).join(', ');

/** Characters Windows refuses in file names, and control characters. */
const UNSAFE_CHARACTERS = /[<>:"|?*\u0000-\u001f]/;

/** Why `path` (as written in the zip) is not a safe relative path, or undefined when it is. */
export function unsafePathProblem(path: string): string | undefined {
  if (path === '') return 'an entry without a name';
  if (path.startsWith('/') || /^[a-zA-Z]:/.test(path)) return 'an absolute path';
  if (path.includes('\\')) return 'a backslash in the path (zip paths use "/")';
  if (UNSAFE_CHARACTERS.test(path)) return 'a character that is not allowed in file names';
  const segments = path.replace(/\/$/, '').split('/');
  if (segments.includes('..')) return 'a ".." segment that climbs out of the folder';
  if (segments.some((s) => s === '' || s === '.')) return 'an empty or "." segment';
  return undefined;
}

/** What a safe path holds in a pack: a content file, an image, or undefined for anything else. */
export function packEntryKind(path: string, isImage: (path: string) => boolean): PackEntryKind | undefined {
  const kind = contentKindOf(path);
  if (kind) return kind;
  return isPackFolderPath(path) && isImage(path) ? 'image' : undefined;
}

/** True for a path inside one of the content folders (images elsewhere in a content root do not travel in packs). */
export function isPackFolderPath(path: string): boolean {
  return CONTENT_FOLDERS.some((folder) => path.startsWith(`${folder}/`));
}
