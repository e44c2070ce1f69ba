// Opens everything the API needs, once per host process: content from the roots, the search index over it,
// and the learner's progress store in the data folder.
import { ContentRepository, defaultContentRoots } from './content/loadContent';
import { ApiService } from './ApiService';
import { buildSearchIndex } from '../core/search/SearchIndex';
import { defaultDataDir } from './store/defaultDataDir';
import { ProgressStore } from './store/ProgressStore';

export interface BackendOptions {
  /** Content roots overlaid in order; the built-in content when absent. */
  contentRoots?: string[] | undefined;
  /** Folder of progress.json; the platform's user data folder when absent. */
  dataDir?: string | undefined;
  now?: () => Date;
}

export interface Backend {
  api: ApiService;
  /** Absolute content roots, in overlay order: `/content/<index>/...` URLs refer to them. */
  contentRoots: readonly string[];
  dataDir: string;
}

export async function openBackend(options: BackendOptions = {}): Promise<Backend> {
  const dataDir = options.dataDir ?? defaultDataDir();
  const [repository, store] = await Promise.all([
    ContentRepository.open(options.contentRoots ?? defaultContentRoots()),
    ProgressStore.open(dataDir),
  ]);
  const search = buildSearchIndex(repository.content);
  const api = new ApiService({ repository, search, store, ...(options.now ? { now: options.now } : {}) });
  return { api, contentRoots: repository.roots, dataDir };
}
