// Opens everything the API needs, once per host process: content from the roots overlaid by the trainer's
// workspace (watched for changes; parse results cached in the data folder, see ParseCache), the search index over
// it (cached in the data folder, see openSearchIndex), and the learner's progress store in the data folder.
import { defaultContentRoots } from './content/loadContent';
import { ParseCache } from './content/ParseCache';
import { rootSearchCache } from './content/rootCaches';
import { ApiService } from './ApiService';
import { environmentCredentials, type GitCredentialSource } from './git/gitCredentials';
import { GitFlow } from './git/GitFlow';
import { GitSettingsFile } from './git/GitSettingsFile';
import { openSearchIndex } from './search/openSearchIndex';
import { SearchIndexCache } from './search/SearchIndexCache';
import { DataFolderLock } from './store/DataFolderLock';
import { defaultDataDir } from './store/defaultDataDir';
import { ProgressStore } from './store/ProgressStore';
import { Workspace } from './workspace/Workspace';
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
  const workspace = await Workspace.open({
    builtInRoots,
    settings,
    dir: options.workspace,
    openSearch: async (content, filesStamp) => (await openSearchIndex(content, searchCache, { filesStamp, carried })).index,
    onSearchChange: (search, content, filesStamp) => searchCache.saveLater(search, content, filesStamp),
    read: { cache: parseCache },
  });
  const git = new GitFlow({ workspace, store, settings: await GitSettingsFile.open(dataDir), credentials: options.gitCredentials ?? environmentCredentials() });
  const api = new ApiService({ repository: workspace, search: () => workspace.searchIndex(), workspace, store, git, ...(options.now ? { now: options.now } : {}) });
  const close = async () => {
    workspace.close();
    await Promise.all([searchCache.flush(), parseCache.flush()]);
    await lock?.release();
  };
  return { api, contentRoots: workspace.roots, dataDir, close };
}
