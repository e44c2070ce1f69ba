// Opens everything the API needs, once per host process: content from the roots overlaid by the trainer's
// workspace (watched for changes; parse results cached in the data folder, see ParseCache), the search index over
// it (cached in the data folder, see openSearchIndex), and the learner's progress store in the data folder.
import { defaultContentRoots } from './content/loadContent';
import { ParseCache } from './content/ParseCache';
import { rootSearchCache } from './content/rootCaches';
import { ApiService } from './ApiService';
import { environmentCredentials as gitEnvironmentCredentials, type GitCredentialSource } from './git/gitCredentials';
import { ContentChannel } from './channel/ContentChannel';
import { GitFlow } from './git/GitFlow';
import { GitSettingsFile } from './git/GitSettingsFile';
import { openSearchIndex } from './search/openSearchIndex';
import { SearchIndexCache } from './search/SearchIndexCache';
import { DataFolderLock } from './store/DataFolderLock';
import { defaultDataDir } from './store/defaultDataDir';
import { ProgressStore } from './store/ProgressStore';
import { Workspace } from './workspace/Workspace';
import { LearningRecords } from './records/LearningRecords';
import { environmentCredentials as lrsEnvironmentCredentials, type CredentialStore } from './records/lrsCredentials';
import { WorkspaceSettings } from './workspace/WorkspaceSettings';

export interface BackendOptions {
  /** Content roots overlaid in order; the built-in content when absent. */
  contentRoots?: string[] | undefined;
  /** Folder of progress.json; the platform's user data folder when absent. */
  dataDir?: string | undefined;
  /** The trainer's workspace folder, overlaid on the content roots: the one remembered in the data folder when absent, none when null. */
  workspace?: string | null | undefined;
  now?: () => Date;
  /** Where the credentials for the workspace's Git remote come from; the environment when absent. */
  gitCredentials?: GitCredentialSource;
  /** Where the LRS key and secret are kept: the OS keychain in the desktop app; PBT_LRS_KEY / PBT_LRS_SECRET when absent. */
  lrsCredentials?: CredentialStore;
  /** Check the content channel at start, in the background (default true). */
  checkChannel?: boolean;
  /** The environment the LRS endpoint is read from (PBT_LRS_ENDPOINT) when the settings name none; `process.env` when absent. */
  env?: NodeJS.ProcessEnv | undefined;
}

export interface Backend {
  api: ApiService;
  /**
   * Absolute content roots, in overlay order: `/content/<index>/...` URLs refer to them. The same array for the
   * whole session; opening another workspace changes its last entry.
   */
  contentRoots: readonly string[];
  dataDir: string;
  /**
   * Stops watching the workspace folder, writes cache saves still waiting (so the next start can use them) and
   * gives up the data folder, which only one process has open at a time (DataFolderLock).
   */
  close(): Promise<void>;
}

export async function openBackend(options: BackendOptions = {}): Promise<Backend> {
  const dataDir = options.dataDir ?? defaultDataDir();
  // A data folder nobody may write needs no lock: the store opens read-only and says why.
  const lock = await DataFolderLock.acquire(dataDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EACCES' || error.code === 'EPERM' || error.code === 'EROFS') return undefined;
    throw error;
  });
  try {
    return await openWithLock(dataDir, options, lock);
  } catch (error) {
    await lock?.release();
    throw error;
  }
}

async function openWithLock(dataDir: string, options: BackendOptions, lock: DataFolderLock | undefined): Promise<Backend> {
  const store = await ProgressStore.open(dataDir, options.now ? { now: options.now } : {});
  const { readOnly } = store;
  const settings = await WorkspaceSettings.open(dataDir, { readOnly });
  // Read-only, the caches cannot be saved either; the store's notice has said so once.
  const cacheOptions = readOnly ? { onError: () => undefined } : {};
  const parseCache = new ParseCache(dataDir, cacheOptions);
  const searchCache = new SearchIndexCache(dataDir, cacheOptions);
  const builtInRoots = options.contentRoots ?? defaultContentRoots();
  // The index the (first) built-in root carries: a first start on the shipped pack loads it instead of building.
  const carried = builtInRoots[0] === undefined ? undefined : rootSearchCache(builtInRoots[0]);
  const credentials = options.gitCredentials ?? gitEnvironmentCredentials();
  // The channel's current version lies between the built-in pack and the workspace; a switch replaces it there.
  const channel = await ContentChannel.open({
    dataDir,
    baseRoots: builtInRoots,
    credentials,
    cardsByProfile: () => new Map(store.listProfiles().profiles.map((profile) => [profile.id, store.reviewCards(profile.id)])),
    onSwitch: (root) => workspace.setBaseRoots([...builtInRoots, ...(root ? [root] : [])]),
    versions: { onRemoved: (folders) => void Promise.all(folders.map((folder) => parseCache.forget(folder))).catch(() => undefined) },
  });
  const workspace = await Workspace.open({
    builtInRoots: [...builtInRoots, ...(channel.root ? [channel.root] : [])],
    settings,
    dir: options.workspace,
    openSearch: async (content, filesStamp) => (await openSearchIndex(content, searchCache, { filesStamp, carried })).index,
    onSearchChange: (search, content, filesStamp) => searchCache.saveLater(search, content, filesStamp),
    read: { cache: parseCache },
  });
  const git = new GitFlow({ workspace, store, settings: await GitSettingsFile.open(dataDir), credentials });
  const records = await LearningRecords.open({ dataDir, credentials: options.lrsCredentials ?? lrsEnvironmentCredentials(options.env), ...(options.env ? { env: options.env } : {}), ...(options.now ? { now: options.now } : {}) });
  const api = new ApiService({ repository: workspace, search: () => workspace.searchIndex(), workspace, store, git, records, channel, dataDir, ...(options.now ? { now: options.now } : {}) });
  // Not awaited: the current version is served while the source is checked.
  if (!readOnly && options.checkChannel !== false) void channel.check().catch((error: unknown) => console.error('Checking the content channel failed:', error));
  const close = async () => {
    await channel.close();
    workspace.close();
    await records.close();
    await Promise.all([searchCache.flush(), parseCache.flush()]);
    await lock?.release();
  };
  return { api, contentRoots: workspace.roots, dataDir, close };
}
