import type { ContentItem, ContentKind } from '../model';
import { LESSON_FOLDER } from './lessonFormat';
import { formatCount, MAX_FILE_CHARACTERS } from './contentLimits';
import { parseLesson } from './parseLesson';
import { parseCase } from './parseCase';
import { parseGlossary } from './parseGlossary';
import { parsePath } from './parsePath';
import { parsePlaybook } from './parsePlaybook';
import { parseQuiz } from './parseQuiz';
import type { ContentSource, ParseResult } from './parseResult';

/** Where each kind of item lives inside a content root, and the file endings that count. */
export const CONTENT_LAYOUT: Record<ContentKind, { folder: string; extensions: string[] }> = {
  playbook: { folder: 'playbooks', extensions: ['.md'] },
  quiz: { folder: 'content/quizzes', extensions: ['.yaml', '.yml'] },
  case: { folder: 'content/cases', extensions: ['.yaml', '.yml'] },
  path: { folder: 'content/paths', extensions: ['.yaml', '.yml'] },
  lesson: { folder: LESSON_FOLDER, extensions: ['.md'] },
  glossary: { folder: 'content/glossary', extensions: ['.yaml', '.yml'] },
};

/**
 * The kind of item a file holds, from its `/`-separated path inside the content root; undefined for other files,
 * including hidden ones (an editor's `.#draft.md` lock or backup files are not content).
 */
export function contentKindOf(pathInRoot: string): ContentKind | undefined {
  if (pathInRoot.split('/').some((segment) => segment.startsWith('.'))) return undefined;
  const kinds = Object.keys(CONTENT_LAYOUT) as ContentKind[];
  return kinds.find((kind) => {
    const { folder, extensions } = CONTENT_LAYOUT[kind];
    return pathInRoot.startsWith(`${folder}/`) && extensions.some((ext) => pathInRoot.toLowerCase().endsWith(ext));
  });
}

/**
 * The version of what the parsers return. Parse results are cached on disk by file (backend/content/ParseCache.ts),
 * and a cache of another version is not used: bump this whenever a parser's output changes.
 * parseVersion.test.ts fails when the output of the parsers on the shipped content changes under the same version.
 */
export const CONTENT_PARSE_VERSION = 6;

const PARSERS: { [K in ContentKind]: (text: string, source: ContentSource) => ParseResult<ContentItem> } = {
  playbook: parsePlaybook,
  quiz: parseQuiz,
  case: parseCase,
  path: parsePath,
  lesson: parseLesson,
  glossary: parseGlossary,
};

/**
 * The parse result of one file. Whatever goes wrong inside a parser stays with that file: a file over the size
 * limit or one a parser fails on becomes an error of its own, never an exception that stops the whole load.
 */
export function parseContentFile(kind: ContentKind, text: string, source: ContentSource): ParseResult<ContentItem> {
  const refuse = (message: string): ParseResult<ContentItem> => ({ diagnostics: [{ file: source.file, line: 1, column: 1, severity: 'error', message }] });
  if (text.length > MAX_FILE_CHARACTERS) {
    return refuse(`this file is larger than ${formatCount(MAX_FILE_CHARACTERS)} characters (${formatCount(text.length)}), the most a content file may have; split it into several files`);
  }
  try {
    return PARSERS[kind](text, source);
  } catch (error) {
    return refuse(`this file could not be read (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}); it is skipped, the rest of the content still loads`);
  }
}
