// The Git settings of this machine that are not secret: the e-mail written into commits. Kept in its own file in
// the data folder (`git/settings.json`); credentials never go here (see gitCredentials.ts).
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../files/writeFileAtomically';

const settingsShape = z.object({ email: z.string().optional() });
export type GitSettingsData = z.infer<typeof settingsShape>;

export class GitSettingsFile {
  private constructor(
    private readonly file: string,
    private data: GitSettingsData,
  ) {}

  /** A missing or unreadable file counts as no settings; the next save replaces it. */
  static async open(dataDir: string): Promise<GitSettingsFile> {
    const file = path.join(dataDir, 'git', 'settings.json');
    const text = await readFile(file, 'utf8').catch(() => '{}');
    let parsed: GitSettingsData = {};
    try {
      parsed = settingsShape.catch({}).parse(JSON.parse(text));
    } catch {
      parsed = {};
    }
    return new GitSettingsFile(file, parsed);
  }

  get email(): string | undefined {
    return this.data.email;
  }

  async saveEmail(email: string | null): Promise<void> {
    this.data = email === null ? {} : { ...this.data, email };
    await mkdir(path.dirname(this.file), { recursive: true });
    await writeFileAtomically(this.file, `${JSON.stringify(this.data, null, 2)}\n`);
  }
}
