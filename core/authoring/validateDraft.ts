// Checks an unsaved buffer the way the loader will check the saved file: its own rules, then its references
// against the loaded content (with the draft standing in for the item it will replace), then its id.
import type { ContentItem, ContentKind, ContentSet, Diagnostic } from '../model';
import { compareDiagnostics } from '../content/buildContentSet';
import type { LoadedItem } from '../content/overlayContent';
import { parseContentFile } from '../content/parseContentFile';
import type { ContentSource, ParseResult } from '../content/parseResult';
import { pathInRoot } from '../content/parseResult';
import { validateReferences } from '../content/validateReferences';

export interface DraftCheck {
  /** The parsed item, for the preview; absent when the draft has errors of its own. */
  item?: ContentItem;
  diagnostics: Diagnostic[];
  /** Images the draft shows, as paths inside its content root, for the caller to check on disk. */
  images: NonNullable<ParseResult<ContentItem>['images']>;
}

export function validateDraft(kind: ContentKind, text: string, source: ContentSource, content: ContentSet): DraftCheck {
  const parsed = parseContentFile(kind, text, source);
  const { item, idAt } = parsed;
  if (!item || !idAt) return { diagnostics: parsed.diagnostics, images: [] };
  const sameKey = (other: ContentItem) => other.kind === item.kind && other.id === item.id && other.lang === item.lang;
  const others: LoadedItem[] = allItems(content)
    .filter((other) => !sameKey(other))
    .map((other) => ({ item: other, idAt: { line: 1, column: 1 }, references: [] }));
  const diagnostics = [...parsed.diagnostics, ...validateReferences([...others, { item, idAt, references: parsed.references ?? [] }])];
  const duplicate = allItems(content).find((other) => sameKey(other) && other.source.root === source.root && other.source.file !== source.file);
  if (duplicate) {
    diagnostics.push({
      file: source.file,
      ...idAt,
      severity: 'error',
      message: `duplicate ${item.kind} id "${item.id}" (${item.lang}): ${pathInRoot(duplicate.source)} already uses it; choose another id`,
    });
  }
  return { item, diagnostics: diagnostics.sort(compareDiagnostics), images: parsed.images ?? [] };
}

function allItems(content: ContentSet): ContentItem[] {
  return [...content.playbooks, ...content.quizzes, ...content.cases, ...content.paths, ...content.lessons];
}
