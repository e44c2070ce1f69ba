// The trainer's editor on the back end: the workspace, reading and saving sources, checking drafts as they are
// typed, templates, forks, id renames across the workspace and the case graph.
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { DraftView, NewItemDraft, RenameResult, SavedSource, SourceView, WorkspaceView } from '../../../core/api/authoringContract';
import { ApiError } from '../../../core/api/contract';
import { caseGraph, type CaseGraph } from '../../../core/authoring/caseGraph';
import { itemTemplate, type TemplateFields } from '../../../core/authoring/itemTemplate';
import { renameId, type Rename } from '../../../core/authoring/renameId';
import type { RenamableKind } from '../../../core/authoring/sourceText';
import { validateDraft } from '../../../core/authoring/validateDraft';
import { playbookBody } from '../../../core/content/playbookBody';
import { itemId } from '../../../core/content/schemas';
import type { ContentItem, ContentKind, Lang } from '../../../core/model';
import type { Workspace } from '../../workspace/Workspace';
import type { ContentRenderer } from '../views/ContentRenderer';
import { editableCopy, itemFile, itemsOfKind, requireExactItem } from './workspaceItems';

export interface AuthoringDeps {
  workspace: Workspace;
  renderer: ContentRenderer;
  now: () => Date;
}

export class AuthoringFlow {
  constructor(private readonly deps: AuthoringDeps) {}

  view(): WorkspaceView {
    const { workspace } = this.deps;
    return {
      dir: workspace.dir,
      roots: workspace.roots.map((root) => ({ path: root, kind: root === workspace.dir ? 'workspace' : 'built-in' })),
      revision: workspace.revision,
      ...(workspace.notice ? { notice: workspace.notice } : {}),
    };
  }

  async open(dir: string | null): Promise<WorkspaceView> {
    await this.deps.workspace.openFolder(dir);
    return this.view();
  }

  /** `path` is where the draft will be saved in the workspace (it decides which loaded item the draft replaces). */
  async validate(kind: ContentKind, text: string, draftPath?: string): Promise<DraftView> {
    const { workspace, renderer } = this.deps;
    const root = workspace.dir ?? workspace.roots.at(-1)!;
    const file = path.join(root, ...(draftPath ?? `draft.${kind === 'playbook' || kind === 'lesson' ? 'md' : 'yaml'}`).split('/'));
    const check = validateDraft(kind, text, { root, file }, workspace.content);
    const missing = await Promise.all(check.images.map((image) => access(path.join(root, ...image.path.split('/'))).then(() => false, () => true)));
    const diagnostics = [
      ...check.diagnostics,
      ...check.images.filter((_, i) => missing[i]).map((image) => ({ file, line: image.line, column: image.column, severity: 'error' as const, message: `image "${image.path}" not found in the content folder` })),
    ];
    const { item } = check;
    const markdown = item && previewMarkdown(item, text);
    return {
      diagnostics,
      ...(item ? { item } : {}),
      ...(item && markdown !== undefined ? { html: renderer.render(markdown, item.source, item.kind === 'playbook' ? item.id : undefined) } : {}),
    };
  }

  async read(kind: ContentKind, id: string, lang: Lang): Promise<SourceView> {
    const item = requireExactItem(this.deps.workspace.content, kind, id, lang);
    const file = await itemFile(this.deps.workspace, item);
    return sourceView(item, this.deps.workspace.locate(item).root, file.path, file.text);
  }

  /** `expected`: what the file must hold for the save to go ahead (null: it must not exist); see the contract. */
  async save(filePath: string, text: string, expected?: string | null): Promise<SavedSource> {
    const { workspace } = this.deps;
    await workspace.write([{ path: filePath, text }], [], expected === undefined ? {} : { check: () => checkUnchanged(workspace, filePath, expected) });
    const absolute = path.join(workspace.requireDir(), ...filePath.split('/'));
    return { path: filePath, diagnostics: workspace.content.diagnostics.filter((d) => d.file === absolute), revision: workspace.revision };
  }

