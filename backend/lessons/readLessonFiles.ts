// The lesson files of one folder (`*.md`, hidden files skipped): a rep's own lessons, a workspace's inbox, or a
// drop folder where reps put exported lessons. A file that cannot be read as text is reported, never fatal.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatCount, MAX_FILE_CHARACTERS } from '../../core/content/contentLimits';
import type { Diagnostic } from '../../core/model';
import { decodeContentText } from '../content/decodeContentText';

export type LessonFileRead = { name: string; file: string; text: string } | { name: string; file: string; problem: Diagnostic };

// UTF-8 takes at most 4 bytes a character: anything larger cannot be a content file, and is not read at all.
const MAX_BYTES = MAX_FILE_CHARACTERS * 4;

/** Sorted by file name. A folder that does not exist holds no files; one that cannot be listed throws. */
export async function readLessonFiles(dir: string): Promise<LessonFileRead[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const lessons = names.filter((name) => !name.startsWith('.') && name.toLowerCase().endsWith('.md')).sort();
  return Promise.all(lessons.map((name) => readLessonFile(path.join(dir, name), name)));
}

async function readLessonFile(file: string, name: string): Promise<LessonFileRead> {
  const problem = (message: string, line = 1, column = 1): LessonFileRead => ({ name, file, problem: { file, line, column, severity: 'error', message } });
  try {
    const info = await stat(file);
    if (!info.isFile()) return problem('this is not a file; only lesson files (.md) belong here');
    if (info.size > MAX_BYTES) return problem(`this file is larger than ${formatCount(MAX_FILE_CHARACTERS)} characters, the most a lesson file may have`);
    const decoded = decodeContentText(await readFile(file));
    if ('badByteAt' in decoded) return problem('this file is not UTF-8 text; save it as UTF-8 and pull again', decoded.badByteAt.line, decoded.badByteAt.column);
    return { name, file, text: decoded.text };
  } catch (error) {
    return problem(`this file could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
