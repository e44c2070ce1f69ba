// Append-only NDJSON files that survive a crash: every append is written and fsync'd before it resolves, and a
// line torn by a crash mid-write (no final newline) is cut off when the file is next opened.
import { mkdir, open, readFile, truncate } from 'node:fs/promises';
import path from 'node:path';

/**
 * The complete lines of the file (none when it does not exist). `repair`: a torn last line is removed from the
 * file; only for the writer that owns the file, since for anyone else it may be an append still under way.
 */
export async function readLines(file: string, { repair }: { repair: boolean }): Promise<string[]> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  const end = text.lastIndexOf('\n') + 1;
  if (repair && end < text.length) await truncate(file, Buffer.byteLength(text.slice(0, end)));
  return text.slice(0, end).split('\n').filter((line) => line.trim() !== '');
}

/** Appends the lines in one write and waits until they are on disk. */
export async function appendLines(file: string, lines: string[]): Promise<void> {
  if (lines.length === 0) return;
  await mkdir(path.dirname(file), { recursive: true });
  const handle = await open(file, 'a');
  try {
    await handle.write(lines.map((line) => `${line}\n`).join(''));
    await handle.sync();
  } finally {
    await handle.close();
  }
}
