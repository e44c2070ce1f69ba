// The team view's API methods: each checks that the asking profile may see the team (`canViewTeam`), then reads
// or loads the team's records. A rep without the capability sees only their own records (their readiness screen).
import { ApiError, type Profile } from '../../core/api/contract';
import type { TeamLoadResult, TeamViewResult } from '../../core/api/teamContract';
import type { ContentSet, Lang } from '../../core/model';
import type { TrendPoint } from '../../core/team/teamView';
import type { LrsClient } from '../records/LrsClient';
import { lrsConfigFromEnv, lrsStatements } from './lrsStatements';
import { TeamRecords, type TeamLoadReport } from './TeamRecords';

export interface TeamFlowDeps {
  dataDir: string;
  content: () => ContentSet;
  profile: (profileId: string) => Profile;
  /** The LRS the app sends records to (its endpoint and credentials, from settings and the keychain), if any. */
  lrs?: () => LrsClient | undefined;
  env?: NodeJS.ProcessEnv;
}

function merged(reports: TeamLoadReport[], statements: number): TeamLoadResult {
  const sum = (key: 'read' | 'added' | 'duplicates' | 'skipped') => reports.reduce((total, report) => total + report[key], 0);
  return { read: sum('read'), added: sum('added'), duplicates: sum('duplicates'), skipped: sum('skipped'), problems: reports.flatMap((report) => report.problems).slice(0, 50), statements };
}

export class TeamFlow {
  private readonly records: TeamRecords;

  constructor(private readonly deps: TeamFlowDeps) {
    this.records = new TeamRecords(deps.dataDir, deps.content);
  }

  private allow(profileId: string): void {
    if (this.deps.profile(profileId).canViewTeam !== true) {
      throw new ApiError('bad-request', 'This profile cannot see the team’s records. A manager or trainer turns on “Team view” in Settings.');
    }
  }

  /** The app's own LRS when one is set up, else the one in the environment (web host, CLI). */
  private lrs() {
    const client = this.deps.lrs?.();
    if (client) return lrsStatements(client.config);
    const config = lrsConfigFromEnv(this.deps.env ?? process.env);
    if ('error' in config) throw new ApiError('bad-request', config.error);
    return lrsStatements(config);
  }

  async view(profileId: string, lang: Lang, pathId?: string): Promise<TeamViewResult> {
    this.allow(profileId);
    const [view, sources] = await Promise.all([this.records.view(lang, pathId), this.records.sources()]);
    const paths = this.deps.content().paths.filter((path) => path.lang === lang).map((path) => ({ id: path.id, title: path.title }));
    return { view, sources: { folders: sources.folders, lrs: sources.lrs }, paths };
  }

  async load(profileId: string, source: { kind: 'folder'; path: string } | { kind: 'lrs' }): Promise<TeamLoadResult> {
    this.allow(profileId);
    try {
      return source.kind === 'folder' ? await this.records.loadFolder(source.path) : await this.records.loadLrs(this.lrs());
    } catch (error) {
      if (error instanceof ApiError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new ApiError('not-found', `No folder ${source.kind === 'folder' ? source.path : ''}: give the folder the reps' exports are in.`);
      throw new ApiError('bad-request', `The records could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async refresh(profileId: string): Promise<TeamLoadResult> {
    this.allow(profileId);
    const reports = await this.records.refreshFolders();
    const { lrs, statements } = await this.records.sources();
    if (lrs.length > 0) reports.push(await this.records.loadLrs(this.lrs()));
    return merged(reports, reports.at(-1)?.statements ?? statements);
  }

  async trend(profileId: string, actor: string, lang: Lang, pathId?: string): Promise<TrendPoint[]> {
    this.allow(profileId);
    return this.records.trend(actor, lang, pathId);
  }

  async markElite(profileId: string, actor: string, elite: boolean): Promise<{ elite: string[] }> {
    this.allow(profileId);
    return { elite: await this.records.setElite(actor, elite) };
  }
}
