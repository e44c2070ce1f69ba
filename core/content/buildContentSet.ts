import type { ContentItem, ContentSet, Diagnostic } from '../model';
import { dropDuplicates, overlayContent, type LoadedItem } from './overlayContent';
import type { ParseResult } from './parseResult';
import { validateReferences } from './validateReferences';

/** The parse results of one content root's files. */
export type ParsedRoot = ParseResult<ContentItem>[];

/**
 * Assembles the content set from the parsed files of every root, in overlay order: bad files are already
 * left out by their parsers; duplicates inside a root are dropped; later roots override earlier ones;
 * then references between the remaining items are checked.
 */
export function buildContentSet(roots: ParsedRoot[]): ContentSet {
  const diagnostics: Diagnostic[] = roots.flatMap((root) => root.flatMap((result) => result.diagnostics));
  const perRoot = roots.map((root) => {
    const loaded = root.flatMap((r): LoadedItem[] => (r.item && r.idAt ? [{ item: r.item, idAt: r.idAt, references: r.references ?? [] }] : []));
    const unique = dropDuplicates(loaded);
    diagnostics.push(...unique.diagnostics);
    return unique.items;
  });
  const items = overlayContent(perRoot);
  diagnostics.push(...validateReferences(items));
  const all = items.map((entry) => entry.item).sort((a, b) => a.id.localeCompare(b.id) || a.lang.localeCompare(b.lang));
  return {
    playbooks: all.filter((item) => item.kind === 'playbook'),
    quizzes: all.filter((item) => item.kind === 'quiz'),
    cases: all.filter((item) => item.kind === 'case'),
    paths: all.filter((item) => item.kind === 'path'),
    lessons: all.filter((item) => item.kind === 'lesson'),
    glossaries: all.filter((item) => item.kind === 'glossary'),
    diagnostics: diagnostics.sort(compareDiagnostics),
  };
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
