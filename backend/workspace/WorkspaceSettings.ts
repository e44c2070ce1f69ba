// What the app remembers about authoring between sessions: the workspace folder, and the fingerprints of the
// referenced sections the trainer last accepted (the baseline change-driven re-checks compare against).
// Kept in its own small file next to progress.json rather than in the learner's progress store: it is a
// per-machine setting, not learner data, and a problem with one file must not cost the other.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../files/writeFileAtomically';

export const SETTINGS_FILE = 'workspace.json';

const settingsShape = z.object({
  workspace: z.string().nullable().default(null),
  /** The workspace the baseline belongs to (null: the built-in content alone); absent until one is taken. */
  baselineOf: z.string().nullable().optional(),
  sectionHashes: z.record(z.string(), z.string()).default({}),
});
export type WorkspaceSettingsData = z.infer<typeof settingsShape>;

export class WorkspaceSettings {
  private constructor(
    private readonly file: string,
    private data: WorkspaceSettingsData,
    /** Set when the file could not be read; it is replaced on the next save. */
    readonly notice: string | null,
    private readonly readOnly: boolean,
  ) {}

  /** `readOnly`: the data folder cannot be written; changes are kept for this session only. */
  static async open(dataDir: string, options: { readOnly?: boolean } = {}): Promise<WorkspaceSettings> {
    const dir = path.resolve(dataDir);
    const readOnly = options.readOnly ?? false;
    if (!readOnly) await mkdir(dir, { recursive: true });
    const file = path.join(dir, SETTINGS_FILE);
    // Unreadable (a folder there, no permission) counts as garbled: reported, and replaced on the next save.
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : ''));
    if (text === null) return new WorkspaceSettings(file, settingsShape.parse({}), null, readOnly);
    const parsed = (() => {
      try {
        return settingsShape.safeParse(JSON.parse(text));
      } catch {
        return undefined;
      }
    })();
    if (parsed?.success) return new WorkspaceSettings(file, parsed.data, null, readOnly);
    return new WorkspaceSettings(file, settingsShape.parse({}), `${SETTINGS_FILE} could not be read, so no workspace was reopened; open it again`, readOnly);
  }

  get workspace(): string | null {
    return this.data.workspace;
  }

  /** The accepted section fingerprints of `workspace`; undefined when none were taken for it yet. */
  sectionHashes(workspace: string | null): Record<string, string> | undefined {
    return this.data.baselineOf === workspace ? { ...this.data.sectionHashes } : undefined;
  }

  async save(changes: Partial<WorkspaceSettingsData>): Promise<void> {
    this.data = { ...this.data, ...changes };
    if (this.readOnly) return;
    await writeFileAtomically(this.file, `${JSON.stringify(this.data, null, 2)}\n`);
  }
}
