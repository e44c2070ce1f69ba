// What changed in a content file between two versions, in the units a trainer thinks in: a playbook's front
// matter and `## ` sections, a quiz's questions, a case's steps. Any other file is one unit, the whole text.
import { isMap, isSeq, parseDocument } from 'yaml';
import { splitFrontMatter } from '../content/frontMatter';
import { normaliseText } from '../content/parseResult';
import { parsePlaybook } from '../content/parsePlaybook';

export type FilePartKind = 'front-matter' | 'intro' | 'section' | 'question' | 'step' | 'header' | 'file';

/** One unit of a file: its key is stable across versions (an anchor, a question or step id). */
export interface FilePart {
  key: string;
  kind: FilePartKind;
  /** What the trainer sees: the section's heading, the question's or step's id. */
  label: string;
  text: string;
}

export interface PartChange {
  key: string;
  kind: FilePartKind;
  label: string;
  status: 'added' | 'removed' | 'changed';
  /** The text in the older version (absent for an added part). */
  before?: string;
  /** The text in the newer version (absent for a removed part). */
  after?: string;
}

/** How a file's path says its parts are cut: playbooks by section, quizzes by question, cases by step. */
function unitOf(path: string): 'playbook' | 'question' | 'step' | 'file' {
  if (/^playbooks\/.+\.md$/.test(path)) return 'playbook';
  if (/^content\/quizzes\/.+\.ya?ml$/.test(path)) return 'question';
  if (/^content\/cases\/.+\.ya?ml$/.test(path)) return 'step';
  return 'file';
}

/** Cuts a file's text into its parts; a file that cannot be cut (no front matter, broken YAML) is one part. */
export function fileParts(path: string, text: string): FilePart[] {
  const normal = normaliseText(text);
  const unit = unitOf(path);
  const parts = unit === 'playbook' ? playbookParts(path, normal) : unit === 'file' ? undefined : yamlParts(normal, unit);
  return parts ?? [{ key: '', kind: 'file', label: path, text: normal }];
}

/** Front matter, the text before the first section, then each `## ` section keyed by its anchor (as references write it). */
function playbookParts(path: string, text: string): FilePart[] | undefined {
  const split = splitFrontMatter(text);
  const playbook = split.ok ? parsePlaybook(text, { root: '', file: path }).item : undefined;
  if (!split.ok || !playbook) return undefined;
  const { lines, end } = split;
  const parts: FilePart[] = [{ key: 'front-matter', kind: 'front-matter', label: 'front matter', text: lines.slice(0, end + 1).join('\n') }];
  const starts = playbook.sections.map((section) => section.line - 1);
  const intro = lines.slice(end + 1, starts[0] ?? lines.length).join('\n').replace(/^\n+/, '').trimEnd();
  if (intro.trim()) parts.push({ key: 'intro', kind: 'intro', label: 'intro', text: intro });
  playbook.sections.forEach((section, i) => {
    const text = lines.slice(starts[i], starts[i + 1] ?? lines.length).join('\n').trimEnd();
    parts.push({ key: section.anchor, kind: 'section', label: section.title, text });
  });
  return uniqueKeys(parts);
}

/** Items of the top-level `questions` or `steps` list, each with an id; the rest of the file is the header. */
function yamlParts(text: string, unit: 'question' | 'step'): FilePart[] | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const list = doc.contents.get(unit === 'question' ? 'questions' : 'steps', true);
  if (!isSeq(list) || !list.range) return undefined;
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - 1;
  const lines = text.split('\n');
  const items = list.items.filter(isMap).filter((item) => item.range);
  if (items.length === 0) return undefined;
  const starts = items.map((item) => lineOf(item.range![0]));
  // The range ends where the next key starts: its last character is the newline before it.
  const listEnd = lineOf(Math.max(list.range[0], list.range[1] - 1));
  const parts: FilePart[] = [];
  const header = [...lines.slice(0, starts[0]!), ...lines.slice(listEnd + 1)].join('\n').trimEnd();
  parts.push({ key: 'header', kind: 'header', label: unit === 'question' ? 'quiz' : 'case', text: header });
  items.forEach((item, i) => {
    const id = item.get('id');
    const key = typeof id === 'string' || typeof id === 'number' ? String(id) : `#${i + 1}`;
    const to = i + 1 < starts.length ? starts[i + 1]! : listEnd + 1;
    parts.push({ key, kind: unit, label: key, text: lines.slice(starts[i], to).join('\n').trimEnd() });
  });
  return uniqueKeys(parts);
}

/** A broken file may repeat an anchor or id: number the repeats so every part keeps its own key. */
function uniqueKeys(parts: FilePart[]): FilePart[] {
  const seen = new Map<string, number>();
  return parts.map((part) => {
    const count = (seen.get(part.key) ?? 0) + 1;
    seen.set(part.key, count);
    return count === 1 ? part : { ...part, key: `${part.key}~${count}` };
  });
}

/**
 * The parts that differ between two versions of one file (`null` when the file does not exist in that version),
 * in the order of the newer version, removed parts after.
 */
export function sectionDiff(path: string, before: string | null, after: string | null): PartChange[] {
  const old = before === null ? [] : fileParts(path, before);
  const now = after === null ? [] : fileParts(path, after);
  // One side cut into parts and the other not (a file broken or fixed): compare the whole texts.
  if (old.length > 0 && now.length > 0 && (old[0]!.kind === 'file') !== (now[0]!.kind === 'file')) {
    return [{ key: '', kind: 'file', label: path, status: 'changed', before: normaliseText(before!), after: normaliseText(after!) }];
  }
  const oldByKey = new Map(old.map((part) => [part.key, part]));
  const newKeys = new Set(now.map((part) => part.key));
  const changes: PartChange[] = [];
  for (const part of now) {
    const previous = oldByKey.get(part.key);
    if (!previous) changes.push({ key: part.key, kind: part.kind, label: part.label, status: 'added', after: part.text });
    else if (previous.text !== part.text) changes.push({ key: part.key, kind: part.kind, label: part.label, status: 'changed', before: previous.text, after: part.text });
  }
  for (const part of old) {
    if (!newKeys.has(part.key)) changes.push({ key: part.key, kind: part.kind, label: part.label, status: 'removed', before: part.text });
  }
  return changes;
}

/** The text of one part (a section's anchor, a question's id) of a file, or undefined when it has none. */
export function partText(path: string, text: string, key: string): string | undefined {
  return fileParts(path, text).find((part) => part.key === key)?.text;
}
