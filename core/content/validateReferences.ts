// References between items (a quiz's playbook, a question's ref, a path's modules, links between playbooks)
// are resolved once every root is loaded. A dangling one is an error at the place it is written; the item still loads.
import { LANGS, type ContentItem, type Diagnostic, type Lang, type Playbook } from '../model';
import { didYouMean } from './nearestName';
import type { LoadedItem } from './overlayContent';
import type { ContentReference } from './parseResult';

export function validateReferences(items: LoadedItem[]): Diagnostic[] {
  const byKey = new Map<string, ContentItem>();
  const idsByKindAndLang = new Map<string, string[]>();
  for (const { item } of items) {
    byKey.set(`${item.kind}:${item.lang}:${item.id}`, item);
    const group = `${item.kind}:${item.lang}`;
    idsByKindAndLang.set(group, [...(idsByKindAndLang.get(group) ?? []), item.id]);
  }
  const diagnostics: Diagnostic[] = [];
  for (const { item, references } of items) {
    for (const ref of references) {
      const problem = checkReference(ref, item.lang, byKey, idsByKindAndLang);
      if (problem) diagnostics.push({ file: item.source.file, line: ref.line, column: ref.column, ...problem });
    }
  }
  return diagnostics;
}

function checkReference(
  ref: ContentReference,
  lang: Lang,
  byKey: Map<string, ContentItem>,
  idsByKindAndLang: Map<string, string[]>,
): Pick<Diagnostic, 'severity' | 'message'> | undefined {
  const target = byKey.get(`${ref.kind}:${lang}:${ref.id}`);
  if (!target) {
    const elsewhere = LANGS.filter((other) => other !== lang && byKey.has(`${ref.kind}:${other}:${ref.id}`));
    if (elsewhere.length > 0) {
      return { severity: 'warning', message: `${ref.kind} "${ref.id}" exists only in ${elsewhere.join(', ')}, not in ${lang}; learners will see the other language` };
    }
    const known = idsByKindAndLang.get(`${ref.kind}:${lang}`) ?? [];
    const hint = didYouMean(ref.id, known) || (known.length ? `; ${lang} ${ref.kind}s include: ${known.slice(0, 8).join(', ')}` : '');
    return { severity: 'error', message: `${ref.kind} "${ref.id}" does not exist in ${lang}${hint}` };
  }
  if (ref.anchor === undefined || target.kind !== 'playbook') return undefined;
  const anchors = anchorsOf(target);
  if (anchors.includes(ref.anchor)) return undefined;
  const sections = target.sections.map((s) => s.anchor);
  const hint = didYouMean(ref.anchor, anchors) || (sections.length ? `; its sections are: ${sections.join(', ')}` : '; it has no sections');
  return { severity: 'error', message: `playbook "${ref.id}" (${lang}) has no section or block "#${ref.anchor}"${hint}` };
}

function anchorsOf(playbook: Playbook): string[] {
  return [...playbook.sections.map((s) => s.anchor), ...playbook.blocks.map((b) => b.anchor)];
}