  template(kind: RenamableKind, fields: TemplateFields): NewItemDraft {
    const { content } = this.deps.workspace;
    if ((kind === 'quiz' || kind === 'path') && !fields.playbook) throw new ApiError('bad-request', `A new ${kind} needs the playbook it starts from ("playbook").`);
    if (fields.playbook && !content.playbooks.some((playbook) => playbook.id === fields.playbook)) throw new ApiError('not-found', `No playbook "${fields.playbook}".`);
    checkNewId(fields.id);
    return itemTemplate(kind, fields, content);
  }

  async fork(kind: RenamableKind, id: string, lang: Lang): Promise<SourceView> {
    const item = requireExactItem(this.deps.workspace.content, kind, id, lang);
    const { file } = await editableCopy(this.deps.workspace, item);
    return sourceView(item, 'workspace', file.path, file.text);
  }

  async rename(rename: Rename): Promise<RenameResult> {
    const { workspace } = this.deps;
    checkNewId(rename.to);
    const items = itemsOfKind(workspace.content, rename.kind);
    const named = items.filter((item) => item.id === rename.from);
    if (named.length === 0) throw new ApiError('not-found', `No ${rename.kind} "${rename.from}".`);
    if (items.some((item) => item.id === rename.to)) throw new ApiError('conflict', `A ${rename.kind} "${rename.to}" already exists; choose another id.`);
    const builtIn = named.filter((item) => workspace.locate(item).root === 'built-in');
    if (builtIn.length > 0) {
      throw new ApiError('conflict', `"${rename.from}" is part of the built-in content, whose ids cannot change (the built-in item would stay under its old id); create a new ${rename.kind} instead.`);
    }
    const changed = renameId(await workspace.workspaceFiles(), rename);
    if (rename.kind === 'playbook') await keepRecheckBaseline(workspace, rename.from, rename.to);
    await workspace.write(changed);
    return { files: changed.map((file) => file.path) };
  }

  graph(text: string): CaseGraph {
    return caseGraph(text);
  }
}

/**
 * A renamed playbook keeps its sections' re-check baseline under the new id, so changes still waiting for a
 * re-check stay flagged (without it, the references under the new id would be taken as new and their current text
 * as already checked). Copied before the files are written, since loading them takes a baseline of new references.
 */
async function keepRecheckBaseline(workspace: Workspace, from: string, to: string): Promise<void> {
  const baseline = workspace.settings.sectionHashes(workspace.dir);
  if (baseline === undefined) return;
  const copies = Object.entries(baseline).flatMap(([key, hash]) => {
    const match = /^([^:]+):([^#]+)(#.*)?$/.exec(key);
    return match && match[2] === from ? [[`${match[1]}:${to}${match[3] ?? ''}`, hash]] : [];
  });
  if (copies.length > 0) await workspace.settings.save({ baselineOf: workspace.dir, sectionHashes: { ...baseline, ...Object.fromEntries(copies) } });
}

/** The Markdown a draft's preview shows as the reader will: a playbook's or lesson's body (`text` is the draft's file). */
function previewMarkdown(item: ContentItem, text: string): string | undefined {
  if (item.kind === 'playbook') return playbookBody(text);
  return item.kind === 'lesson' ? item.body : undefined;
}

function sourceView(item: ContentItem, root: SourceView['root'], filePath: string, text: string): SourceView {
  return { kind: item.kind, id: item.id, lang: item.lang, path: filePath, root, text, readOnly: root === 'built-in' };
}

function checkNewId(id: string): void {
  const checked = itemId.safeParse(id);
  if (!checked.success) throw new ApiError('bad-request', `The id "${id}" ${checked.error.issues[0]?.message ?? 'is not valid'}.`);
}

/** Refuses a save that would overwrite what the editor has not seen: an existing file for a new item, or a file changed on disk. */
async function checkUnchanged(workspace: Workspace, filePath: string, expected: string | null): Promise<void> {
  const current = await workspace.readWorkspaceFile(filePath);
  if (expected === null && current !== undefined) {
    throw new ApiError('conflict', `${filePath} already exists in the workspace; open it from the library to change it, or give the new item another id.`);
  }
  // A file deleted meanwhile is written again: nothing on disk is lost by that.
  if (expected !== null && current !== undefined && current !== expected) {
    throw new ApiError('conflict', `${filePath} was changed on disk since the editor read it, so it was not saved; the editor shows the version on disk in a moment: keep yours or load it, then save again.`);
  }
}
