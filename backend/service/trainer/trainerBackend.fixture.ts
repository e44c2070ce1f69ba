// A back end for the trainer-tool tests: the valid fixture pack as the (read-only) built-in content, and an
// empty workspace folder and data folder that are removed afterwards.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBackend, type Backend } from '../../openBackend';

export const BUILT_IN = fileURLToPath(new URL('../../../test/fixtures/valid', import.meta.url));

export interface TrainerBackend {
  backend: Backend;
  api: Backend['api'];
  /** The workspace folder. */
  dir: string;
  read(relative: string): Promise<string>;
  close(): Promise<void>;
}

export async function openTrainerBackend(now: () => Date = () => new Date('2025-06-01T09:00:00Z')): Promise<TrainerBackend> {
  const [dir, dataDir] = await Promise.all([mkdtemp(path.join(os.tmpdir(), 'pbt-ws-')), mkdtemp(path.join(os.tmpdir(), 'pbt-data-'))]);
  const backend = await openBackend({ contentRoots: [BUILT_IN], dataDir, workspace: dir, now });
  return {
    backend,
    api: backend.api,
    dir,
    read: (relative) => readFile(path.join(dir, ...relative.split('/')), 'utf8'),
    async close() {
      await backend.close();
      await Promise.all([dir, dataDir].map((folder) => rm(folder, { recursive: true, force: true })));
    },
  };
}
