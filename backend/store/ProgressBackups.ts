// Rolling daily backups of progress.json in `backups/`: the progress as it was when each day's first change came
// (or when the app opened that day), the newest seven days kept. They are what a corrupt, truncated or too-new
// progress file is restored from.
import { readdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomically } from '../files/writeFileAtomically';
import { parseProgress, type ProgressData } from './progressSchema';

export const BACKUP_FOLDER = 'backups';
export const BACKUPS_KEPT = 7;
const BACKUP_NAME = /^progress-(\d{4}-\d{2}-\d{2})\.json$/;

export class ProgressBackups {
  private lastDay: string | undefined;

  constructor(private readonly dataDir: string) {}

  private get folder(): string {
    return path.join(this.dataDir, BACKUP_FOLDER);
  }

  /**
   * Keeps `data` as the backup of `day` (YYYY-MM-DD) unless that day has one, and drops the oldest beyond seven. A
   * backup that cannot be written is reported, never thrown: it must not keep the learner's answers from being saved.
   */
  async keep(data: ProgressData, day: string): Promise<void> {
    if (this.lastDay === day) return;
    await this.keepNow(data, day).catch((error: unknown) => console.error('Backing up the progress file failed:', error));
  }

  private async keepNow(data: ProgressData, day: string): Promise<void> {
    const names = await this.names();
    if (!names.includes(backupName(day))) {
      await writeFileAtomically(path.join(this.folder, backupName(day)), `${JSON.stringify(data, null, 2)}\n`);
      names.push(backupName(day));
    }
    const old = names.sort().reverse().slice(BACKUPS_KEPT);
    await Promise.all(old.map((name) => unlink(path.join(this.folder, name)).catch(() => undefined)));
    this.lastDay = day;
  }

  /** The newest backup this version of the app can read, and its day. */
  async latest(): Promise<{ data: ProgressData; day: string } | undefined> {
    for (const name of (await this.names()).sort().reverse()) {
      const text = await readFile(path.join(this.folder, name), 'utf8').catch(() => undefined);
      const parsed = text === undefined ? undefined : parseProgress(text);
      if (parsed?.ok) return { data: parsed.data, day: BACKUP_NAME.exec(name)![1]! };
    }
    return undefined;
  }

  private async names(): Promise<string[]> {
    return (await readdir(this.folder).catch(() => [] as string[])).filter((name) => BACKUP_NAME.test(name));
  }
}

function backupName(day: string): string {
  return `progress-${day}.json`;
}
