// Finding the item an authoring call names, and getting a copy of it in the workspace to edit: the built-in pack
// is read-only, so changing a built-in item first forks it (copies its file, and the images it shows, into the
// workspace at the same path, where it overrides the built-in one by id and language).
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../core/api/contract';
import type { SourceText } from '../../../core/authoring/sourceText';
import { parseContentFile } from '../../../core/content/parseContentFile';
import type { ContentItem, ContentKind, ContentSet, Lang } from '../../../core/model';
import type { Workspace } from '../../workspace/Workspace';

const COLLECTION: Record<ContentKind, keyof Omit<ContentSet, 'diagnostics'>> = {
  playbook: 'playbooks',
  quiz: 'quizzes',
  case: 'cases',
  path: 'paths',
  lesson: 'lessons',
  glossary: 'glossaries',
};

export function itemsOfKind(content: ContentSet, kind: ContentKind): readonly ContentItem[] {
  return content[COLLECTION[kind]];
}

/** The item of this kind, id and language exactly (authoring never falls back to the other language). */
export function requireExactItem(content: ContentSet, kind: ContentKind, id: string, lang: Lang): ContentItem {
  const found = itemsOfKind(content, kind).find((item) => item.id === id && item.lang === lang);
  if (!found) throw new ApiError('not-found', `No ${kind} "${id}" in ${lang} in the loaded content.`);
  return found;
}

/** A lesson by id, in whichever language it was written. */
export function requireLesson(content: ContentSet, lessonId: string) {
  const lesson = content.lessons.find((candidate) => candidate.id === lessonId);
  if (!lesson) throw new ApiError('not-found', `No lesson "${lessonId}" in the workspace.`);
  return lesson;
}

export interface EditableCopy {
  file: SourceText;
  /** True when the item was built-in and has just been copied into the workspace. */
  forked: boolean;
}

/** The item's file as it is on disk, by its path in its content root. */
export async function itemFile(workspace: Workspace, item: ContentItem): Promise<SourceText> {
  const location = workspace.locate(item);
  return { path: location.path, text: await readFile(location.absolute, 'utf8') };
}

/** The item's file in the workspace, forking a built-in item first. */
export async function editableCopy(workspace: Workspace, item: ContentItem): Promise<EditableCopy> {
  const folder = workspace.requireDir();
  const location = workspace.locate(item);
  const { text } = await itemFile(workspace, item);
  if (location.root === 'workspace') return { file: { path: location.path, text }, forked: false };
  const existing = await workspace.readWorkspaceFile(location.path);
  if (existing !== undefined) {
    throw new ApiError('conflict', `The workspace already has a file at ${location.path} that is not this ${item.kind}; move it before forking "${item.id}".`);
  }
  const exists = (file: string) => access(file).then(() => true, () => false);
  const images = (parseContentFile(item.kind, text, item.source).images ?? []).map((image) => ({
    from: path.join(item.source.root, ...image.path.split('/')),
    to: image.path,
    target: path.join(folder, ...image.path.split('/')),
  }));
  const wanted = await Promise.all(images.map(async (image) => (await exists(image.from)) && !(await exists(image.target))));
  const copies = images.filter((_, i) => wanted[i]).map(({ from, to }) => ({ from, to }));
  await workspace.write([{ path: location.path, text }], copies);
  return { file: { path: location.path, text }, forked: true };
}
