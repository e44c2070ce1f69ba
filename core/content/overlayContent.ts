import type { ContentItem, Diagnostic } from '../model';
import { pathInRoot, type ContentReference } from './parseResult';
import type { Position } from './yamlSource';

/** An item that parsed cleanly, with what it refers to. */
export interface LoadedItem {
  item: ContentItem;
  idAt: Position;
  references: ContentReference[];
}

function keyOf({ item }: LoadedItem): string {
  return `${item.kind}\u0000${item.id}\u0000${item.lang}`;
}

/**
 * Within one content root an id may be used once per kind and language. The first file (in path order) keeps it;
 * every later one is an error naming both files, and is skipped.
 */
export function dropDuplicates(items: LoadedItem[]): { items: LoadedItem[]; diagnostics: Diagnostic[] } {
  const kept = new Map<string, LoadedItem>();
  const diagnostics: Diagnostic[] = [];
  for (const entry of [...items].sort((a, b) => a.item.source.file.localeCompare(b.item.source.file))) {
    const first = kept.get(keyOf(entry));
    if (!first) {
      kept.set(keyOf(entry), entry);
      continue;
    }
    const { item } = entry;
    diagnostics.push({
      file: item.source.file,
      ...entry.idAt,
      severity: 'error',
      message: `duplicate ${item.kind} id "${item.id}" (${item.lang}): also defined in ${pathInRoot(first.item.source)}:${first.idAt.line}; this file is skipped — rename one of the ids`,
    });
  }
  return { items: [...kept.values()], diagnostics };
}

/** Several content roots in order: an item of a later root replaces the one with the same kind, id and language. */
export function overlayContent(roots: LoadedItem[][]): LoadedItem[] {
  const merged = new Map<string, LoadedItem>();
  for (const root of roots) for (const entry of root) merged.set(keyOf(entry), entry);
  return [...merged.values()];
}
