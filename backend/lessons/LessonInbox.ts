// The trainer's inbox pulls shared lessons into the workspace's `lessons/`, where triage works as for a lesson
// captured there: from the LRS (statements with the verb `shared`, since the `stored` time of the last pull) and
// from a drop folder of exported lesson files (a shared network folder, say). A lesson already in the inbox is
// not added twice; a bad file or statement is reported with where it is and the rest still lands.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { LESSON_FOLDER } from '../../core/content/lessonFormat';
import { landLesson, type InboxLesson } from '../../core/lessons/landLesson';
import type { InboxSettings, LessonDiagnostic, PullReport, PullSource } from '../../core/lessons/lessonInbox';
import { sharedLessonOf } from '../../core/lessons/sharedLessonStatement';
import { parseContentFile } from '../../core/content/parseContentFile';
import { VERBS } from '../../core/records/xapiVocabulary';
import { writeFileAtomically } from '../files/writeFileAtomically';
import type { LrsClient } from '../records/LrsClient';
import type { Workspace } from '../workspace/Workspace';
import { LESSONS_FOLDER } from './MyLessonStore';
import { readLessonFiles } from './readLessonFiles';

const STATE_FILE = 'inbox.json';

/** What the inbox reads from an LRS. */
export type SharedLessonSource = Pick<LrsClient, 'query'>;

const stateShape = z.object({
  dropFolder: z.string().nullable().default(null),
  /** The `stored` time of the newest statement pulled: the next pull asks for statements stored since. */
  cursor: z.string().optional(),
  /** Ids of the statements already taken (`since` is exclusive, but two can share a stored time at the edge). */
  statements: z.array(z.string()).default([]),
  lastPull: z.string().optional(),
});
type InboxState = z.infer<typeof stateShape>;

export interface LessonInboxDeps {
  dataDir: string;
  workspace: Workspace;
  /** The LRS to pull from, when one is configured. */
  lrs: () => SharedLessonSource | undefined;
  now: () => Date;
}

export class LessonInbox {
  private readonly stateFile: string;
  /** One pull at a time: two at once would both add the same lesson. */
  private pulling: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: LessonInboxDeps) {
    this.stateFile = path.join(path.resolve(deps.dataDir), LESSONS_FOLDER, STATE_FILE);
  }

  async settings(): Promise<InboxSettings> {
    const state = await this.state();
    return { dropFolder: state.dropFolder, lrs: this.deps.lrs() !== undefined, ...(state.lastPull ? { lastPull: state.lastPull } : {}) };
  }

  async setDropFolder(dir: string | null): Promise<InboxSettings> {
    await this.saveState({ ...(await this.state()), dropFolder: dir === null || dir.trim() === '' ? null : path.resolve(dir.trim()) });
    return this.settings();
  }

  pull(): Promise<PullReport> {
    const run = this.pulling.then(() => this.pullNow());
    this.pulling = run.catch(() => undefined);
    return run;
  }

  private async pullNow(): Promise<PullReport> {
    const { workspace } = this.deps;
    const lessonsDir = path.join(workspace.requireDir(), LESSON_FOLDER);
    const state = await this.state();
    const inbox = await inboxLessons(lessonsDir);
    const report: PullReport = { added: [], updated: [], known: 0, diagnostics: [], lrs: { status: 'off' }, folder: { status: 'off' } };
    const writes = new Map<string, string>();
    const take = (text: string, file: string, display: string) => {
      const landing = landLesson(text, file, inbox);
      if (landing.kind === 'bad') {
        report.diagnostics.push(...landing.diagnostics.map((diagnostic) => ({ ...diagnostic, path: display })));
        return;
      }
      if (landing.kind === 'known') {
        report.known++;
        return;
      }
      (landing.kind === 'add' ? report.added : report.updated).push(landing.id);
      writes.set(landing.id, landing.text);
      const front = parseContentFile('lesson', landing.text, { root: '', file }).item;
      if (front?.kind === 'lesson') inbox.set(landing.id, { id: landing.id, author: front.author, created: front.created, status: front.status, text: landing.text });
    };

    const lrs = this.deps.lrs();
    if (lrs) report.lrs = await pullFromLrs(lrs, state, take);
    if (state.dropFolder) report.folder = await pullFromFolder(state.dropFolder, take, report.diagnostics);

    // Written in one go, so the watcher's reload and the search index see the whole pull at once.
    await workspace.write([...writes].map(([id, text]) => ({ path: `${LESSON_FOLDER}/${id}.md`, text })));
    await this.saveState({ ...state, lastPull: this.deps.now().toISOString() });
    return report;
  }

  private async state(): Promise<InboxState> {
    const text = await readFile(this.stateFile, 'utf8').catch(() => null);
    try {
      const parsed = stateShape.safeParse(text === null ? {} : JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      // Unreadable: pulled again from the start; what is already in the inbox is recognised and not added twice.
    }
    return stateShape.parse({});
  }

  private saveState(state: InboxState): Promise<void> {
    return writeFileAtomically(this.stateFile, `${JSON.stringify(state, null, 2)}\n`);
  }
}

type Take = (text: string, file: string, display: string) => void;

/** Moves `state`'s cursor and seen ids on; the caller saves the state once the lessons are written. */
async function pullFromLrs(lrs: SharedLessonSource, state: InboxState, take: Take): Promise<PullSource> {
  const seen = new Set(state.statements);
  let count = 0;
  try {
    for await (const statement of lrs.query({ verb: VERBS.shared, ascending: true, ...(state.cursor ? { since: state.cursor } : {}) })) {
      const shared = sharedLessonOf(statement);
      if (!shared || seen.has(shared.statementId)) continue;
      seen.add(shared.statementId);
      count++;
      take(shared.text, `statement ${shared.statementId}`, `LRS: ${shared.lessonId}`);
      if (shared.stored && (state.cursor === undefined || shared.stored > state.cursor)) state.cursor = shared.stored;
    }
  } catch (error) {
    state.statements = [...seen];
    return { status: 'failed', count, message: error instanceof Error ? error.message : String(error) };
  }
  state.statements = [...seen];
  return { status: 'pulled', count };
}

async function pullFromFolder(dir: string, take: Take, diagnostics: LessonDiagnostic[]): Promise<PullSource> {
  let files;
  try {
    files = await readLessonFiles(dir);
  } catch (error) {
    return { status: 'failed', count: 0, message: `the lesson drop folder ${dir} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  for (const read of files) {
    if ('problem' in read) diagnostics.push({ ...read.problem, path: read.name });
    else take(read.text, read.file, read.name);
  }
  return { status: 'pulled', count: files.length };
}

/** The inbox's lessons by id. A file that does not parse still takes the id its name gives, so nothing overwrites it. */
async function inboxLessons(dir: string): Promise<Map<string, InboxLesson>> {
  const inbox = new Map<string, InboxLesson>();
  for (const read of await readLessonFiles(dir)) {
    const taken = read.name.replace(/\.md$/i, '');
    const lesson = 'text' in read ? parseContentFile('lesson', read.text, { root: '', file: read.file }).item : undefined;
    if (lesson?.kind === 'lesson') inbox.set(lesson.id, { id: lesson.id, author: lesson.author, created: lesson.created, status: lesson.status, text: 'text' in read ? read.text : '' });
    if (!inbox.has(taken)) inbox.set(taken, { id: taken, author: '', created: '', status: 'archived', text: '' });
  }
  return inbox;
}
