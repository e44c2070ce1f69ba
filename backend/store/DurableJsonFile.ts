// lowdb's storage for the progress file: JSON written with the one durable writer (exclusive temporary file,
// fsync, rename, folder fsync), where lowdb's own JSONFile writes without fsync and follows links.
import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeFileAtomically } from '../files/writeFileAtomically';

export class DurableJsonFile<T> implements Adapter<T> {
  constructor(readonly file: string) {}

  /** The parsed file, or null when there is none. ProgressStore.open reads the text itself, to repair or migrate it. */
  async read(): Promise<T | null> {
    const text = await readFile(this.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    return text === null ? null : (JSON.parse(text.replace(/^\uFEFF/, '')) as T);
  }

  write(data: T): Promise<void> {
    return writeFileAtomically(this.file, JSON.stringify(data));
  }
}
