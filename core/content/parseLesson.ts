import type { Diagnostic, Lesson, LessonParts } from '../model';
import { headingMeta } from '../markdown/anchors';
import { markdownTokens, toPlainText } from '../markdown/createMarkdown';
import { checkShape } from './checkShape';
import { splitFrontMatter } from './frontMatter';
import { parseResult, type ContentSource, type ParseResult } from './parseResult';
import { YamlSource } from './yamlSource';
import { LESSON_HEADINGS, LESSON_PARTS, lessonFrontMatter } from './lessonFormat';

export function parseLesson(text: string, source: ContentSource): ParseResult<Lesson> {
  const diagnostics: Diagnostic[] = [];
  const at = (line: number, severity: Diagnostic['severity'], message: string) => diagnostics.push({ file: source.file, line, column: 1, severity, message });
  const split = splitFrontMatter(text);
  if (!split.ok) {
    at(1, 'error', split.problem === 'unclosed' ? 'the front matter opened here is never closed with a "---" line' : 'a lesson starts with YAML front matter between two "---" lines (id, title, lang, author, created)');
    return { diagnostics };
  }
  const yaml = YamlSource.parse(split.yaml, source.file, 1);
  diagnostics.push(...yaml.diagnostics);
  const front = yaml.hasErrors ? undefined : checkShape(yaml, lessonFrontMatter, yaml.data ?? {});
  diagnostics.push(...(front?.diagnostics ?? []));
  const bodyLine = split.end + 2;
  const body = split.lines.slice(split.end + 1).join('\n');
  const parts = readParts(body);
  const headings = LESSON_HEADINGS[front?.value?.lang ?? 'en'];
  for (const part of LESSON_PARTS) {
    if (parts[part] === undefined) at(bodyLine, 'warning', `this lesson has no "## ${headings[part]} {#${part}}" section`);
  }
  if (!front?.value) return { diagnostics };
  const lesson: Lesson = {
    kind: 'lesson',
    ...front.value,
    parts: Object.fromEntries(LESSON_PARTS.map((part) => [part, parts[part] ?? ''])) as unknown as LessonParts,
    body,
    text: toPlainText(body),
    source: { ...source, line: 1 },
  };
  return parseResult(lesson, diagnostics, yaml.at(['id']), []);
}

/** The Markdown under each `## … {#part}` heading. */
function readParts(body: string): Partial<LessonParts> {
  const lines = body.split('\n');
  const headings = markdownTokens(body).flatMap((token) => {
    const meta = headingMeta(token);
    return meta && token.map ? [{ anchor: meta.anchor, start: token.map[0], contentStart: token.map[1] }] : [];
  });
  const parts: Partial<LessonParts> = {};
  headings.forEach(({ anchor, contentStart }, i) => {
    if ((LESSON_PARTS as readonly string[]).includes(anchor)) {
      parts[anchor as keyof LessonParts] = lines.slice(contentStart, headings[i + 1]?.start ?? lines.length).join('\n').trim();
    }
  });
  return parts;
}
