// Renames an item id and every reference to it, as text edits at the places the id is written, so each changed
// file differs from the original only in those places. Ids are shared across languages: every language's item
// with the id is renamed.
import type { ContentKind } from '../model';
import { splitFrontMatter } from '../content/frontMatter';
import { contentKindOf } from '../content/parseContentFile';
import { scanMarkdown } from '../markdown/scanMarkdown';
import { CONVERTED_TO } from '../content/lessonFormat';
import { frontMatterEditor } from './frontMatterEditor';
import type { RenamableKind, SourceText } from './sourceText';
import { applyEdits, editAsLf, offsetOfLine, type TextEdit } from './textEdits';
import { YamlEditor } from './yamlEdits';

export interface Rename {
  kind: RenamableKind;
  from: string;
  to: string;
}

/** How a field refers to an item: by its bare id, as `id#anchor`, or as a lesson's `kind:id#anchor`. */
type Form = 'id' | 'ref' | 'converted';

/**
 * The fields of each file kind that hold ids (paths as YAML keys, `n` for any list index): of items of a given
 * kind, of the file's own item (`own`), or of any kind named in the value (`any`).
 */
const ID_FIELDS: Record<ContentKind, [path: string, kind: RenamableKind | 'own' | 'any', form: Form][]> = {
  playbook: [['id', 'own', 'id'], ['related.n', 'playbook', 'id']],
  quiz: [['id', 'own', 'id'], ['playbook', 'playbook', 'id'], ['questions.n.ref', 'playbook', 'ref']],
  case: [['id', 'own', 'id'], ['playbooks.n', 'playbook', 'id'], ['lessons.n.ref', 'playbook', 'ref']],
  path: [['id', 'own', 'id'], ['modules.n.playbook', 'playbook', 'id'], ['modules.n.quiz', 'quiz', 'id'], ['modules.n.case', 'case', 'id']],
  lesson: [['convertedTo.n', 'any', 'converted']],
  glossary: [['id', 'own', 'id']],
};

/** The files that change, with their new text; files without a reference are left out. */
export function renameId(files: readonly SourceText[], rename: Rename): SourceText[] {
  return files.flatMap((file) => {
    const fileKind = contentKindOf(file.path);
    if (!fileKind) return [];
    const text = editAsLf(file.text, (lf) => applyEdits(lf, editsFor(lf, fileKind, file.path, rename)));
    return text === file.text ? [] : [{ path: file.path, text }];
  });
}

function editsFor(text: string, fileKind: ContentKind, path: string, rename: Rename): TextEdit[] {
  const markdownFile = fileKind === 'playbook' || fileKind === 'lesson';
  const yaml = markdownFile ? frontMatterEditor(text) : YamlEditor.parse(text);
  if (!yaml) return [];
  const edits: TextEdit[] = [];
  for (const { path: at, node } of yaml.scalars()) {
    if (typeof node.value !== 'string') continue;
    const form = formOf(fileKind, at, rename.kind);
    const source = yaml.sourceOf(node);
    if (form && refersTo(node.value, form, rename)) {
      const needle = form === 'converted' ? `${rename.kind}:${rename.from}` : rename.from;
      const index = source.text.indexOf(needle) + needle.length - rename.from.length;
      edits.push({ start: source.start + index, end: source.start + index + rename.from.length, text: rename.to });
    } else if (!markdownFile && rename.kind === 'playbook') {
      edits.push(...linksInYamlText(source, rename));
    }
  }
  if (markdownFile && rename.kind === 'playbook') edits.push(...linksInMarkdownBody(text, path, rename));
  return edits;
}

function formOf(fileKind: ContentKind, path: (string | number)[], kind: RenamableKind): Form | undefined {
  const written = path.map((key) => (typeof key === 'number' ? 'n' : key)).join('.');
  const field = ID_FIELDS[fileKind].find(
    ([fieldPath, target]) => fieldPath === written && (target === kind || target === 'any' || (target === 'own' && fileKind === kind)),
  );
  return field?.[2];
}

function refersTo(value: string, form: Form, { kind, from }: Rename): boolean {
  if (form === 'id') return value === from;
  if (form === 'ref') return value === from || value.startsWith(`${from}#`);
  const match = CONVERTED_TO.exec(value);
  return match?.[1] === kind && match[2] === from;
}

// A Markdown link to a playbook, as written inside a YAML scalar: `](id)` or `](id#anchor)`.
const linkTo = (id: string) => new RegExp(`\\]\\(\\s*<?(${id})(?=[#)>\\s])`, 'g');

/** Links in Markdown held by a YAML scalar: markdown-it cannot map positions back into the scalar, its source is searched. */
function linksInYamlText(source: { start: number; text: string }, { from, to }: Rename): TextEdit[] {
  return [...source.text.matchAll(linkTo(from))].map((match) => {
    const start = source.start + match.index + match[0].length - from.length;
    return { start, end: start + from.length, text: to };
  });
}

/** Links in a Markdown body, found by the same scanner that validates them (so code spans and blocks are skipped). */
function linksInMarkdownBody(text: string, path: string, { from, to }: Rename): TextEdit[] {
  const split = splitFrontMatter(text);
  if (!split.ok) return [];
  const bodyStart = offsetOfLine(text, split.end + 2);
  const body = text.slice(bodyStart);
  return scanMarkdown(body, path).references.flatMap((ref) => {
    if (ref.kind !== 'link' || ref.target.kind !== 'internal' || ref.target.playbook !== from) return [];
    const start = bodyStart + offsetOfLine(body, ref.line + 1) + ref.column - 1;
    // Links written as reference definitions are not located by the scanner; only edit what is really there.
    return text.startsWith(from, start) ? [{ start, end: start + from.length, text: to }] : [];
  });
}
