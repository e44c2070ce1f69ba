// The team's learning records on this machine: read from folders of NDJSON exports and from the LRS, folded into
// the aggregate cached in `<data>/team/`, and the views computed from it. Each source is read from where the
// last refresh stopped (a byte offset per file, the `stored` time per LRS), one refresh at a time.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ContentSet, Lang } from '../../core/model';
import type { TeamAggregate } from '../../core/team/TeamAggregate';
import { readTeamStatement } from '../../core/team/teamStatement';
import { benchmarkOf, computeTeamView, measureTeam, repTrend, type TeamEvidence, type TeamView, type TrendPoint } from '../../core/team/teamView';
import type { LineProblem } from './readStatementFile';
import { readStatementFile } from './readStatementFile';
import { TeamCache, type TeamSources } from './TeamCache';

/** Problems listed in a load report; the rest are counted. */
const PROBLEMS_SHOWN = 50;

export interface TeamLoadReport {
  /** Statements read (lines, or statements from the LRS). */
  read: number;
  /** New statements folded into the aggregate. */
  added: number;
  /** Statements already folded (sent or exported twice). */
  duplicates: number;
  /** Lines or statements skipped as unreadable. */
  skipped: number;
  problems: LineProblem[];
  /** Statements in the aggregate after the load. */
  statements: number;
}

/** A page of statements from an LRS, each with the LRS's `stored` time. */
export interface LrsStatementSource {
  endpoint: string;
  statements(since: string | undefined): AsyncIterable<unknown>;
}

const isNdjson = (name: string) => name.endsWith('.ndjson') || name.endsWith('.jsonl');

async function ndjsonFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && isNdjson(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function newReport(): TeamLoadReport {
  return { read: 0, added: 0, duplicates: 0, skipped: 0, problems: [], statements: 0 };
}

function problem(report: TeamLoadReport, entry: LineProblem): void {
  report.skipped++;
  if (report.problems.length < PROBLEMS_SHOWN) report.problems.push(entry);
}

export class TeamRecords {
  private readonly cache: TeamCache;
  private state: Promise<{ aggregate: TeamAggregate; sources: TeamSources }> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  /** The reps' evidence of the last view, kept while the records and the path stay the same. */
  private evidence: { key: string; value: TeamEvidence } | undefined;
  private evidenceContent: ContentSet | undefined;

  constructor(
    dataDir: string,
    private readonly content: () => ContentSet,
  ) {
    this.cache = new TeamCache(dataDir);
  }

  private loaded() {
    return (this.state ??= this.cache.load());
  }

  /** One refresh or change at a time: two loads of the same file would fold its new lines twice. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private fold(aggregate: TeamAggregate, report: TeamLoadReport, statement: unknown, where: { file: string; line: number }): void {
    report.read++;
    const event = readTeamStatement(statement);
    if (event === undefined) return;
    if ('error' in event) return problem(report, { ...where, message: event.error });
    if (aggregate.fold(event)) report.added++;
    else report.duplicates++;
  }

  /** Reads the NDJSON files of `folder` (and its subfolders) from where the last load stopped, and remembers the folder. */
  loadFolder(folder: string): Promise<TeamLoadReport> {
    return this.serial(async () => {
      const absolute = path.resolve(folder);
      const { sources } = await this.loaded();
      if (!sources.folders.includes(absolute)) sources.folders.push(absolute);
      return this.readFiles(await ndjsonFiles(absolute));
    });
  }

  /** Reads the given NDJSON files from where the last load stopped. */
  loadFiles(files: string[]): Promise<TeamLoadReport> {
    return this.serial(() => this.readFiles(files.map((file) => path.resolve(file))));
  }

  private async readFiles(files: string[]): Promise<TeamLoadReport> {
    const { aggregate, sources } = await this.loaded();
    const report = newReport();
    for (const file of files) {
      const { size } = await stat(file);
      const known = sources.files[file];
      // A file smaller than what was read of it has been replaced: read it again (known statements count once).
      const cursor = known && known.size <= size && known.offset <= size ? { offset: known.offset, line: known.line } : { offset: 0, line: 0 };
      for await (const entry of readStatementFile(file, cursor)) {
        if ('message' in entry) problem(report, entry);
        else this.fold(aggregate, report, entry.statement, { file, line: entry.line });
      }
      sources.files[file] = { ...cursor, size };
    }
    return this.finish(report);
  }

  /** Statements stored at the LRS since the last load from it. */
  loadLrs(lrs: LrsStatementSource): Promise<TeamLoadReport> {
    return this.serial(async () => {
      const { aggregate, sources } = await this.loaded();
      const report = newReport();
      let since = sources.lrs[lrs.endpoint];
      for await (const statement of lrs.statements(since)) {
        this.fold(aggregate, report, statement, { file: lrs.endpoint, line: report.read + 1 });
        const stored = (statement as { stored?: unknown }).stored;
        if (typeof stored === 'string' && (since === undefined || stored > since)) since = stored;
      }
      if (since !== undefined) sources.lrs[lrs.endpoint] = since;
      return this.finish(report);
    });
  }

  private async finish(report: TeamLoadReport): Promise<TeamLoadReport> {
    const { aggregate, sources } = await this.loaded();
    report.statements = aggregate.state.statements;
    if (report.added > 0 || report.read > 0) await this.cache.save(aggregate, sources);
    return report;
  }

  /** Re-reads every folder loaded before (new and appended files only). */
  async refreshFolders(): Promise<TeamLoadReport[]> {
    const { sources } = await this.loaded();
    const reports: TeamLoadReport[] = [];
    for (const folder of [...sources.folders]) reports.push(await this.loadFolder(folder));
    return reports;
  }

  async sources(): Promise<{ folders: string[]; lrs: string[]; statements: number }> {
    const { aggregate, sources } = await this.loaded();
    return { folders: [...sources.folders], lrs: Object.keys(sources.lrs), statements: aggregate.state.statements };
  }

  async view(lang: Lang, pathId?: string): Promise<TeamView> {
    const [{ aggregate }, elite] = await Promise.all([this.loaded(), this.cache.elite()]);
    const content = this.content();
    const options = { content, lang, elite, ...(pathId ? { pathId } : {}) };
    const { state } = aggregate;
    const key = `${state.statements}|${state.latest}|${lang}|${pathId ?? ''}`;
    // Content changes (a reloaded workspace) give a new content object: measured again.
    if (this.evidence?.key !== key || this.evidenceContent !== content) {
      this.evidence = { key, value: measureTeam(state, options) };
      this.evidenceContent = content;
    }
    return computeTeamView(state, options, this.evidence.value);
  }

  async trend(actor: string, lang: Lang, pathId?: string): Promise<TrendPoint[]> {
    const view = await this.view(lang, pathId);
    const [{ aggregate }, elite] = await Promise.all([this.loaded(), this.cache.elite()]);
    return repTrend(aggregate.state, actor, benchmarkOf(view), { content: this.content(), lang, elite, ...(pathId ? { pathId } : {}) });
  }

  elite(): Promise<string[]> {
    return this.cache.elite();
  }

  setElite(actor: string, elite: boolean): Promise<string[]> {
    return this.serial(async () => {
      const current = await this.cache.elite();
      const next = elite ? [...current, actor] : current.filter((key) => key !== actor);
      await this.cache.saveElite(next);
      return this.cache.elite();
    });
  }
}
